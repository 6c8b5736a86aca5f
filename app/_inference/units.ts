import type { LocalTask } from "./protocol";

/** How much of a task a run used, in the units the API bills (characters of text, images, texts). */
export function usageUnits(task: LocalTask, input: unknown): { units: number; unitKind: "characters" | "images" | "texts" } {
  const value = input as { text?: string; texts?: string[] };
  if (task === "image-classification" || task === "ocr") return { units: 1, unitKind: "images" };
  if (task === "embeddings") return { units: value.texts?.length ?? 1, unitKind: "texts" };
  return { units: Math.max(1, [...(value.text ?? "")].length), unitKind: "characters" };
}
