declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the throwaway, fully migrated PostgreSQL database made by tests/setup/global-database.ts. */
    databaseUrl: string;
  }
}

export {};
