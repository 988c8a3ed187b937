import { closeDb, databaseKind, pgliteDir } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runCli } from "./cli";

runCli(async () => {
  const kind = databaseKind();
  await runMigrations();
  console.log(`Migrations applied to ${kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : pgliteDir()}.`);
  await closeDb();
});
