import type { SourcedRecord } from "@/lib/domain/un/position-changes";

let nextId = 0;

/**
 * A live position record with what the test names; the rest defaults: a co-sponsorship is
 * an additional one, dated to the day, unsourced. Ids and recording instants count up, so
 * records of the same date keep the order they were made in.
 */
export function positionRecord(
  over: Partial<SourcedRecord> & Pick<SourcedRecord, "stateIso3" | "textId" | "kind" | "date">,
): SourcedRecord {
  nextId++;
  return {
    id: `r${nextId}`,
    sponsorship: over.kind === "cosponsor" ? "additional" : null,
    precision: "day",
    recordedAt: new Date(Date.UTC(2024, 0, 1) + nextId).toISOString(),
    retracted: false,
    sourceUrl: null,
    sourceLabel: null,
    ...over,
  };
}
