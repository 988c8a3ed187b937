/*
 * npm run db:restore FILE — replaces the database's contents with a db:backup file:
 *   embedded (default): the server must be stopped (the data-directory lock); the old
 *     directory is replaced only once the restored one opens;
 *   DATABASE_URL: pg_restore --clean in one transaction (all or nothing). Running
 *     instances are told to expire their cached pages; restart them if the backup is
 *     from another version of the app. Then applies any newer migrations.
 */
import path from "node:path";
import { Client } from "pg";
import { closeDb } from "@/db";
import { restoreEmbedded, restorePostgres } from "@/db/backup";
import { usesExternalDatabase } from "@/db/config";
import { runMigrations } from "@/db/migrate";
import { CHANNEL } from "@/lib/page-cache/notify";
import { runCli } from "./cli";

runCli(async () => {
  const named = process.argv[2];
  if (!named) throw new Error("Name the backup file: npm run db:restore -- FILE");
  const file = path.resolve(named);
  if (usesExternalDatabase()) {
    const url = process.env.DATABASE_URL!;
    restorePostgres(url, file);
    await runMigrations();
    // A payload that is not a list of tags makes every instance expire its whole cache.
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query("SELECT pg_notify($1, $2)", [CHANNEL, "restored"]);
    await client.end();
  } else {
    await restoreEmbedded(file);
    await runMigrations();
  }
  await closeDb();
  console.log(
    `Restored the ${usesExternalDatabase() ? "PostgreSQL (DATABASE_URL)" : "embedded"} database from ${file}.`,
  );
});
