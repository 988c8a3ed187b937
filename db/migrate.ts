import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import { migrationsFolder } from "@/db/config";
import { syncStates } from "@/db/queries/state-sync";
import { databaseKind, getDb, schema } from "./index";

// Any fixed number: every instance that starts at once queues on it.
const MIGRATION_LOCK = 7_365_001;

/**
 * Applies the committed migrations, then brings the states up to date with the country
 * data (syncStates); on PostgreSQL, one instance at a time.
 */
export async function runMigrations(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url && databaseKind() === "postgres") {
    const pool = new Pool({ connectionString: url, max: 1 });
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client), { migrationsFolder: migrationsFolder() });
      await syncStates(drizzlePg(client, { schema }));
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    } finally {
      client.release();
      await pool.end();
    }
    return;
  }
  const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
  // biome-ignore lint/suspicious/noExplicitAny: the PGlite driver's database type differs only in its result type.
  await migratePglite(getDb() as any, { migrationsFolder: migrationsFolder() });
  await syncStates(getDb());
}
