import { PGlite } from "@electric-sql/pglite";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * A migration-aware adapter factory over PGlite whose shadow databases are fresh in-memory instances.
 * `pglite-prisma-adapter` 0.7 does not await `exec` in `executeScript`, so a failing script would look
 * successful to the schema engine; the adapters handed out here await it.
 */
export class PgliteMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-migrations";
  private readonly shadows: PGlite[] = [];

  constructor(private readonly main: PGlite) {}

  connect(): Promise<SqlDriverAdapter> {
    return scriptAwaitingAdapter(this.main);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = new PGlite();
    this.shadows.push(shadow);
    return scriptAwaitingAdapter(shadow);
  }

  async closeShadows(): Promise<void> {
    await Promise.all(this.shadows.splice(0).map((shadow) => shadow.close()));
  }
}

async function scriptAwaitingAdapter(client: PGlite): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(client).connect();
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || !("severity" in error)) return error;
  const dbError = error as Error & { code?: string; severity?: string; detail?: string; column?: string; hint?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: dbError.code ?? "N/A",
    severity: dbError.severity ?? "N/A",
    message: dbError.message,
    detail: dbError.detail,
    column: dbError.column,
    hint: dbError.hint,
  });
}
