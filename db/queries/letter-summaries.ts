import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  campaigns,
  coalitionMemberships,
  letters,
  organisations,
  responses,
  signatures,
  targetHolidays,
  targets,
} from "@/db/schema";
import type { DatePrecision, PreciseDate } from "@/lib/domain/dates";
import { type LetterClock, letterClock, responseDeadline } from "@/lib/domain/deadlines";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { LetterSigners } from "@/lib/domain/signatures";
import { type Tally, type TallySignature, tallySignatures } from "@/lib/domain/tally";
import { publicLetter } from "./public-visibility";

/** A public letter with its derived state: the clock and the tally, computed in lib/. */
export type LetterSummary = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  status: Exclude<LetterStatus, "draft">;
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
  target: { id: string; slug: string; name: string; timeZone: string };
  openedOn: string | null;
  sent: PreciseDate | null;
  deadline: string | null;
  clock: LetterClock;
  tally: Tally;
  whoCanSign: LetterSigners;
  signingOpensAt: string | null;
  signingClosesAt: string | null;
  sourceUrl: string | null;
  isSample: boolean;
};

export type LetterFilter = { campaignIds?: string[]; letterIds?: string[]; onlySent?: boolean };

/** Public letters (not drafts, in public published campaigns) with clock and tally. */
export async function loadLetterSummaries(
  db: Executor,
  { filter = {}, now = new Date() }: { filter?: LetterFilter; now?: Date },
): Promise<LetterSummary[]> {
  const conditions: SQL[] = [publicLetter];
  if (filter.campaignIds) conditions.push(inArray(letters.campaignId, filter.campaignIds));
  if (filter.letterIds) conditions.push(inArray(letters.id, filter.letterIds));
  if (filter.onlySent) conditions.push(inArray(letters.status, ["sent", "closed"]));
  if (filter.campaignIds?.length === 0 || filter.letterIds?.length === 0) return [];

  const rows = await db
    .select({
      letter: letters,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      target: { id: targets.id, slug: targets.slug, name: targets.name, timeZone: targets.timeZone },
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .where(and(...conditions))
    .orderBy(sql`${letters.sentOn} nulls last`, letters.title);
  if (rows.length === 0) return [];

  const letterIds = rows.map((r) => r.letter.id);
  const targetIds = [...new Set(rows.map((r) => r.target.id))];

  const [holidayRows, firstResponses, signatureGroups] = await Promise.all([
    db
      .select({ targetId: targetHolidays.targetId, day: targetHolidays.day })
      .from(targetHolidays)
      .where(inArray(targetHolidays.targetId, targetIds)),
    db
      .select({
        letterId: responses.letterId,
        first: sql<string>`min(${responses.respondedOn})::text`,
        // The precision of that earliest response ("March 2020" is no particular day).
        precision: sql<DatePrecision>`(array_agg(${responses.precision} order by ${responses.respondedOn}, ${responses.createdAt}))[1]`,
      })
      .from(responses)
      .where(and(inArray(responses.letterId, letterIds), isNull(responses.retractedAt)))
      .groupBy(responses.letterId),
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
  const firstResponseByLetter = new Map(firstResponses.map((r) => [r.letterId, r]));
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

  return rows.map(({ letter, campaignSlug, campaignTitle, target }) => {
    const holidays = holidaysByTarget.get(target.id) ?? [];
    const rule = {
      sentOn: letter.sentOn,
      rule: letter.deadlineRule,
      deadlineDate: letter.deadlineDate,
      deadlineDays: letter.deadlineDays,
      holidays,
    };
    return {
      id: letter.id,
      slug: letter.slug,
      title: letter.title,
      addressee: letter.addressee,
      status: letter.status as LetterSummary["status"],
      campaignId: letter.campaignId,
      campaignSlug,
      campaignTitle,
      target,
      openedOn: letter.openedOn,
      sent: letter.sentOn ? { date: letter.sentOn, precision: letter.sentPrecision } : null,
      deadline: responseDeadline(rule),
      clock: letterClock({
        ...rule,
        status: letter.status,
        firstResponseOn: firstResponseByLetter.get(letter.id)?.first ?? null,
        firstResponsePrecision: firstResponseByLetter.get(letter.id)?.precision,
        timeZone: target.timeZone,
        now,
      }),
      tally: tallySignatures({ signatures: groupsByLetter.get(letter.id) ?? [], coalitions: coalitionRows }),
      whoCanSign: letter.whoCanSign,
      signingOpensAt: letter.signingOpensAt?.toISOString() ?? null,
      signingClosesAt: letter.signingClosesAt?.toISOString() ?? null,
      sourceUrl: letter.sourceUrl,
      isSample: letter.isSample,
    };
  });
}
