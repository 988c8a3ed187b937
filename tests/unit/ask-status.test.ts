import { describe, expect, it } from "vitest";
import { type AskStatus, askStatus, nextDecisionAsk } from "@/lib/domain/ask-status";
import type { PreciseDate } from "@/lib/domain/dates";
import type { AskOutcome } from "@/lib/domain/timeline";

const day = (date: string): PreciseDate => ({ date, precision: "day" });
const month = (date: string): PreciseDate => ({ date, precision: "month" });
const year = (date: string): PreciseDate => ({ date, precision: "year" });

describe("what the public is told of an ask", () => {
  it.each<[string, AskOutcome, PreciseDate | null, string, AskStatus]>([
    ["before its decision day", "pending", day("2026-03-10"), "2026-03-09", "pending"],
    ["on its decision day", "pending", day("2026-03-10"), "2026-03-10", "pending"],
    ["the day after its decision day", "pending", day("2026-03-10"), "2026-03-11", "awaiting_outcome"],
    ["in its decision month", "pending", month("2026-03-01"), "2026-03-31", "pending"],
    ["once its decision month is over", "pending", month("2026-03-01"), "2026-04-01", "awaiting_outcome"],
    ["in its decision year", "pending", year("2026-01-01"), "2026-12-31", "pending"],
    ["once its decision year is over", "pending", year("2026-01-01"), "2027-01-01", "awaiting_outcome"],
    ["with no decision date", "pending", null, "2030-01-01", "pending"],
    ["met, its date long past", "met", month("2020-03-01"), "2026-11-20", "met"],
    ["not met", "not_met", day("2020-03-10"), "2026-11-20", "not_met"],
    ["partially met", "partially_met", day("2020-03-10"), "2026-11-20", "partially_met"],
    ["moot before its date", "moot", day("2027-03-10"), "2026-11-20", "moot"],
  ])("%s", (_, outcome, decision, today, status) => {
    expect(askStatus({ outcome, decision }, today)).toBe(status);
  });
});

describe("the campaign's next decision point", () => {
  const ask = (id: string, decision: PreciseDate | null, retracted: { reason: string } | null = null) => ({
    id,
    decision,
    retracted,
  });

  it.each<[string, ReturnType<typeof ask>[], string, string | null]>([
    [
      "skips a decision that has passed",
      [ask("past", day("2026-11-19")), ask("later", day("2027-02-01"))],
      "2026-11-20",
      "later",
    ],
    [
      "keeps a decision month until it is over",
      [ask("this-month", month("2026-11-01"))],
      "2026-11-30",
      "this-month",
    ],
    [
      "takes the soonest, whatever the order",
      [ask("late", day("2027-05-01")), ask("soon", month("2027-01-01"))],
      "2026-11-20",
      "soon",
    ],
    [
      "skips retracted asks",
      [ask("gone", day("2026-12-01"), { reason: "withdrawn" }), ask("kept", day("2027-01-01"))],
      "2026-11-20",
      "kept",
    ],
    ["skips asks with no decision date", [ask("undated", null)], "2026-11-20", null],
    ["is none when every decision has passed", [ask("2020", month("2020-11-01"))], "2026-11-20", null],
  ])("%s", (_, asks, today, expected) => {
    expect(nextDecisionAsk(asks, today)?.id ?? null).toBe(expected);
  });
});
