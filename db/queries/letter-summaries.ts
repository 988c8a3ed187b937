import { and, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  campaigns,
  coalitionMemberships,
  letters,
  letterTargets,
  organisations,
  responses,
  signatures,
  targetHolidays,
  targets,
} from "@/db/schema";
import { type DatePrecision, type PreciseDate, preciseDate } from "@/lib/domain/dates";
import { type LetterClock, todayIn } from "@/lib/domain/deadlines";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import {
  answeringTarget,
  countTargets,
  earlierResponse,
  type FirstResponse,
  overallClock,
  type TargetCounts,
  targetClock,
} from "@/lib/domain/letter-targets";
import type { LetterSigners } from "@/lib/domain/signatures";
import { type Tally, type TallySignature, tallySignatures } from "@/lib/domain/tally";
import { fromLettersWithMainTarget } from "./joins";
import { publicLetter } from "./public-visibility";

/** One target a letter is addressed to, on its own clock (its time zone, holidays and response). */
export type LetterTargetSummary = {
  targetId: string;
  slug: string;
  name: string;
  /** This target's addressee line: "President Moon Jae-in". */
  addressee: string;
  /** The UN state a government target is linked to, for its state page. */
  stateIso3: string | null;
  timeZone: string;
  /** This target's last day to answer in time, in its own calendar; null without a deadline. */
  deadline: string | null;
  clock: LetterClock;
  /** The date of this target's first response on record (at its precision in `clock`), or null. */
  answeredOn: string | null;
  responseId: string | null;
};

/** A public letter with its derived state: the clock and the tally, computed in lib/. */
export type LetterSummary = {
  id: string;
  slug: string;
  title: string;
  /** The letter's own addressee line; each target's is in `targets`. */
  addressee: string;
  /** The language title and addressee lines are in, unless a page has given them in another (db/queries/translations). */
  originalLocale: string;
  status: Exclude<LetterStatus, "draft">;
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
  /** The campaign's main target: its zone is the one signing-window times are entered in. */
  target: { id: string; slug: string; name: string; timeZone: string };
  /** Every target addressed, in the letter's order; one for most letters. */
  targets: LetterTargetSummary[];
  /** How the targets stand: "2 of 3 have not answered". */
  targetCounts: TargetCounts;
  openedOn: string | null;
  sent: PreciseDate | null;
  /** The first target's deadline; with several targets, each has its own in `targets`. */
  deadline: string | null;
  /** The letter's own clock: answered when every target has, overdue while any target is. */
  clock: LetterClock;
  /** The day the clocks were read, in the first target's time zone: a page's "as of". */
  asOf: string;
  tally: Tally;
  /** Signatures taken off after sending at their signers' request: counted out of the tally, said on the page. */
  removedOnRequest: number;
  whoCanSign: LetterSigners;
  signingOpensAt: string | null;
  signingClosesAt: string | null;
  sourceUrl: string | null;
  isSample: boolean;
};

/** A target as a letter's clock and its summary need it. */
const targetClockColumns = {
  id: targets.id,
  slug: targets.slug,
  name: targets.name,
  timeZone: targets.timeZone,
  stateIso3: targets.stateIso3,
};

export type LetterFilter = {
  campaignIds?: string[];
  letterIds?: string[];
  onlySent?: boolean;
  /** Only letters open for signing (status "collecting", whatever their window says). */
  onlyCollecting?: boolean;
  /** For staff only: also letters in campaigns that are private or still drafts. */
  unpublished?: boolean;
};

