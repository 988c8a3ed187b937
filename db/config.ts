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
