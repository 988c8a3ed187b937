import { Client } from "pg";

/** Tests create and drop databases: refuse anything that is not on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Refusing to run tests against ${host}: DATABASE_URL must point at localhost.`);
  }
}

/** Empties a local database (the migrations' record too), so it can be migrated and seeded afresh. */
export async function emptyLocalDatabase(url: string): Promise<void> {
  assertLocalDatabase(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(
    "DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
  );
  await client.end();
}
