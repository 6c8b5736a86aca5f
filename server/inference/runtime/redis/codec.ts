import type { AnyTaskInput } from "../types";

/** Job data is JSON: image bytes travel as base64. */
export function encodeInput(input: AnyTaskInput): unknown {
  return "image" in input ? { ...input, image: Buffer.from(input.image).toString("base64") } : input;
}

export function decodeInput(data: unknown): AnyTaskInput {
  const value = data as Record<string, unknown>;
  return (typeof value.image === "string" ? { ...value, image: new Uint8Array(Buffer.from(value.image, "base64")) } : value) as AnyTaskInput;
}
