import { rangeInput, resolveRange, usageCsvLines } from "@/server/analytics";
import { createRequestContext } from "@/server/trpc/request-context";

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/** GET /api/usage/export?range=period|last30|custom&from=YYYY-MM-DD&to=YYYY-MM-DD&tz=Zone — the active organization's usage as CSV. */
export async function GET(request: Request) {
  const ctx = await createRequestContext(request.headers);
  if (!ctx.user) return refuse(401, "Sign in to continue.");
  if (ctx.user.suspended) return refuse(403, "This account is suspended.");
  if (!ctx.organization) return refuse(403, "You are not a member of an organization.");

  const query = new URL(request.url).searchParams;
  const kind = query.get("range") ?? "period";
  const parsed = rangeInput.safeParse({
    range: kind === "custom" ? { kind, from: query.get("from"), to: query.get("to") } : { kind },
    timeZone: query.get("tz") ?? "UTC",
  });
  if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? "Invalid range.");

  const range = await resolveRange(ctx.db, parsed.data, ctx.organization.id);
  const lines = usageCsvLines(ctx.db, ctx.organization.id, range);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const filename = `usage-${ctx.organization.slug}-${range.firstDay}-to-${range.lastDay}.csv`;
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
