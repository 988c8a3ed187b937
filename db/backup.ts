import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { dataDir } from "./config";
import { closeDb, embeddedClient, pgliteDir } from "./index";
import { acquireDataDirLock, releaseDataDirLock } from "./lock";

/*
 * Backups of either database, for `npm run db:backup` and `npm run db:restore`.
 * - Embedded (PGlite): PGlite's own dump of its data directory, a gzipped tarball
 *   (dumpDataDir), restored by opening a fresh directory from it (loadDataDir). Both
 *   take the data directory's lock, so they refuse while `npm start` holds it: a copy of
 *   a directory another process is writing is not a backup.
 * - PostgreSQL (DATABASE_URL): pg_dump's custom format, restored by pg_restore (clean,
 *   in one transaction), both from the PostgreSQL client tools on the PATH.
 */

/** The file a backup goes to when none is named: answerable-<kind>-<UTC time>.<ext> here. */
export function defaultBackupFile(kind: "pglite" | "postgres", now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[:.]/g, "-")
    .replace(/-\d{3}Z$/, "Z");
  return path.resolve(`answerable-${kind}-${stamp}.${kind === "pglite" ? "tar.gz" : "dump"}`);
}

/** Writes `bytes` to `file` whole or not at all. */
function writeWhole(file: string, bytes: Uint8Array) {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
}

/** Dumps the embedded database (taking the data-dir lock) into `file`. */
export async function backupEmbedded(file: string): Promise<number> {
  const client = embeddedClient(); // takes the lock, or throws DataDirLockedError
  // dumpDataDir does not wait for the database to open, as queries do.
  await client.waitReady;
  const dump = await client.dumpDataDir("gzip");
  const bytes = new Uint8Array(await dump.arrayBuffer());
  writeWhole(file, bytes);
  await closeDb();
  return bytes.byteLength;
}

/**
 * Replaces the embedded database with the one in `file` (a db:backup tarball). The
 * current directory is kept beside it, renamed, until the restored one has opened and
 * answered; then it is removed. Returns the kept directory's name if `keepOld`.
 */
export async function restoreEmbedded(file: string, { keepOld = false } = {}): Promise<string | null> {
  const bytes = fs.readFileSync(file);
  const dir = dataDir();
  acquireDataDirLock(dir); // refuses while the server (or anything else) has the database open
  const target = pgliteDir();
  const previous = fs.existsSync(target) ? `${target}.before-restore-${Date.now()}` : null;
  if (previous) fs.renameSync(target, previous);
  try {
    fs.mkdirSync(target, { recursive: true });
    const restored = new PGlite(target, { loadDataDir: new Blob([bytes]) });
    await restored.query("select count(*) from drizzle.__drizzle_migrations");
    await restored.close();
  } catch (error) {
    fs.rmSync(target, { recursive: true, force: true });
    if (previous) fs.renameSync(previous, target);
    throw error;
  } finally {
    releaseDataDirLock(dir);
  }
  if (previous && !keepOld) fs.rmSync(previous, { recursive: true, force: true });
  return keepOld ? previous : null;
}

/** libpq's settings for `url`, the password in PGPASSWORD rather than on a command line others can read. */
function libpqEnv(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(tool, args, { env, encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT")
    throw new Error(
      `${tool} was not found: install the PostgreSQL client tools (same major version as the server).`,
    );
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${result.status}):\n${result.stderr}`);
}

/** pg_dump of DATABASE_URL's database into `file`, in the custom format pg_restore reads. */
export function backupPostgres(url: string, file: string): number {
  const { dbname, env } = libpqEnv(url);
  const partial = `${file}.partial`;
  runTool("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
  fs.renameSync(partial, file);
  return fs.statSync(file).size;
}

/** pg_restore of `file` into DATABASE_URL's database, replacing what it holds, all or nothing. */
export function restorePostgres(url: string, file: string): void {
  if (!fs.existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const { dbname, env } = libpqEnv(url);
  runTool(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
}
