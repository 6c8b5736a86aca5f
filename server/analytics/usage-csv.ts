import type { DbClient } from "@/server/db";
import type { ResolvedRange } from "./range";

const USAGE_CSV_COLUMNS = ["created_at", "request_id", "task", "model", "units", "unit_kind", "ran_on", "api_key_id", "api_key_name"] as const;

const PAGE_SIZE = 1_000;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets don't run it as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The organization's usage events in the range as CSV lines (header first), read page by page (keyset). */
export async function* usageCsvLines(db: DbClient, organizationId: string, range: ResolvedRange): AsyncGenerator<string> {
  yield `${USAGE_CSV_COLUMNS.join(",")}\r\n`;
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof readPage>> = await readPage(db, organizationId, range, after);
    for (const event of page) {
      const fields = [event.createdAt.toISOString(), event.requestId, event.task, event.model, event.units, event.unitKind, event.ranOn, event.apiKeyId, event.apiKey?.name ?? null];
      yield `${fields.map(csvField).join(",")}\r\n`;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE_SIZE) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

function readPage(db: DbClient, organizationId: string, range: ResolvedRange, after: { createdAt: Date; id: string } | null) {
  return db.usageEvent.findMany({
    where: {
      organizationId,
      createdAt: { gte: range.start, lt: range.end },
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE,
    select: { id: true, createdAt: true, requestId: true, task: true, model: true, units: true, unitKind: true, ranOn: true, apiKeyId: true, apiKey: { select: { name: true } } },
  });
}
