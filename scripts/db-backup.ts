/*
 * npm run db:backup [FILE] — a backup of the database the app uses:
 *   embedded (default): PGlite's dump of .data/pglite, a .tar.gz; the server must be
 *     stopped (the data-directory lock), so the copy is consistent;
 *   DATABASE_URL: pg_dump's custom format, while the app runs (a consistent snapshot).
 * Without FILE, writes answerable-<kind>-<time>.tar.gz / .dump in the current directory.
 */
import path from "node:path";
import { backupEmbedded, backupPostgres, defaultBackupFile } from "@/db/backup";
import { usesExternalDatabase } from "@/db/config";
import { runCli } from "./cli";

runCli(async () => {
  const external = usesExternalDatabase();
  const named = process.argv[2];
  const file = named ? path.resolve(named) : defaultBackupFile(external ? "postgres" : "pglite");
  const bytes = external ? backupPostgres(process.env.DATABASE_URL!, file) : await backupEmbedded(file);
  console.log(
    `Backed up the ${external ? "PostgreSQL (DATABASE_URL)" : "embedded"} database to ${file} (${Math.ceil(bytes / 1024)} KB).`,
  );
  console.log(`Restore it with: npm run db:restore -- ${file}`);
});
