/*
 * What the public is told of an ask. An outcome is recorded by staff (or derived from the
 * positions on a linked text); until it is, the ask is pending while its decision point is
 * ahead, and awaiting its outcome once that point has passed: the page must not go on
 * saying "Pending" about a decision already taken. `today` is the campaign target's date.
 */

import { isPastPrecise, type PreciseDate, precisePeriodStart } from "@/lib/domain/dates";
import type { AskOutcome } from "@/lib/domain/timeline";

/** An ask's outcome as shown, with the one state no one records: its decision passed, nothing yet on record. */
export type AskStatus = AskOutcome | "awaiting_outcome";

/** Every status, in the order a legend explains them. */
export const ASK_STATUSES: readonly AskStatus[] = [
  "pending",
  "awaiting_outcome",
  "met",
  "partially_met",
  "not_met",
  "moot",
];

type AskDecisionPoint = { decision: PreciseDate | null };

/** Whether the ask's decision point has wholly passed: "March 2020" passes at the end of March. */
export function decisionHasPassed(ask: AskDecisionPoint, today: string): boolean {
  return ask.decision !== null && isPastPrecise(ask.decision, today);
}

/** The outcome on record, else "pending" before the decision point and "awaiting_outcome" after it. */
export function askStatus(ask: AskDecisionPoint & { outcome: AskOutcome }, today: string): AskStatus {
  if (ask.outcome !== "pending") return ask.outcome;
  return decisionHasPassed(ask, today) ? "awaiting_outcome" : "pending";
}

/**
 * The campaign's next decision point: the live ask whose decision comes soonest and has
 * not passed (a month-precision one counts from its first day); null when there is none.
 */
export function nextDecisionAsk<T extends AskDecisionPoint & { retracted: unknown }>(
  asks: readonly T[],
  today: string,
): (T & { decision: PreciseDate }) | null {
  let next: (T & { decision: PreciseDate }) | null = null;
  for (const ask of asks) {
    if (ask.retracted || ask.decision === null || decisionHasPassed(ask, today)) continue;
    if (next === null || precisePeriodStart(ask.decision) < precisePeriodStart(next.decision)) {
      next = { ...ask, decision: ask.decision };
    }
  }
  return next;
}
