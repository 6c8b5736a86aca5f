import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";

export interface SeedEvent {
  at: string;
  units: number;
  task?: string;
  model?: string;
  ranOn?: string;
  apiKeyId?: string | null;
}

/** Usage events written straight into the ledger at chosen instants (recordUsage always stamps "now"). */
export async function seedEvents(db: Db, organizationId: string, events: SeedEvent[]): Promise<void> {
  await db.usageEvent.createMany({
    data: events.map((event) => ({
      organizationId,
      apiKeyId: event.apiKeyId ?? null,
      task: event.task ?? "translation",
      model: event.model ?? "tiny-translate",
      units: event.units,
      unitKind: "characters",
      ranOn: event.ranOn ?? "server",
      requestId: `req_${randomBytes(8).toString("hex")}`,
      createdAt: new Date(event.at),
    })),
  });
}

export async function createApiKeyRow(db: Db, organizationId: string, name: string) {
  const suffix = randomBytes(8).toString("hex");
  return db.apiKey.create({ data: { organizationId, name, prefix: `sk_test_${suffix}`, hashedKey: `hash_${suffix}`, scopes: ["translate"] } });
}
