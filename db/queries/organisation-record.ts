import "server-only";
import { asc, eq, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Executor } from "@/db";
import { coalitionMemberships, organisations } from "@/db/schema";
import { organisationIdentityColumns } from "./columns";
import { fromMembershipsWith, type MembershipEnd } from "./joins";

/*
 * An organisation's own record as its public page and its staff page both read it: its
 * fields, and its spells in coalitions and those of its members.
 */

/** An organisation's own fields, as its public page and its staff edit page show them. */
export const organisationProfileColumns = {
  ...organisationIdentityColumns,
  website: organisations.website,
  description: organisations.description,
  declaredMembership: organisations.declaredMembership,
  declaredMembershipLabel: organisations.declaredMembershipLabel,
  isSample: organisations.isSample,
};

/** An organisation's own fields, as organisationProfileColumns reads them. */
export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof findOrganisationProfile>>>;

/** The fields of the organisation `which` finds (by id or by slug), or null. */
export async function findOrganisationProfile(db: Executor, which: SQL) {
  const [org] = await db.select(organisationProfileColumns).from(organisations).where(which).limit(1);
  return org ?? null;
}

/**
 * Both sides of an organisation's coalition memberships, each spell read with `columns`
 * of the other organisation (`organisations`) and of the spell (`coalitionMemberships`):
 * the spells of its members, as a coalition, and its own spells in coalitions; each side
 * by the other organisation's name. A spell is a row: one who left and re-joined has two.
 */
export function loadCoalitionSpells<T extends SelectedFields>(
  db: Executor,
  { organisationId, columns }: { organisationId: string; columns: T },
) {
  const side = (self: MembershipEnd, other: MembershipEnd) =>
    fromMembershipsWith(db.select(columns), other)
      .$dynamic()
      .where(eq(self, organisationId))
      .orderBy(asc(organisations.name));
  return Promise.all([
    side(coalitionMemberships.coalitionId, coalitionMemberships.memberId),
    side(coalitionMemberships.memberId, coalitionMemberships.coalitionId),
  ]);
}
