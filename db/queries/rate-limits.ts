import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { rateLimits } from "@/db/schema";

/*
 * Fixed-window counters in the database, so a limit holds across every app instance.
 */

function windowStart(windowSeconds: number, now: Date): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

export type WindowCount = { count: number; resetsAt: Date };

/** Counts one more hit on `key` in the current window and returns the new total. */
export async function hitRateLimit(
  db: Executor,
  { key, windowSeconds, now = new Date() }: { key: string; windowSeconds: number; now?: Date },
): Promise<WindowCount> {
  const start = windowStart(windowSeconds, now);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return { count: row.count, resetsAt: new Date(start.getTime() + windowSeconds * 1000) };
}

export async function peekRateLimit(
  db: Executor,
  { key, windowSeconds, now = new Date() }: { key: string; windowSeconds: number; now?: Date },
): Promise<WindowCount> {
  const start = windowStart(windowSeconds, now);
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, start)));
  return { count: row?.count ?? 0, resetsAt: new Date(start.getTime() + windowSeconds * 1000) };
}

/**
 * Hits on `key` in the last `buckets` windows (a sliding span), and when the newest
 * of them started: a limit over the span holds across window boundaries.
 */
export async function countRecentHits(
  db: Executor,
  {
    key,
    windowSeconds,
    buckets,
    now = new Date(),
  }: { key: string; windowSeconds: number; buckets: number; now?: Date },
): Promise<{ count: number; newest: Date | null }> {
  const since = new Date(windowStart(windowSeconds, now).getTime() - (buckets - 1) * windowSeconds * 1000);
  const [row] = await db
    .select({
      count: sql<number>`coalesce(sum(${rateLimits.count}), 0)::int`,
      newest: sql<string | null>`max(${rateLimits.windowStart})`,
    })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gte(rateLimits.windowStart, since)));
  return { count: Number(row?.count ?? 0), newest: row?.newest ? new Date(row.newest) : null };
}

export async function clearRateLimit(db: Executor, { key }: { key: string }): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Drops windows that ended long ago; called now and then by writers. */
export async function pruneRateLimits(db: Executor, { olderThan }: { olderThan: Date }): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
