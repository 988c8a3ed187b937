import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { listPressedStates } from "@/db/queries/campaign-targets";
import { fromResolutionTexts } from "@/db/queries/joins";
import { citedTextColumns, loadPositionRecords, type SourcedPositionRecord } from "@/db/queries/resolutions";
import { asks, resolutionTexts, unSessions } from "@/db/schema";
import type { TimelinePositionInput } from "@/lib/domain/timeline";
import { type LineRecord, positionNews } from "@/lib/domain/un/position-changes";
import { UN_STATES } from "@/lib/domain/un/states";

/*
 * The UN record as the campaign pages read it: the position changes of the states a
 * campaign presses, on the resolution lines its asks are linked to. The campaign page's
 * own cache holds the result (db/queries/public-campaigns.ts); a position write expires
 * the campaigns it concerns (positionChangeTags).
 */

/**
 * Per campaign, the news about the states it presses (its main target's and every
 * campaign_targets target's, where linked to a state) on every resolution line one of its
 * live asks is linked to: changes in co-sponsorship and votes, sourced and dated.
 * Campaigns with no such state or line get no entry.
 */
export async function loadCampaignPositionNews(
  db: Executor,
  { campaignIds }: { campaignIds: readonly string[] },
): Promise<Map<string, TimelinePositionInput[]>> {
  const news = new Map<string, TimelinePositionInput[]>();
  if (campaignIds.length === 0) return news;
  const ids = [...campaignIds];

  const [stateRows, lineRows] = await Promise.all([
    listPressedStates(db, { campaignIds: ids }),
    db
      .selectDistinct({ campaignId: asks.campaignId, resolutionId: resolutionTexts.resolutionId })
      .from(asks)
      .innerJoin(resolutionTexts, eq(resolutionTexts.id, asks.resolutionTextId))
      // A retracted ask was put on the record by mistake: its link says nothing.
      .where(and(inArray(asks.campaignId, ids), isNull(asks.retractedAt))),
  ]);
  const statesOf = group(
    stateRows,
    (r) => r.campaignId,
    (r) => r.iso3,
  );
  const linesOf = group(
    lineRows,
    (r) => r.campaignId,
    (r) => r.resolutionId,
  );
  const resolutionIds = [
    ...new Set(lineRows.filter((r) => statesOf.has(r.campaignId)).map((r) => r.resolutionId)),
  ];
  if (resolutionIds.length === 0) return news;

  const textRows = await fromResolutionTexts(
    db.select({ ...citedTextColumns, resolutionId: resolutionTexts.resolutionId }),
  )
    .where(inArray(resolutionTexts.resolutionId, resolutionIds))
    // The order loadResolutionMatrix gives the sessions, so the timeline and the line's page agree.
    .orderBy(asc(unSessions.startsOn), asc(unSessions.number));
  // Every state's records: whether a pressed state "joined" depends on the lists before it.
  const records = await loadPositionRecords(db, { textIds: textRows.map((t) => t.id) });

  type Line = LineRecord & { texts: LineRecord["texts"][number][]; records: SourcedPositionRecord[] };
  const lines = new Map<string, Line>();
  for (const text of textRows) {
    const line: Line = lines.get(text.resolutionId) ?? {
      resolution: text.resolution,
      texts: [],
      records: [],
    };
    line.texts.push({
      id: text.id,
      order: line.texts.length,
      sessionLabel: text.sessionLabel,
      draftSymbol: text.draftSymbol,
      adoptedSymbol: text.adoptedSymbol,
    });
    lines.set(text.resolutionId, line);
  }
  const lineOfText = new Map(textRows.map((t) => [t.id, lines.get(t.resolutionId)!]));
  for (const record of records) lineOfText.get(record.textId)?.records.push(record);

  for (const campaignId of ids) {
    const iso3s = statesOf.get(campaignId);
    const campaignLines = (linesOf.get(campaignId) ?? []).flatMap((id) => lines.get(id) ?? []);
    if (!iso3s || campaignLines.length === 0) continue;
    const entries = positionNews({ lines: campaignLines, states: UN_STATES, iso3s });
    if (entries.length > 0) news.set(campaignId, entries);
  }
  return news;
}

function group<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = grouped.get(k);
    if (list) list.push(value(row));
    else grouped.set(k, [value(row)]);
  }
  return grouped;
}
