import { cacheTags } from "@/lib/domain/cache-tags";
import type { PageCacheStore } from "./handler.mjs";

/*
 * "No response for N days" changes at midnight in the target's time zone, with no write
 * to expire the pages that say it. Every time zone's offset is a multiple of 15 minutes,
 * so a date somewhere turns only at a quarter hour: at each one, the public pages (all
 * tagged dayRollover) are expired and render afresh on their next request. Each instance
 * runs its own timer, so nothing is sent to the others.
 */

export const QUARTER_HOUR_MS = 15 * 60 * 1000;

/** Milliseconds from `now` to the next quarter hour (a full quarter when exactly on one). */
export function msToNextQuarterHour(now: number): number {
  return QUARTER_HOUR_MS - (now % QUARTER_HOUR_MS);
}

export function startDayRolloverTimer(store: PageCacheStore): { stop: () => void } {
  let timer: NodeJS.Timeout;
  const schedule = () => {
    // A little after the boundary, so a render that reads "today" sees the new date.
    timer = setTimeout(() => {
      store.expireTags([cacheTags.dayRollover], { publish: false });
      schedule();
    }, msToNextQuarterHour(Date.now()) + 1000);
    timer.unref();
  };
  schedule();
  return { stop: () => clearTimeout(timer) };
}
