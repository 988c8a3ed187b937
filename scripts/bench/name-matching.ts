import { matchStateNames, splitStateList } from "@/lib/domain/un/match-names";
import { UN_STATES } from "@/lib/domain/un/states";

/*
 * Matching a pasted list of every member state, as the staff paste form does it
 * (lib/actions/resolutions/paste.ts: splitStateList, then matchStateNames), timed in the
 * bench process. The first run builds the name index, so it is reported on its own.
 */

const MEMBERS = UN_STATES.filter((s) => s.status === "member");

/** A list as a UN document prints it: "Afghanistan, Albania, …, Zambia and Zimbabwe". */
function printedList(names: readonly string[]): string {
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Drops a letter from the middle of a name: "Botswana" → "Botsana". */
function misspell(name: string): string {
  let at = Math.floor(name.length / 2);
  while (!/\p{L}/u.test(name[at])) at++;
  return name.slice(0, at) + name.slice(at + 1);
}

export type NameMatchingRow = {
  name: string;
  names: number;
  matched: number;
  /** Names that fit several states, for staff to choose ("Korea"). */
  ambiguous: number;
  coldMs: number;
  bestMs: number;
  medianMs: number;
  runs: number;
};

function timeOnce(paste: string) {
  const started = performance.now();
  const matches = matchStateNames(splitStateList(paste));
  const ms = performance.now() - started;
  return {
    ms,
    names: matches.length,
    matched: matches.filter((m) => m.state).length,
    ambiguous: matches.filter((m) => m.candidates.length > 1).length,
  };
}

/**
 * Times the 193 names as printed, then the same list with 10 names misspelt (each one
 * pays for the suggestions the preview shows). Cold is the process's first run.
 */
export function benchNameMatching(runs: number): NameMatchingRow[] {
  const names = MEMBERS.map((s) => s.name);
  const misspelt = names.map((name, i) => (i % 19 === 7 ? misspell(name) : name));
  const lists: Array<[string, string]> = [
    ["193 names as printed", printedList(names)],
    ["193 names, 10 misspelt", printedList(misspelt)],
  ];
  return lists.map(([name, paste]) => {
    const cold = timeOnce(paste);
    const times = Array.from({ length: runs }, () => timeOnce(paste).ms).sort((a, b) => a - b);
    return {
      name,
      names: cold.names,
      matched: cold.matched,
      ambiguous: cold.ambiguous,
      coldMs: cold.ms,
      bestMs: times[0],
      medianMs: times[Math.floor(times.length / 2)],
      runs,
    };
  });
}
