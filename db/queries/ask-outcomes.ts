import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { listPressedStates } from "@/db/queries/campaign-targets";
import { fromResolutionTexts } from "@/db/queries/joins";
import { citedTextColumns, loadPositionRecords, sessionDecision } from "@/db/queries/resolutions";
import { type Ask, asks, askTargets, resolutionTexts, targets, unSessions } from "@/db/schema";
import { type PreciseDate, preciseDate } from "@/lib/domain/dates";
import { type DerivedAskOutcome, deriveAskOutcome } from "@/lib/domain/un/ask-outcomes";
import type { WantedPosition } from "@/lib/domain/un/positions";
import { stateByIso3 } from "@/lib/domain/un/states";

/*
 * The outcomes of asks linked to a resolution text, per targeted state, derived from the
 * positions recorded there (lib/domain/un/ask-outcomes.ts). The public campaign pages,
 * the home cards and the staff campaign page all read them from here, for any number of
 * asks in a fixed number of queries.
 */

/** An ask as the derivation needs it; asks with no text or no wanted position are skipped. */
export type AskLink = {
  id: string;
  campaignId: string;
  resolutionTextId: string | null;
  wantedPosition: WantedPosition | null;
  /** The decision point: the session's last day when decided at one, else the ask's date. */
  decision: PreciseDate | null;
};

/** The text an ask is linked to, as pages name it: "A/C.3/74/L.27, 74th session". */
export type LinkedText = {
  id: string;
  title: string;
  draftSymbol: string | null;
  adoptedSymbol: string | null;
  sessionLabel: string;
  resolution: { slug: string; title: string };
};

export type LinkedAskOutcome = DerivedAskOutcome & { wanted: WantedPosition; text: LinkedText };

/** A session's dates as an ask decided at it shows them. */
export type AskSession = { id: string; label: string; startsOn: string; endsOn: string };

/** What an AskSession is read from. */
export const askSessionColumns = {
  id: unSessions.id,
  label: unSessions.label,
  startsOn: unSessions.startsOn,
  endsOn: unSessions.endsOn,
};

/** An ask's decision point: the last day of the session it is decided at, else its own date. */
export function askDecision(
  ask: { decisionOn: string | null; decisionPrecision: PreciseDate["precision"]; decisionEnd: string | null },
  session: Pick<AskSession, "endsOn"> | null,
): PreciseDate | null {
  if (session) return sessionDecision(session);
  return ask.decisionOn ? preciseDate(ask.decisionOn, ask.decisionPrecision, ask.decisionEnd) : null;
}

/**
 * Every linked ask's outcome, per targeted state and as a whole, keyed by ask id. The
 * targets of an ask are its ask_targets, or with none its campaign's (campaign_targets
 * and the main target); targets not linked to a state are not counted. `today` gives the
 * day each campaign's asks are judged on.
 */
export async function loadLinkedAskOutcomes(
  db: Executor,
  { asks, today }: { asks: readonly AskLink[]; today: (campaignId: string) => string },
): Promise<Map<string, LinkedAskOutcome>> {
  const result = new Map<string, LinkedAskOutcome>();
  const linked = asks.flatMap((a) =>
    a.resolutionTextId && a.wantedPosition
      ? [{ ...a, resolutionTextId: a.resolutionTextId, wantedPosition: a.wantedPosition }]
      : [],
  );
  if (linked.length === 0) return result;
  const askIds = linked.map((a) => a.id);
  const campaignIds = [...new Set(linked.map((a) => a.campaignId))];
  const textIds = [...new Set(linked.map((a) => a.resolutionTextId))];

  const [askTargetRows, campaignTargetRows, textRows] = await Promise.all([
    db
      .select({ askId: askTargets.askId, iso3: targets.stateIso3 })
      .from(askTargets)
      .innerJoin(targets, eq(targets.id, askTargets.targetId))
      .where(inArray(askTargets.askId, askIds)),
    listPressedStates(db, { campaignIds }),
    fromResolutionTexts(db.select(citedTextColumns)).where(inArray(resolutionTexts.id, textIds)),
  ]);

  // An ask with ask_targets rows is put to those alone, even if none has a state.
  const namedTargets = new Set(askTargetRows.map((r) => r.askId));
  const statesOfAsk = groupIso3s(askTargetRows, (r) => r.askId);
  const statesOfCampaign = groupIso3s(campaignTargetRows, (r) => r.campaignId);
  const targetedStates = new Map(
    linked.map((a) => [
      a.id,
      (namedTargets.has(a.id) ? statesOfAsk.get(a.id) : statesOfCampaign.get(a.campaignId)) ?? [],
    ]),
  );
  const allStates = [...new Set([...targetedStates.values()].flat())];
  // One query for every linked text and every targeted state.
  const records = await loadPositionRecords(db, { textIds, stateIso3s: allStates });
  const texts = new Map(textRows.map((t) => [t.id, t]));

  for (const ask of linked) {
    const text = texts.get(ask.resolutionTextId);
    if (!text) continue;
    const derived = deriveAskOutcome({
      textId: ask.resolutionTextId,
      wanted: ask.wantedPosition,
      states: (targetedStates.get(ask.id) ?? []).map((iso3) => ({
        iso3,
        name: stateByIso3(iso3)?.name ?? iso3,
      })),
      records,
      decision: ask.decision,
      today: today(ask.campaignId),
    });
    result.set(ask.id, { ...derived, wanted: ask.wantedPosition, text });
  }
  return result;
}

function groupIso3s<T extends { iso3: string | null }>(rows: readonly T[], key: (row: T) => string) {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.iso3) continue;
    const list = grouped.get(key(row)) ?? [];
    if (!list.includes(row.iso3)) list.push(row.iso3);
    grouped.set(key(row), list);
  }
  return grouped;
}

/** An ask with the session it is decided at, its decision point and its derived outcome. */
export type CampaignAskRow = {
  ask: Ask;
  session: AskSession | null;
  decision: PreciseDate | null;
  derived: LinkedAskOutcome | null;
};

/**
 * The asks of the given campaigns in their order, retracted ones included, each with its
 * session, decision point and (when linked to a text) outcome; `today` gives the day each
 * campaign's asks are judged on.
 */
export async function loadCampaignAsks(
  db: Executor,
  { campaignIds, today }: { campaignIds: readonly string[]; today: (campaignId: string) => string },
): Promise<CampaignAskRow[]> {
  if (campaignIds.length === 0) return [];
  const rows = await db
    .select({ ask: asks, session: askSessionColumns })
    .from(asks)
    .leftJoin(unSessions, eq(unSessions.id, asks.sessionId))
    .where(inArray(asks.campaignId, [...campaignIds]))
    .orderBy(asc(asks.position), asc(asks.createdAt));
  const withDecision = rows.map(({ ask, session }) => ({
    ask,
    session,
    decision: askDecision(ask, session),
  }));
  const derived = await loadLinkedAskOutcomes(db, {
    asks: withDecision.map(({ ask, decision }) => ({
      id: ask.id,
      campaignId: ask.campaignId,
      resolutionTextId: ask.resolutionTextId,
      wantedPosition: ask.wantedPosition,
      decision,
    })),
    today,
  });
  return withDecision.map((row) => ({ ...row, derived: derived.get(row.ask.id) ?? null }));
}
