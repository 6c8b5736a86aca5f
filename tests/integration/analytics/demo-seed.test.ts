import { describe, expect, it } from "vitest";
import { seedDemoUsage } from "@/prisma/seed-usage";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser } from "@/tests/helpers/factories";

const db = testDb();

describe("seedDemoUsage", () => {
  it("writes 30 days of varied usage once, and nothing on a second run", async () => {
    const owner = await createUser(db, "demo-seed");
    const organizationId = owner.personalOrganizationId;
    const now = new Date("2026-03-15T12:00:00Z");
    const created = await seedDemoUsage(db, organizationId, now);
    expect(created).toBeGreaterThan(500);
    expect(await seedDemoUsage(db, organizationId, now)).toBe(0);

    const summary = await (await callerFor(db, owner.id, organizationId)).usage.summary({
      range: { kind: "custom", from: "2026-02-14", to: "2026-03-15" },
      timeZone: "UTC",
    });
    expect(summary.events).toBe(created);
    expect(summary.byDay.filter((day) => day.units > 0)).toHaveLength(30);
    expect(summary.byTask.map((row) => row.key).sort()).toEqual(["chat", "embeddings", "sentiment", "translation"]);
    expect(summary.byRanOn.map((row) => row.key).sort()).toEqual(["server", "wasm", "webgpu"]);
    expect(summary.byApiKey.map((row) => row.name)).toEqual(expect.arrayContaining(["Production backend", "Staging", null]));
  });
});
