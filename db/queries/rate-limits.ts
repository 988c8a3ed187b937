import { and, eq, gt, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { rateLimits } from "@/db/schema";

/*
 * Fixed-window counters in the database, so a limit holds across every app instance.
 * No limit looks further back than RATE_LIMIT_MAX_WINDOW_SECONDS, so older rows are
 * dead weight: pruneRateLimits drops them (run by the maintenance timer and command).
 */

/** The longest span any limit may count over (the signing limit per e-mail per hour). */
export const RATE_LIMIT_MAX_WINDOW_SECONDS = 60 * 60;

function assertWithinRetention(seconds: number): void {
  // A longer window would lose its counts to pruning: raise the constant with it.
  if (seconds > RATE_LIMIT_MAX_WINDOW_SECONDS) {
    throw new Error(`A rate limit over ${seconds} s exceeds RATE_LIMIT_MAX_WINDOW_SECONDS`);
  }
}

/** The start of the fixed window of `windowSeconds` that `now` falls in. */
export function windowStart(windowSeconds: number, now: Date): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

export type WindowCount = { count: number; resetsAt: Date };

/** Counts one more hit on `key` in the current window and returns the new total. */
export async function hitRateLimit(
  db: Executor,
  { key, windowSeconds, now = new Date() }: { key: string; windowSeconds: number; now?: Date },
): Promise<WindowCount> {
  const [count] = await hitRateLimits(db, [{ key, windowSeconds }], now);
  return count;
}

/**
 * Counts one more hit on each key in its current window, in one statement (one round
 * trip however many limits apply), and returns the new totals in the order given. Rows
 * are locked in that order, so callers that always pass their keys in the same order
 * never wait on each other in a cycle. Keys must be distinct.
 */
export async function hitRateLimits(
  db: Executor,
  hits: ReadonlyArray<{ key: string; windowSeconds: number }>,
  now: Date = new Date(),
): Promise<WindowCount[]> {
  if (hits.length === 0) return [];
  const rows = await rateLimitHits(db, hits, now);
  const counts = new Map(rows.map((row) => [row.key, row.count]));
  return hits.map(({ key, windowSeconds }) => {
    const start = windowStart(windowSeconds, now);
    return { count: counts.get(key) ?? 0, resetsAt: new Date(start.getTime() + windowSeconds * 1000) };
  });
}

/**
 * The statement behind hitRateLimits, unexecuted: an upsert returning each key's new
 * count, for callers that run it as part of a larger statement (a data-modifying CTE).
 */
export function rateLimitHits(
  db: Executor,
  hits: ReadonlyArray<{ key: string; windowSeconds: number }>,
  now: Date,
) {
  return db
    .insert(rateLimits)
    .values(
      hits.map(({ key, windowSeconds }) => {
        assertWithinRetention(windowSeconds);
        return { key, windowStart: windowStart(windowSeconds, now), count: 1 };
      }),
    )
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ key: rateLimits.key, count: rateLimits.count });
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

export async function clearRateLimit(db: Executor, { key }: { key: string }): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * Drops the counters no limit can read any more: windows that started more than
 * RATE_LIMIT_MAX_WINDOW_SECONDS before `now`. Returns how many rows went.
 */
export async function pruneRateLimits(
  db: Executor,
  { now = new Date() }: { now?: Date } = {},
): Promise<number> {
  const cutoff = new Date(now.getTime() - RATE_LIMIT_MAX_WINDOW_SECONDS * 1000);
  const result = await db.execute<{ n: number }>(sql`
    with gone as (delete from ${rateLimits} where ${lt(rateLimits.windowStart, cutoff)} returning 1)
    select count(*)::int as n from gone`);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * An upsert that locks each key's counter in its current window, in key order (making
 * it at 0 if it has no row yet), and returns its key and count unchanged, unexecuted,
 * for a data-modifying CTE: the counts hold until the transaction ends, so a caller can
 * decide from them and add its hits afterwards. The keys travel as one JSON parameter,
 * so a batch of any size is as quick to build and send.
 */
export function rateLimitCounts(hits: ReadonlyArray<{ key: string; windowSeconds: number }>, now: Date): SQL {
  const rows = JSON.stringify(
    hits.map(({ key, windowSeconds }) => {
      assertWithinRetention(windowSeconds);
      return { key, window_start: windowStart(windowSeconds, now).toISOString() };
    }),
  );
  return sql`insert into ${rateLimits} (key, window_start, count)
    select key, window_start, 0 from json_to_recordset(${rows}::json) as v(key text, window_start timestamptz)
    order by key
    on conflict (key, window_start) do update set count = ${rateLimits.count}
    returning key, count`;
}

export type RecentWindows = { total: number; windows: Array<{ start: Date; count: number }> };

/**
 * Counts one more hit on each key in its current window and returns, per key, the hits
 * of the last `buckets` windows including this one — in one statement, so each of many
 * concurrent callers sees a different total and a limit checked on it holds however
 * many arrive at once. Only the current window is written; the older ones are read from
 * the same snapshot. Keys are locked in sorted order (no deadlock between callers).
 */
export async function hitRecentRateLimits(
  db: Executor,
  keys: readonly string[],
  { windowSeconds, buckets, now = new Date() }: { windowSeconds: number; buckets: number; now?: Date },
): Promise<Map<string, RecentWindows>> {
  assertWithinRetention(windowSeconds * buckets);
  const current = windowStart(windowSeconds, now);
  const since = new Date(current.getTime() - (buckets - 1) * windowSeconds * 1000);
  const sorted = [...new Set(keys)].sort();
  const rows = JSON.stringify(sorted.map((key) => ({ key })));
  const result = await db.execute<{ key: string; window_start: string | Date; count: number }>(sql`
    with hit as (
      insert into ${rateLimits} (key, window_start, count)
      select key, ${current.toISOString()}::timestamptz, 1
      from json_to_recordset(${rows}::json) as v(key text)
      order by key
      on conflict (key, window_start) do update set count = ${rateLimits.count} + 1
      returning key, window_start, count
    )
    select key, window_start, count from hit
    union all
    select key, window_start, count from ${rateLimits}
    where key in (select key from json_to_recordset(${rows}::json) as v(key text))
      and window_start >= ${since.toISOString()}::timestamptz
      and window_start < ${current.toISOString()}::timestamptz`);
  const out = new Map<string, RecentWindows>(sorted.map((key) => [key, { total: 0, windows: [] }]));
  for (const row of result.rows) {
    const entry = out.get(row.key);
    if (!entry) continue;
    const count = Number(row.count);
    entry.total += count;
    entry.windows.push({ start: new Date(row.window_start), count });
  }
  for (const entry of out.values()) entry.windows.sort((a, b) => a.start.getTime() - b.start.getTime());
  return out;
}

/** Takes back one hit on each key in the window `now` fell in (never below zero). */
export async function unhitRateLimits(
  db: Executor,
  keys: readonly string[],
  { windowSeconds, now }: { windowSeconds: number; now: Date },
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(
      and(
        inArray(rateLimits.key, [...keys]),
        eq(rateLimits.windowStart, windowStart(windowSeconds, now)),
        gt(rateLimits.count, 0),
      ),
    );
}
