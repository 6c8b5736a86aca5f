import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** The little the migration runner needs from a connection: one session, parameterized queries, scripts. */
export interface SqlSession {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a multi-statement script with the simple query protocol, as Prisma does. */
  executeScript(script: string): Promise<void>;
}

export function pgSession(client: pg.Client): SqlSession {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query<Row>(sql, params)).rows;
    },
    async executeScript(script) {
      await client.query(script);
    },
  };
}

export function pgliteSession(client: PGlite): SqlSession {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query<Row>(sql, params)).rows;
    },
    async executeScript(script) {
      await client.exec(script);
    },
  };
}

/** The parts of a PostgreSQL error (pg's or PGlite's) worth showing. */
export function describeDatabaseError(error: unknown): { code?: string; message: string; detail?: string; position?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, detail, position } = error as Error & { code?: string; detail?: string; position?: string };
  return { code, message: error.message, detail, position };
}
