// Platform-admin flag for our staff: `npm run admin -- grant <email>` / `npm run admin -- revoke <email>`.
import { loadEnv } from "./load-env";

loadEnv();

const { setPlatformAdmin } = await import("../server/admin");
const { disconnectDb, getDb } = await import("../server/db");

const [command, email] = process.argv.slice(2);
if ((command !== "grant" && command !== "revoke") || !email) {
  console.error("Usage: npm run admin -- grant <email> | revoke <email>");
  process.exit(2);
}

try {
  const user = await setPlatformAdmin(getDb(), email, command === "grant");
  console.info(`${user.email} is ${user.isPlatformAdmin ? "now" : "no longer"} a platform admin.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
