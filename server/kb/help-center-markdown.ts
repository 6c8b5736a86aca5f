import { DomainError } from "@/server/errors";
import { KNOWLEDGE_LIMITS, utf8Bytes } from "./limits";

export interface HelpCenterEntry {
  externalId: string;
  title: string;
  body: string;
}

const ENTRY_HEADING = /^##\s+\[([^\]\s]+)\]\s*(.*)$/;
const EXTERNAL_ID = /^[\w.:-]+$/;

const malformed = (message: string) => new DomainError("BAD_REQUEST", `The import file is not in the help-center format: ${message}`, "knowledge.importMalformed");

/**
 * Parses the help-center Markdown format: one `## [id] question` heading per entry, the answer below it. Text before
 * the first entry (a `#` title, an introduction) is ignored. Throws BAD_REQUEST naming the first problem.
 */
export function parseHelpCenterMarkdown(content: string): HelpCenterEntry[] {
  if (content.startsWith("%PDF-")) {
    throw new DomainError("BAD_REQUEST", "PDF files are not supported: paste the text into a document, or import Markdown.", "knowledge.pdfUnsupported");
  }
  const entries: HelpCenterEntry[] = [];
  let current: { externalId: string; title: string; lines: string[]; line: number } | null = null;
  const finish = () => {
    if (!current) return;
    const body = current.lines.join("\n").trim();
    if (!body) throw malformed(`entry [${current.externalId}] (line ${current.line}) has no answer.`);
    if (utf8Bytes(body) > KNOWLEDGE_LIMITS.bodyBytes) throw malformed(`entry [${current.externalId}] is longer than 200 KB.`);
    entries.push({ externalId: current.externalId, title: current.title, body });
  };
  const lines = content.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((text, index) => {
    const heading = ENTRY_HEADING.exec(text);
    if (!heading) {
      if (/^##\s/.test(text)) throw malformed(`line ${index + 1} is a "##" heading without an [id].`);
      current?.lines.push(text);
      return;
    }
    finish();
    const [, externalId = "", title = ""] = heading;
    if (!EXTERNAL_ID.test(externalId) || externalId.length > KNOWLEDGE_LIMITS.externalIdChars) throw malformed(`line ${index + 1} has an invalid id [${externalId}].`);
    if (!title.trim() || title.length > KNOWLEDGE_LIMITS.titleChars) throw malformed(`line ${index + 1} needs a question of 1–300 characters.`);
    if (entries.some((e) => e.externalId === externalId)) throw malformed(`the id [${externalId}] appears twice.`);
    current = { externalId, title: title.trim(), lines: [], line: index + 1 };
  });
  finish();
  if (entries.length === 0) throw malformed('no "## [id] question" entries were found.');
  return entries;
}
