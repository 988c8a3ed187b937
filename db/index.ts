import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { databasePoolSize, dataDir } from "@/db/config";
import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  noteDatabaseReachable,
  noteDatabaseUnavailable,
} from "./availability";
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

type Client = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void>; pglite?: PGlite };

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
    const pool = openPool(url);
    return { db: drizzlePg(pool, { schema }), kind: "postgres", close: () => pool.end() };
  }
  const dir = dataDir();
  acquireDataDirLock(dir);
  fs.mkdirSync(pgliteDir(), { recursive: true });
  const client = new PGlite(pgliteDir());
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close(), pglite: client };
}

let lastLossLogged = 0;

/**
 * A pool that survives PostgreSQL restarting. An idle connection the server ends (a restart,
 * pg_terminate_backend, a failover) is reported on the pool's "error" event, which without
 * a listener throws in the process: the server and every CLI script would crash. It is
 * logged instead (once per ten seconds, not once per connection) and the pool opens new
 * connections on the next query. Connection failures are thrown as
 * DatabaseUnavailableError and remembered, so requests answer 503 and /healthz says so.
 */
function openPool(url: string): Pool {
  const pool = new Pool({
    connectionString: url,
    max: databasePoolSize(),
    // A server that does not answer must not hold a visitor for the default of forever.
    connectionTimeoutMillis: 5_000,
  });
  const lost = (error: Error) => {
    noteDatabaseUnavailable();
    if (Date.now() - lastLossLogged < 10_000) return;
    lastLossLogged = Date.now();
    console.error(
      `[answerable] lost a database connection (${error.message}); new ones are opened as needed`,
    );
  };
  pool.on("error", lost);
  // A connection lent out (between a transaction's statements) has no pool listener: its
  // end would be an uncaught "error" event. The statement under way fails on its own.
  pool.on("connect", (client) => client.on("error", lost));
  const failed = (error: unknown) => {
    if (!isDatabaseUnavailable(error)) return error;
    noteDatabaseUnavailable();
    return new DatabaseUnavailableError(error);
  };
  const connect = pool.connect.bind(pool);
  pool.connect = ((...args: unknown[]) => {
    if (args.length > 0) return (connect as (...a: unknown[]) => unknown)(...args);
    return connect().then(
      (client) => {
        noteDatabaseReachable();
        return client;
      },
      (error) => {
        throw failed(error);
      },
    );
  }) as typeof pool.connect;
  const query = pool.query.bind(pool);
  pool.query = ((...args: unknown[]) => {
    const result = (query as (...a: unknown[]) => unknown)(...args);
    if (!(result instanceof Promise)) return result;
    return result.then(
      (value) => {
        noteDatabaseReachable();
        return value;
      },
      (error) => {
        throw failed(error);
      },
    );
  }) as typeof pool.query;
  return pool;
}

/** The process-wide database client, opened on first use. */
export function getDb(): Db {
  store[KEY] ??= openClient();
  return store[KEY].db;
}

/** The embedded database itself (for its own dump); throws on PostgreSQL. */
export function embeddedClient(): PGlite {
  getDb();
  const client = store[KEY]!.pglite;
  if (!client) throw new Error("The database is PostgreSQL (DATABASE_URL), not the embedded one.");
  return client;
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
