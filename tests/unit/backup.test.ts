import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db";
import { migrationsFolder } from "@/db/config";
import { syncStates } from "@/db/queries/state-sync";
import * as schema from "@/db/schema";
import { SAMPLE_LETTER_SLUG } from "@/db/seed/sample";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { demoLetterId } from "../helpers/demo";
import { assertLocalDatabase } from "../helpers/local-database";

/*
 * `npm run db:backup` and `npm run db:restore` round-trip the demo story and a letter
 * someone has just signed: after a restore, over the same database or into an empty
 * one, everything is as it was when the backup was taken.
 */

const MARKER = "Backup Roundtrip Signer";
const tsx = (script: string, env: NodeJS.ProcessEnv, args: string[] = []) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env,
    encoding: "utf8",
    timeout: 150_000,
  });

/** What a restore must bring back: the story's counts and the fresh signature. */
async function fingerprint(db: Db) {
  const { rows } = await db.execute<Record<string, number | string | null>>(sql`
    select (select count(*) from campaigns)::int as campaigns,
           (select count(*) from letters)::int as letters,
           (select count(*) from signatures)::int as signatures,
           (select count(*) from users)::int as users,
           (select count(*) from organisations)::int as organisations,
           (select count(*) from drizzle.__drizzle_migrations)::int as migrations,
           (select display_name from signatures where display_name = ${MARKER}) as marker`);
  return rows[0];
}

/** The demo story and one more signature on its collecting letter. */
async function seedAndSign(db: Db) {
  await seedDemo(db);
  vi.spyOn(console, "info").mockImplementation(() => {});
  const letterId = await demoLetterId(db, SAMPLE_LETTER_SLUG);
  const signed = await submitIndividualSignature(
    { letterId, name: MARKER, email: "roundtrip@example.org", visibility: "public", website: "" },
    { ip: "203.0.113.9", db },
  );
  expect(signed.ok, JSON.stringify(signed)).toBe(true);
  vi.restoreAllMocks();
}

const deleteMarker = (db: Db) => db.execute(sql`delete from signatures where display_name = ${MARKER}`);

describe.skipIf(Boolean(process.env.DATABASE_URL))(
  "the embedded database (skipped: DATABASE_URL is set)",
  () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "answerable-backup-"));
    const dirA = path.join(root, "a");
    const file = path.join(root, "backup.tar.gz");
    const { DATABASE_URL: _unset, ...base } = process.env;
    const env = (dir: string) => ({ ...base, ANSWERABLE_DATA_DIR: dir });
    let before: Awaited<ReturnType<typeof fingerprint>>;

    /** Opens a data dir as the app does (no lock: no script runs meanwhile). */
    async function open<T>(dir: string, use: (db: Db) => Promise<T>): Promise<T> {
      fs.mkdirSync(path.join(dir, "pglite"), { recursive: true });
      const client = new PGlite(path.join(dir, "pglite"));
      try {
        return await use(drizzlePglite(client, { schema }) as unknown as Db);
      } finally {
        await client.close();
      }
    }

    beforeAll(async () => {
      before = await open(dirA, async (db) => {
        // biome-ignore lint/suspicious/noExplicitAny: PGlite's drizzle type differs only in its result type.
        await migratePglite(db as any, { migrationsFolder: migrationsFolder() });
        await syncStates(db);
        await seedAndSign(db);
        return fingerprint(db);
      });
      expect(before.marker).toBe(MARKER);
    });

    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("refuses to back up while another process has the database open", { timeout: 120_000 }, async () => {
      const holder = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-lock.ts"], {
        env: env(dirA),
        stdio: ["ignore", "pipe", "pipe"],
      });
      try {
        await new Promise<void>((resolve, reject) => {
          holder.stdout?.on("data", (chunk) => String(chunk).includes("ready") && resolve());
          holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
        });
        const refused = tsx("scripts/db-backup.ts", env(dirA), [file]);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(`pid ${holder.pid}`);
        expect(fs.existsSync(file)).toBe(false);
      } finally {
        holder.kill("SIGKILL");
        await new Promise((resolve) => holder.once("exit", resolve));
      }
    });

    it("backs up, and restores over a database changed since", { timeout: 180_000 }, async () => {
      const backup = tsx("scripts/db-backup.ts", env(dirA), [file]);
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toContain(file);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);

      await open(dirA, deleteMarker);
      const over = tsx("scripts/db-restore.ts", env(dirA), [file]);
      expect(over.status, over.stderr).toBe(0);
      expect(await open(dirA, fingerprint)).toEqual(before);
      // Only the restored directory is left.
      expect(fs.readdirSync(dirA).filter((name) => name.startsWith("pglite"))).toEqual(["pglite"]);
    });

    it("restores into an empty data directory", { timeout: 180_000 }, async () => {
      const dirB = path.join(root, "b");
      const into = tsx("scripts/db-restore.ts", env(dirB), [file]);
      expect(into.status, into.stderr).toBe(0);
      expect(await open(dirB, fingerprint)).toEqual(before);
    });
  },
);

const url = process.env.DATABASE_URL;

describe.skipIf(!url)("PostgreSQL (skipped: needs DATABASE_URL)", () => {
  const suffix = randomBytes(5).toString("hex");
  const [source, empty] = [`answerable_backup_${suffix}`, `answerable_restore_${suffix}`];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "answerable-backup-"));
  const file = path.join(root, "backup.dump");
  let admin: Pool;
  const urlOf = (name: string) => {
    const u = new URL(url!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  async function open<T>(name: string, use: (db: Db) => Promise<T>): Promise<T> {
    const pool = new Pool({ connectionString: urlOf(name), max: 4 });
    try {
      return await use(drizzlePg(pool, { schema }));
    } finally {
      await pool.end();
    }
  }
  let before: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    assertLocalDatabase(url!);
    admin = new Pool({ connectionString: url, max: 1 });
    await admin.query(`CREATE DATABASE ${source}`);
    await admin.query(`CREATE DATABASE ${empty}`);
    before = await open(source, async (db) => {
      await migratePg(db, { migrationsFolder: migrationsFolder() });
      await syncStates(db);
      await seedAndSign(db);
      return fingerprint(db);
    });
    expect(before.marker).toBe(MARKER);
  });

  afterAll(async () => {
    for (const name of [source, empty]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("backs up with pg_dump, and restores over a changed database and into an empty one", {
    timeout: 180_000,
  }, async () => {
    const backup = tsx("scripts/db-backup.ts", { ...process.env, DATABASE_URL: urlOf(source) }, [file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await open(source, deleteMarker);
    const over = tsx("scripts/db-restore.ts", { ...process.env, DATABASE_URL: urlOf(source) }, [file]);
    expect(over.status, over.stderr).toBe(0);
    expect(await open(source, fingerprint)).toEqual(before);

    const into = tsx("scripts/db-restore.ts", { ...process.env, DATABASE_URL: urlOf(empty) }, [file]);
    expect(into.status, into.stderr).toBe(0);
    expect(await open(empty, fingerprint)).toEqual(before);
  });
});
