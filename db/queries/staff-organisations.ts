import "server-only";
import { and, asc, count, eq, ilike, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  campaignLeads,
  campaigns,
  coalitionMemberships,
  letters,
  type Organisation,
  organisations,
  signatures,
} from "@/db/schema";
import type { OrganisationKind } from "@/lib/domain/campaigns";
import { cleanSearchText } from "@/lib/domain/text";
import { organisationIdentityColumns } from "./columns";
import { fromSignaturesWithLetters } from "./joins";
import { findOrganisationProfile, loadCoalitionSpells } from "./organisation-record";
import { readPage } from "./pages";
import { publicCampaign } from "./public-visibility";
import { qualified } from "./qualified";

/*
 * Organisations and coalition memberships as the staff workspace manages them. A
 * membership is never deleted: ending it sets its left date, and the spell stays as
 * history (the public coalition page lists past members).
 */

/** Who an organisation is, as every staff view of it starts. */
type OrganisationIdentity = Pick<Organisation, "id" | "slug" | "name" | "shortName" | "kind" | "country">;

export type StaffOrganisationListItem = OrganisationIdentity & {
  isSample: boolean;
  currentMembers: number;
};

export const ORGANISATION_PAGE_SIZE = 50;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** One page of organisations by name, optionally those whose name, short name or slug contains `search`. */
export async function listStaffOrganisations(
  db: Executor,
  { search = "", page = 1 }: { search?: string; page?: number } = {},
): Promise<{ items: StaffOrganisationListItem[]; total: number; page: number; pageCount: number }> {
  // Control characters (U+0000 would fail the query) are no part of a name.
  const text = cleanSearchText(search).trim().slice(0, 100);
  const pattern = `%${escapeLike(text)}%`;
  const where = text
    ? or(
        ilike(organisations.name, pattern),
        ilike(organisations.shortName, pattern),
        ilike(organisations.slug, pattern),
      )
    : undefined;
  const [{ total }] = await db.select({ total: count() }).from(organisations).where(where);
  const items = db
    .select({
      ...organisationIdentityColumns,
      isSample: organisations.isSample,
      currentMembers: sql<number>`(select count(*) from ${coalitionMemberships}
        where ${coalitionMemberships.coalitionId} = ${qualified(organisations.id)} and ${coalitionMemberships.leftOn} is null)::int`,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.slug));
  const shown = await readPage(items.$dynamic(), { total, page, pageSize: ORGANISATION_PAGE_SIZE });
  return { items: shown.rows, total, page: shown.page, pageCount: shown.pageCount };
}

export type OrganisationOption = {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
};

/** Every organisation, by name, for pickers (lead organisations, coalition members). */
export async function listOrganisationOptions(db: Executor): Promise<OrganisationOption[]> {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      kind: organisations.kind,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export type MembershipSpell = {
  id: string;
  organisationId: string;
  slug: string;
  name: string;
  joinedOn: string | null;
  leftOn: string | null;
};

export type StaffOrganisationDetail = OrganisationIdentity & {
  website: string | null;
  description: string | null;
  declaredMembership: number | null;
  declaredMembershipLabel: string | null;
  isSample: boolean;
  /** As a coalition: its members, current first, each spell a row. */
  members: MembershipSpell[];
  /** The coalitions it belongs or belonged to. */
  coalitions: MembershipSpell[];
  leadsCampaigns: Array<{ id: string; title: string }>;
};

const currentFirst = (a: MembershipSpell, b: MembershipSpell) =>
  Number(a.leftOn !== null) - Number(b.leftOn !== null) ||
  a.name.localeCompare(b.name, "en") ||
  (a.joinedOn ?? "").localeCompare(b.joinedOn ?? "");

export async function getStaffOrganisation(
  db: Executor,
  { id }: { id: string },
): Promise<StaffOrganisationDetail | null> {
  const org = await findOrganisationProfile(db, eq(organisations.id, id));
  if (!org) return null;
  const [[members, coalitions], leads] = await Promise.all([
    loadCoalitionSpells(db, {
      organisationId: id,
      columns: {
        id: coalitionMemberships.id,
        organisationId: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        joinedOn: coalitionMemberships.joinedOn,
        leftOn: coalitionMemberships.leftOn,
      },
    }),
    db
      .select({ id: campaigns.id, title: campaigns.title })
      .from(campaignLeads)
      .innerJoin(campaigns, eq(campaigns.id, campaignLeads.campaignId))
      .where(eq(campaignLeads.organisationId, id))
      .orderBy(asc(campaigns.title)),
  ]);
  return {
    ...org,
    members: members.sort(currentFirst),
    coalitions: coalitions.sort(currentFirst),
    leadsCampaigns: leads,
  };
}

export async function getOrganisationRow(db: Executor, { id }: { id: string }): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1).for("update");
  return row ?? null;
}

