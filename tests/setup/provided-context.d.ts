declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the throwaway, fully migrated PostgreSQL database made by tests/setup/global-database.ts. */
    databaseUrl: string;
    /** Base URL of the production build started by tests/setup/global-app-server.ts (e2e project only). */
    appUrl: string;
  }
}

export {};
