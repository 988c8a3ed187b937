import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db";
import { migrationsFolder } from "@/db/config";
import { syncStates } from "@/db/queries/state-sync";
import * as schema from "@/db/schema";
import { assertLocalDatabase } from "./local-database";

export type TestDb = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when
 * DATABASE_URL is set — a new database on that (local) server, dropped on close.
 */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const client = new PGlite();
    // biome-ignore lint/suspicious/noExplicitAny: PGlite's drizzle type differs only in its result type.
    const db = drizzlePglite(client, { schema }) as any as Db;
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    await migratePglite(db as any, { migrationsFolder: migrationsFolder() });
    await syncStates(db);
    return { db, kind: "pglite", close: () => client.close() };
  }
  assertLocalDatabase(url);
  const name = `answerable_unit_${randomBytes(6).toString("hex")}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const pool = new Pool({ connectionString: testUrl.toString(), max: 20 });
  // Dropping the database ends idle connections with "terminating connection": expected.
  pool.on("error", () => {});
  const db = drizzlePg(pool, { schema });
  await migratePg(db, { migrationsFolder: migrationsFolder() });
  await syncStates(db);
  return {
    db,
    kind: "postgres",
    close: async () => {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * The file's database: made before its tests (and before any beforeAll registered after
 * this call), closed after them. Read `db` only inside hooks and tests.
 */
export function setupTestDb(): TestDb {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await createTestDb();
  });
  afterAll(async () => {
    await current?.close();
  });
  const made = () => {
    if (!current) throw new Error("The test database is made in beforeAll: read it inside hooks and tests.");
    return current;
  };
  return {
    get db() {
      return made().db;
    },
    get kind() {
      return made().kind;
    },
    close: () => made().close(),
  };
}
