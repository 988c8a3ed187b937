import type { ReactNode } from "react";
import { type PreciseDate, preciseDateTime } from "@/lib/domain/dates";

/**
 * A rich-text tag for next-intl that wraps a formatted date in a machine-readable <time>,
 * no more precise than the date is known: `t.rich("sent", { date, time: timeTag(sent) })`.
 */
export function timeTag(d: PreciseDate) {
  return (chunks: ReactNode) => <time dateTime={preciseDateTime(d)}>{chunks}</time>;
}

/** A calendar date known to the day, as a tag: see timeTag. */
export function dayTag(date: string) {
  return timeTag({ date, precision: "day" });
}