/** Public letters (not drafts, in public published campaigns; staff may ask for the rest) with clock and tally. */
export async function loadLetterSummaries(
  db: Executor,
  { filter = {}, now = new Date() }: { filter?: LetterFilter; now?: Date },
): Promise<LetterSummary[]> {
  const conditions: SQL[] = [filter.unpublished ? ne(letters.status, "draft") : publicLetter];
  if (filter.campaignIds) conditions.push(inArray(letters.campaignId, filter.campaignIds));
  if (filter.letterIds) conditions.push(inArray(letters.id, filter.letterIds));
  if (filter.onlySent) conditions.push(inArray(letters.status, ["sent", "closed"]));
  if (filter.onlyCollecting) conditions.push(eq(letters.status, "collecting"));
  if (filter.campaignIds?.length === 0 || filter.letterIds?.length === 0) return [];

  const rows = await fromLettersWithMainTarget(
    db.select({
      letter: letters,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      mainTarget: targetClockColumns,
    }),
  )
    .where(and(...conditions))
    .orderBy(sql`${letters.sentOn} nulls last`, letters.title);
  if (rows.length === 0) return [];

  const letterIds = rows.map((r) => r.letter.id);
  const mainTargetIds = [...new Set(rows.map((r) => r.mainTarget.id))];
  // Every target of these letters, or the main target of one with none listed.
  const addressedTargetIds = sql`(select ${letterTargets.targetId} from ${letterTargets}
    where ${inArray(letterTargets.letterId, letterIds)})`;

  // One query per kind of row, whatever the number of letters or targets.
  const [targetRows, holidayRows, responseGroups, signatureGroups] = await Promise.all([
    db
      .select({
        letterId: letterTargets.letterId,
        addressee: letterTargets.addressee,
        target: targetClockColumns,
      })
      .from(letterTargets)
      .innerJoin(targets, eq(targets.id, letterTargets.targetId))
      .where(inArray(letterTargets.letterId, letterIds))
      .orderBy(letterTargets.sort, targets.name),
    db
      .select({ targetId: targetHolidays.targetId, day: targetHolidays.day })
      .from(targetHolidays)
      .where(
        or(
          inArray(targetHolidays.targetId, mainTargetIds),
          sql`${targetHolidays.targetId} in ${addressedTargetIds}`,
        ),
      ),
    db
      .select({
        letterId: responses.letterId,
        targetId: responses.targetId,
        first: sql<string>`min(${responses.respondedOn})::text`,
        // The precision and id of that earliest response ("March 2020" is no particular day).
        precision: sql<DatePrecision>`(array_agg(${responses.precision} order by ${responses.respondedOn}, ${responses.createdAt}))[1]`,
        end: sql<
          string | null
        >`(array_agg(${responses.respondedEnd}::text order by ${responses.respondedOn}, ${responses.createdAt}))[1]`,
        responseId: sql<string>`(array_agg(${responses.id}::text order by ${responses.respondedOn}, ${responses.createdAt}))[1]`,
      })
      .from(responses)
      .where(and(inArray(responses.letterId, letterIds), isNull(responses.retractedAt)))
      .groupBy(responses.letterId, responses.targetId),
    // Individuals arrive as counts, organisations one row each: a 50,000-signature letter
    // costs a handful of rows here.
    db
      .select({
        letterId: signatures.letterId,
        kind: signatures.kind,
        visibility: signatures.visibility,
        organisationId: signatures.organisationId,
        count: sql<number>`count(*)::int`,
      })
      .from(signatures)
      .where(and(inArray(signatures.letterId, letterIds), eq(signatures.status, "confirmed")))
      .groupBy(signatures.letterId, signatures.kind, signatures.visibility, signatures.organisationId),
  ]);

  const signingOrgIds = [
    ...new Set(signatureGroups.flatMap((g) => (g.organisationId ? [g.organisationId] : []))),
  ];
  const coalitionRows =
    signingOrgIds.length === 0
      ? []
      : await db
          .select({
            organisationId: organisations.id,
            name: organisations.name,
            shortName: organisations.shortName,
            declaredMembership: organisations.declaredMembership,
            declaredMembershipLabel: organisations.declaredMembershipLabel,
            memberIds: sql<string[]>`coalesce(array_agg(${coalitionMemberships.memberId}::text)
              filter (where ${coalitionMemberships.memberId} is not null), '{}')`,
          })
          .from(organisations)
          .leftJoin(
            coalitionMemberships,
            and(eq(coalitionMemberships.coalitionId, organisations.id), isNull(coalitionMemberships.leftOn)),
          )
          .where(
            and(
              inArray(organisations.id, signingOrgIds),
              sql`${organisations.declaredMembership} is not null`,
            ),
          )
          .groupBy(organisations.id);

  const holidaysByTarget = new Map<string, string[]>();
  for (const h of holidayRows)
    holidaysByTarget.set(h.targetId, [...(holidaysByTarget.get(h.targetId) ?? []), h.day]);
  const targetsByLetter = new Map<string, typeof targetRows>();
  for (const row of targetRows)
    targetsByLetter.set(row.letterId, [...(targetsByLetter.get(row.letterId) ?? []), row]);
  const responsesByLetter = new Map<string, typeof responseGroups>();
  for (const group of responseGroups) {
    if (group.letterId === null) continue;
    responsesByLetter.set(group.letterId, [...(responsesByLetter.get(group.letterId) ?? []), group]);
  }
  const groupsByLetter = new Map<string, TallySignature[]>();
  for (const g of signatureGroups) {
    const list = groupsByLetter.get(g.letterId) ?? [];
    list.push({
      kind: g.kind,
      status: "confirmed",
      visibility: g.visibility,
      organisationId: g.organisationId,
      count: g.count,
    });
    groupsByLetter.set(g.letterId, list);
  }

  return rows.map(({ letter, campaignSlug, campaignTitle, mainTarget }) => {
    const addressed = targetsByLetter.get(letter.id) ?? [
      { letterId: letter.id, addressee: letter.addressee, target: mainTarget },
    ];
    const addressedIds = addressed.map((a) => a.target.id);
    const firstResponses = new Map<string, FirstResponse | null>();
    for (const group of responsesByLetter.get(letter.id) ?? []) {
      const targetId = answeringTarget(group.targetId, addressedIds, mainTarget.id);
      if (targetId === null) continue;
      const response = {
        on: group.first,
        precision: group.precision,
        end: group.end,
        responseId: group.responseId,
      };
      firstResponses.set(targetId, earlierResponse(firstResponses.get(targetId) ?? null, response));
    }
    const rule = {
      status: letter.status,
      sentOn: letter.sentOn,
      sentPrecision: letter.sentPrecision,
      sentEnd: letter.sentEnd,
      rule: letter.deadlineRule,
      deadlineDate: letter.deadlineDate,
      deadlineDays: letter.deadlineDays,
    };
    const letterTargetSummaries: LetterTargetSummary[] = addressed.map(({ addressee, target }) => {
      const first = firstResponses.get(target.id) ?? null;
      const { deadline, clock } = targetClock(
        rule,
        { timeZone: target.timeZone, holidays: holidaysByTarget.get(target.id) ?? [], firstResponse: first },
        now,
      );
      return {
        targetId: target.id,
        slug: target.slug,
        name: target.name,
        addressee,
        stateIso3: target.stateIso3,
        timeZone: target.timeZone,
        deadline,
        clock,
        answeredOn: first?.on ?? null,
        responseId: first?.responseId ?? null,
      };
    });
    const clocks = letterTargetSummaries.map((t) => t.clock);
    const lead = letterTargetSummaries[0]!;
    return {
      id: letter.id,
      slug: letter.slug,
      title: letter.title,
      addressee: letter.addressee,
      status: letter.status as LetterSummary["status"],
      campaignId: letter.campaignId,
      campaignSlug,
      campaignTitle,
      target: {
        id: mainTarget.id,
        slug: mainTarget.slug,
        name: mainTarget.name,
        timeZone: mainTarget.timeZone,
      },
      targets: letterTargetSummaries,
      targetCounts: countTargets(clocks),
      openedOn: letter.openedOn,
      sent: letter.sentOn ? preciseDate(letter.sentOn, letter.sentPrecision, letter.sentEnd) : null,
      deadline: lead.deadline,
      clock: overallClock(clocks),
      asOf: todayIn(lead.timeZone, now),
      tally: tallySignatures({ signatures: groupsByLetter.get(letter.id) ?? [], coalitions: coalitionRows }),
      removedOnRequest: letter.removedOnRequest,
      whoCanSign: letter.whoCanSign,
      signingOpensAt: letter.signingOpensAt?.toISOString() ?? null,
      signingClosesAt: letter.signingClosesAt?.toISOString() ?? null,
      sourceUrl: letter.sourceUrl,
      isSample: letter.isSample,
      originalLocale: letter.originalLocale,
    };
  });
}
