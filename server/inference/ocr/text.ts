import type { Point } from "./types";

/** NFKC folds full-width forms the recognizer emits (`Ｅｒｒｏｒ：５０４` → `Error:504`); whitespace is collapsed. */
export function normalizeRecognizedText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/**
 * The recognition dictionary: the keys file (one character a line) plus the space entry PaddleOCR appends
 * with `use_space_char`. Index i here is CTC class i + 1 (class 0 is the blank).
 */
export function parseDictionary(keysText: string): string[] {
  const keys = keysText.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  return [...keys, " "];
}

interface Row<T> {
  items: T[];
}

/** Joins boxes already in reading order into rows: same row when their tops are within half a box height. */
export function groupIntoRows<T extends { box: Point[] }>(items: T[]): Row<T>[] {
  const rows: Row<T>[] = [];
  let previous: { top: number; height: number } | null = null;
  for (const item of items) {
    const ys = item.box.map(([, y]) => y);
    const top = Math.min(...ys);
    const height = Math.max(...ys) - top;
    const sameRow = previous !== null && Math.abs(top - previous.top) <= Math.max(previous.height, height) * 0.5;
    if (sameRow) rows.at(-1)!.items.push(item);
    else rows.push({ items: [item] });
    previous = { top, height };
  }
  return rows;
}
