import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { dataDir } from "@/db/config";
import { acquireDataDirLock } from "./lock";
import * as schema from "./schema";

/*
 * The one database client: embedded PGlite under the data dir when DATABASE_URL is
 * unset, node-postgres when it is. Same schema, migrations and queries for both.
 * Kept on globalThis so dev reloads, the start script and Next's bundled server code
 * in the same process all share one instance (PGlite must never be opened twice).
 */

export type Db = NodePgDatabase<typeof schema>;
export type Tx = PgTransaction<
  NodePgQueryResultHKT,
  typeof schema,
  ExtractTablesWithRelations<typeof schema>
>;
/** Either the client or an open transaction: query functions accept both. */
export type Executor = Db | Tx;

type Client = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const KEY = Symbol.for("answerable.db");
const store = globalThis as unknown as { [KEY]?: Client };

export function pgliteDir(): string {
  return path.join(dataDir(), "pglite");
}

function openClient(): Client {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database was opened while building; read data at request time instead.");
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
    return { db: drizzlePg(pool, { schema }), kind: "postgres", close: () => pool.end() };
  }
  const dir = dataDir();
  acquireDataDirLock(dir);
  fs.mkdirSync(pgliteDir(), { recursive: true });
  const client = new PGlite(pgliteDir());
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

/** The process-wide database client, opened on first use. */
export function getDb(): Db {
  store[KEY] ??= openClient();
  return store[KEY].db;
}

export function databaseKind(): "pglite" | "postgres" {
  getDb();
  return store[KEY]!.kind;
}

export async function closeDb(): Promise<void> {
  const client = store[KEY];
  if (!client) return;
  delete store[KEY];
  await client.close();
}

export { schema };
