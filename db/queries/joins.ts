import { eq, type SQL } from "drizzle-orm";
import type { PgSelect, PgSelectBase, PgSelectBuilder, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import {
  auditLog,
  campaigns,
  coalitionMemberships,
  letters,
  organisations,
  resolutions,
  resolutionTexts,
  signatures,
  targets,
  unSessions,
  users,
} from "@/db/schema";

/*
 * The joins many queries start from, each along foreign keys: a signature's letter and
 * that letter's campaign; a letter's campaign and that campaign's main target
 * (campaigns.target_id; the targets a letter is addressed to are in letter_targets); a
 * resolution text's line and session; an audit entry's actor; a coalition membership's
 * member or coalition. Pass the select, db.select(columns) or db.selectDistinct(columns),
 * and go on with more joins, where, order and limit as usual. No "server-only" here: the
 * dashboard's queries also run in the reminders script, in plain Node.
 */

type Name<T extends PgTable> = T["_"]["name"];

/** A select from `From` with `Inner` inner-joined and `Outer` left-joined (its columns may be null). */
type Joined<
  T extends SelectedFields,
  From extends PgTable,
  Inner extends PgTable,
  Outer extends PgTable = never,
> = PgSelectBase<
  Name<From>,
  T,
  "partial",
  Record<Name<From> | Name<Inner>, "not-null"> & Record<Name<Outer>, "nullable">
>;

/** Tables to join, each with its join condition. */
type Joins = ReadonlyArray<readonly [PgTable, SQL]>;

/**
 * A helper that selects from `from` with the `inner` tables inner-joined, then the `outer`
 * ones left-joined, each on its condition: pass it the select, get the joined query.
 */
function joinPath<From extends PgTable, const Inner extends Joins, const Outer extends Joins = []>(
  from: From,
  inner: Inner,
  outer: Outer = [] as unknown as Outer,
) {
  return <T extends SelectedFields>(select: PgSelectBuilder<T>) => {
    // TypeScript cannot follow Drizzle's join types through a selection that is still
    // generic: join on the plain types, then state what results.
    let query = (select as PgSelectBuilder<SelectedFields>).from(from as PgTable).$dynamic() as PgSelect;
    for (const [table, on] of inner) query = query.innerJoin(table as PgTable, on);
    for (const [table, on] of outer) query = query.leftJoin(table as PgTable, on);
    return query as unknown as Joined<T, From, Inner[number][0], Outer[number][0]>;
  };
}

/** Signatures with each one's letter and that letter's campaign. */
export const fromSignaturesWithLetters = joinPath(signatures, [
  [letters, eq(letters.id, signatures.letterId)],
  [campaigns, eq(campaigns.id, letters.campaignId)],
]);

const mainTarget = [targets, eq(targets.id, campaigns.targetId)] as const;

/** Letters with each one's campaign and that campaign's main target. */
export const fromLettersWithMainTarget = joinPath(letters, [
  [campaigns, eq(campaigns.id, letters.campaignId)],
  mainTarget,
]);

/** Campaigns with each one's main target. */
export const fromCampaignsWithMainTarget = joinPath(campaigns, [mainTarget]);

/** Resolution texts with each one's line (resolutions) and the session it is at. */
export const fromResolutionTexts = joinPath(resolutionTexts, [
  [resolutions, eq(resolutions.id, resolutionTexts.resolutionId)],
  [unSessions, eq(unSessions.id, resolutionTexts.sessionId)],
]);

/** Audit entries with each one's actor, when there is one (the scripts write entries without). */
export const fromAuditWithActor = joinPath(auditLog, [], [[users, eq(users.id, auditLog.actorUserId)]]);

/** One end of a coalition membership: the member, or the coalition. */
export type MembershipEnd = typeof coalitionMemberships.memberId | typeof coalitionMemberships.coalitionId;

/** Coalition memberships with the organisation at one `end` of each. */
export function fromMembershipsWith<T extends SelectedFields>(
  select: PgSelectBuilder<T>,
  end: MembershipEnd,
) {
  return joinPath(coalitionMemberships, [[organisations, eq(organisations.id, end)]])(select);
}