/** An organisation's own fields, which the staff form's parsed input (lib/validations/campaigns) satisfies. */
export type OrganisationValues = Pick<
  Organisation,
  | "slug"
  | "name"
  | "shortName"
  | "kind"
  | "country"
  | "website"
  | "description"
  | "declaredMembership"
  | "declaredMembershipLabel"
  | "isSample"
>;

export async function insertOrganisation(
  db: Executor,
  { values }: { values: OrganisationValues },
): Promise<Organisation> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row;
}

export async function updateOrganisation(
  db: Executor,
  { id, values }: { id: string; values: Omit<OrganisationValues, "slug"> },
): Promise<Organisation> {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return row;
}

export type MembershipRow = typeof coalitionMemberships.$inferSelect;

export async function getMembershipRow(db: Executor, { id }: { id: string }): Promise<MembershipRow | null> {
  const [row] = await db
    .select()
    .from(coalitionMemberships)
    .where(eq(coalitionMemberships.id, id))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** The member's latest ended spell in this coalition, if any: a new spell may not start inside it. */
export async function getLatestLeftOn(
  db: Executor,
  { coalitionId, memberId }: { coalitionId: string; memberId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ leftOn: sql<string | null>`max(${coalitionMemberships.leftOn})::text` })
    .from(coalitionMemberships)
    .where(
      and(eq(coalitionMemberships.coalitionId, coalitionId), eq(coalitionMemberships.memberId, memberId)),
    );
  return row?.leftOn ?? null;
}

/** Members whose spell has not ended. */
export async function countCurrentMembers(
  db: Executor,
  { coalitionId }: { coalitionId: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(coalitionMemberships)
    .where(and(eq(coalitionMemberships.coalitionId, coalitionId), isNull(coalitionMemberships.leftOn)));
  return row.n;
}

export async function insertMembership(
  db: Executor,
  { coalitionId, memberId, joinedOn }: { coalitionId: string; memberId: string; joinedOn: string | null },
): Promise<MembershipRow> {
  const [row] = await db.insert(coalitionMemberships).values({ coalitionId, memberId, joinedOn }).returning();
  return row;
}

export async function endMembership(
  db: Executor,
  { id, leftOn }: { id: string; leftOn: string },
): Promise<MembershipRow> {
  const [row] = await db
    .update(coalitionMemberships)
    .set({ leftOn })
    .where(and(eq(coalitionMemberships.id, id), isNull(coalitionMemberships.leftOn)))
    .returning();
  return row;
}

export type OrganisationRefs = {
  /** Organisations whose public pages name this one: its coalitions and its members. */
  relatedSlugs: string[];
  /** Public campaigns it leads. */
  ledCampaignSlugs: string[];
  /** Public letters it signed (confirmed), whose tallies and signatory lists name it. */
  signedLetters: Array<{ campaignSlug: string; letterSlug: string }>;
};

/** The public pages besides its own that show an organisation, for cache invalidation. */
export async function loadOrganisationRefs(db: Executor, { id }: { id: string }): Promise<OrganisationRefs> {
  const isPublic = publicCampaign;
  const [related, led, signed] = await Promise.all([
    db
      .selectDistinct({ slug: organisations.slug })
      .from(coalitionMemberships)
      .innerJoin(
        organisations,
        or(
          and(eq(coalitionMemberships.coalitionId, id), eq(organisations.id, coalitionMemberships.memberId)),
          and(eq(coalitionMemberships.memberId, id), eq(organisations.id, coalitionMemberships.coalitionId)),
        ),
      ),
    db
      .select({ slug: campaigns.slug })
      .from(campaignLeads)
      .innerJoin(campaigns, eq(campaigns.id, campaignLeads.campaignId))
      .where(and(eq(campaignLeads.organisationId, id), isPublic)),
    fromSignaturesWithLetters(
      db.selectDistinct({ campaignSlug: campaigns.slug, letterSlug: letters.slug }),
    ).where(
      and(
        eq(signatures.organisationId, id),
        inArray(signatures.status, ["confirmed"]),
        ne(letters.status, "draft"),
        isPublic,
      ),
    ),
  ]);
  return {
    relatedSlugs: related.map((r) => r.slug),
    ledCampaignSlugs: led.map((r) => r.slug),
    signedLetters: signed,
  };
}
