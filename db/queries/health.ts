import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { migrationsFolder } from "@/db/config";
import { campaigns, users } from "@/db/schema";

/** True when nothing has been created yet: no campaign and no user. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({
      campaigns: sql<number>`(select count(*) from ${campaigns})::int`,
      users: sql<number>`(select count(*) from ${users})::int`,
    })
    .from(sql`(select 1) as one`);
  return row.campaigns === 0 && row.users === 0;
}

export type Health = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  /** "pending": the code has migrations the database lacks (run `npm run db:migrate`). */
  migrations: "current" | "pending" | "unknown";
};

type Journal = { entries: Array<{ when: number; tag: string }> };

/** The newest migration the code ships (db/migrations/meta/_journal.json), as drizzle stamps it. */
function newestShippedMigration(): number {
  const file = path.join(migrationsFolder(), "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(file, "utf8")) as Journal;
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

/**
 * Is the database reachable within `timeoutMs`, and has it every migration the code
 * ships? Drizzle's migrator applies each migration whose journal time is later than the
 * newest one it recorded, so the database is current when that record has reached the
 * journal's newest. Says nothing else about the database.
 */
export async function checkHealth(db: Executor, { timeoutMs = 2_000 } = {}): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const applied = db
    .execute<{ newest: string | null }>(
      sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`,
    )
    .then((result) => Number(result.rows[0]?.newest ?? 0));
  try {
    const newest = await Promise.race([applied, timeout]);
    if (newest === "timeout")
      return { status: "unavailable", database: "unreachable", migrations: "unknown" };
    const current = newest >= newestShippedMigration();
    return current
      ? { status: "ok", database: "ok", migrations: "current" }
      : { status: "unavailable", database: "ok", migrations: "pending" };
  } catch (error) {
    // No migrations table at all: nothing was ever applied.
    if ((error as { cause?: { code?: string } }).cause?.code === "42P01")
      return { status: "unavailable", database: "ok", migrations: "pending" };
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  } finally {
    clearTimeout(timer);
    applied.catch(() => {});
  }
}
