/*
 * An ask linked to a resolution text and the position it wants: its outcome per targeted
 * state comes from the positions recorded (askOutcomeForState), and the ask's own
 * outcome from theirs. Nothing here is typed by staff, so nothing is typed twice.
 */
import type { PreciseDate } from "@/lib/domain/dates";
import type { AskOutcome } from "@/lib/domain/timeline";
import {
  type AskStateOutcome,
  askOutcomeForState,
  type PositionRecord,
  type WantedPosition,
} from "@/lib/domain/un/positions";

export type StateAskOutcome = { iso3: string; name: string; outcome: AskStateOutcome };

export type DerivedAskOutcome = {
  /** The ask as a whole, from its states' outcomes (see askOutcomeOfStates). */
  outcome: AskOutcome;
  met: number;
  notMet: number;
  pending: number;
  /** Every targeted state, by name. */
  states: StateAskOutcome[];
};

/**
 * The ask as a whole: pending while any targeted state is (or when no targeted target is
 * linked to a state); met when every state met it, not met when none did, partially met
 * otherwise.
 */
export function askOutcomeOfStates(outcomes: readonly AskStateOutcome[]): AskOutcome {
  if (outcomes.length === 0 || outcomes.includes("pending")) return "pending";
  const met = outcomes.filter((o) => o === "met").length;
  if (met === outcomes.length) return "met";
  return met === 0 ? "not_met" : "partially_met";
}

/**
 * A linked ask's outcome for each targeted state and as a whole. `records` may hold any
 * states' records on any texts: only the linked text's, for the targeted states, count.
 */
export function deriveAskOutcome(args: {
  textId: string;
  wanted: WantedPosition;
  /** The targeted states, each once. */
  states: ReadonlyArray<{ iso3: string; name: string }>;
  records: readonly PositionRecord[];
  decision: PreciseDate | null;
  today: string;
}): DerivedAskOutcome {
  const { textId, wanted, decision, today } = args;
  const byState = new Map<string, PositionRecord[]>();
  for (const record of args.records) {
    if (record.textId !== textId) continue;
    const list = byState.get(record.stateIso3);
    if (list) list.push(record);
    else byState.set(record.stateIso3, [record]);
  }
  const states = [...args.states]
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .map((state) => ({
      ...state,
      outcome: askOutcomeForState({
        wanted,
        records: byState.get(state.iso3) ?? [],
        decisionDate: decision?.date ?? null,
        decisionPrecision: decision?.precision ?? "day",
        today,
      }),
    }));
  const count = (outcome: AskStateOutcome) => states.filter((s) => s.outcome === outcome).length;
  return {
    outcome: askOutcomeOfStates(states.map((s) => s.outcome)),
    met: count("met"),
    notMet: count("not_met"),
    pending: count("pending"),
    states,
  };
}
