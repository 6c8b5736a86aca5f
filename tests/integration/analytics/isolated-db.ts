import { createDb, type Db } from "@/server/db";
import { createThrowawayDatabase } from "@/tests/helpers/throwaway-database";

/** A database of its own, for platform-wide numbers that other test files running alongside would disturb. */
export async function isolatedDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const database = await createThrowawayDatabase("lumen_analytics");
  const db = createDb({ databaseUrl: database.url });
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
