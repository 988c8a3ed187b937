/*
 * Wall-clock times in a time zone: a letter's signing window is typed as the target's
 * local time ("2026-03-01T09:00" in Asia/Seoul) and stored as an instant.
 */

import { isCalendarDay } from "./dates";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** True for a real local date and time written "YYYY-MM-DDTHH:MM" (seconds allowed). */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  return (
    m !== null &&
    isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60
  );
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneParts(instantMs: number, timeZone: string): Record<string, number> {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const p = zoneParts(instantMs, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time ("2026-03-01T09:00") names in `timeZone`. A time that a
 * daylight-saving change skips is read with the offset in force just after the change.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new RangeError(`Not a local date and time: ${JSON.stringify(local)}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(guess, timeZone));
}

const pad = (n: number | undefined, w = 2) => String(n ?? 0).padStart(w, "0");
const calendarDateOf = (p: Record<string, number>) => `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;

/** The calendar date ("YYYY-MM-DD") on the wall clock of `timeZone` at `instant`; throws RangeError for an unknown zone. */
export function zonedCalendarDate(instant: Date, timeZone: string): string {
  return calendarDateOf(zoneParts(instant.getTime(), timeZone));
}

/** The value for a datetime-local input showing `date` on the wall clock of `timeZone`. */
export function instantToZonedLocal(date: Date, timeZone: string): string {
  const p = zoneParts(date.getTime(), timeZone);
  return `${calendarDateOf(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}
