import type { KnowledgeKind } from "@/server/db";

export const CHUNK_TARGET_CHARS = 500;
export const CHUNK_OVERLAP_CHARS = 80;
const HEADING = /^#{1,6}\s+\S/;
const SENTENCE_END = /(?<=[.!?。！？；;])\s*/u;

/** An FAQ entry is one chunk (its answer; the title is indexed beside it). Documents split by heading, then paragraph. */
export function chunkBody(kind: KnowledgeKind, body: string): string[] {
  const text = body.replace(/\r\n?/g, "\n").trim();
  if (kind === "FAQ") return [text];
  return splitSections(text).flatMap(chunkSection);
}

function splitSections(text: string): { heading: string | null; paragraphs: string[] }[] {
  const sections: { heading: string | null; paragraphs: string[] }[] = [{ heading: null, paragraphs: [] }];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.trim().split("\n");
    if (HEADING.test(lines[0] ?? "")) {
      sections.push({ heading: lines[0]!.trim(), paragraphs: [] });
      lines.shift();
    }
    const rest = lines.join("\n").trim();
    if (rest) sections.at(-1)!.paragraphs.push(rest);
  }
  return sections.filter((s) => s.heading || s.paragraphs.length > 0);
}

/** Packs paragraphs into ~500-character chunks; each chunk after the first repeats the previous one's tail. */
function chunkSection({ heading, paragraphs }: { heading: string | null; paragraphs: string[] }): string[] {
  const pieces = paragraphs.flatMap(splitLongParagraph);
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current && current.length + piece.length + 2 > CHUNK_TARGET_CHARS) {
      chunks.push(current);
      current = `${overlapTail(current)}${piece}`;
    } else {
      current = current ? `${current}\n\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  if (chunks.length === 0 && heading) return [heading];
  return heading ? chunks.map((chunk) => `${heading}\n${chunk}`) : chunks;
}

function splitLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= CHUNK_TARGET_CHARS) return [paragraph];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of paragraph.split(SENTENCE_END).filter(Boolean)) {
    if (current && current.length + sentence.length + 1 > CHUNK_TARGET_CHARS) {
      pieces.push(current);
      current = "";
    }
    current = current ? `${current} ${sentence}` : sentence;
    while (current.length > CHUNK_TARGET_CHARS) {
      pieces.push(current.slice(0, CHUNK_TARGET_CHARS));
      current = current.slice(CHUNK_TARGET_CHARS - CHUNK_OVERLAP_CHARS);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function overlapTail(chunk: string): string {
  if (chunk.length <= CHUNK_OVERLAP_CHARS) return `${chunk}\n\n`;
  const tail = chunk.slice(-CHUNK_OVERLAP_CHARS);
  const boundary = tail.search(/[\s。！？，,]/u);
  return `…${boundary >= 0 ? tail.slice(boundary + 1).trimStart() : tail}\n\n`;
}
