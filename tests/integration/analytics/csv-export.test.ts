import { describe, expect, it } from "vitest";
import { resolveRange, usageCsvLines } from "@/server/analytics";
import { testDb } from "@/tests/helpers/db";
import { createUser } from "@/tests/helpers/factories";
import { seedEvents } from "./seed";

const db = testDb();

async function collect(lines: AsyncGenerator<string>) {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

describe("usage CSV", () => {
  it("pages through every event of the range in time order, quoting and defusing cells", async () => {
    const owner = await createUser(db, "csv");
    const organizationId = owner.personalOrganizationId;
    const base = Date.parse("2026-04-02T00:00:00Z");
    await seedEvents(db, organizationId, Array.from({ length: 1_205 }, (_, i) => ({ at: new Date(base + i * 60_000).toISOString(), units: 1 })));
    await seedEvents(db, organizationId, [
      { at: "2026-04-01T12:00:00Z", units: 7, model: '=HYPERLINK("x"),evil' },
      { at: "2026-04-05T00:00:00Z", units: 9 }, // after the range
    ]);
    const other = await createUser(db, "csv-other");
    await seedEvents(db, other.personalOrganizationId, [{ at: "2026-04-02T00:00:00Z", units: 5 }]);

    const range = await resolveRange(db, { range: { kind: "custom", from: "2026-04-01", to: "2026-04-03" }, timeZone: "UTC" }, organizationId);
    const [header, first, ...rest] = await collect(usageCsvLines(db, organizationId, range));
    expect(header).toBe("created_at,request_id,task,model,units,unit_kind,ran_on,api_key_id,api_key_name\r\n");
    expect(first).toMatch(/^2026-04-01T12:00:00\.000Z,req_\w+,translation,"'=HYPERLINK\(""x""\),evil",7,characters,server,,\r\n$/);
    expect(rest).toHaveLength(1_205);
    const times = rest.map((line) => line.split(",")[0]!);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(1_205);
  });
});
