import path from "node:path";

/** Where the embedded database, its lock and the generated AUTH_SECRET live. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.ANSWERABLE_DATA_DIR || ".data");
}

/** True when the app runs on an external PostgreSQL instead of the embedded PGlite. */
export function usesExternalDatabase(): boolean {
  return Boolean(process.env.DATABASE_URL);
}

export function migrationsFolder(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), "db/migrations");
}

/**
 * Connections each app instance (and each CLI script) may open on PostgreSQL. Every
 * instance's pool, plus two for its cache-expiry feed, must fit under the server's
 * max_connections.
 */
export function databasePoolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE || 10);
  return Number.isInteger(size) && size > 0 ? size : 10;
}
