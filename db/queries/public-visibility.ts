import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  campaigns,
  campaignTargets,
  letters,
  letterTargets,
  organisations,
  resolutions,
  states,
  targets,
} from "@/db/schema";
import { isPossibleSlug } from "@/lib/domain/text";
import { iso3FromSegment, regionalGroupFromSegment } from "@/lib/domain/urls";

/*
 * What visitors may see, in one place: the public pages' queries and the server's check
 * for missing pages (lib/page-cache/missing-pages.ts) use these. No "server-only" here:
 * `npm start` runs that check before handing a request to Next.
 */

/** A campaign visitors may see: public and published. */
export const publicCampaign: SQL = and(eq(campaigns.visibility, "public"), ne(campaigns.status, "draft"))!;

/** A letter visitors may see (with campaigns joined): not a draft, in a campaign they may see. */
export const publicLetter: SQL = and(ne(letters.status, "draft"), publicCampaign)!;

/**
 * A target visitors may see (in the where of a select from targets): one a public campaign presses (as
 * its main target or one of its targets), or one a public letter is addressed to. A
 * target only a draft or private campaign names has no public page.
 */
export const publicTarget: SQL = sql`(exists (select 1 from ${campaigns}
    where ${publicCampaign} and (${campaigns.targetId} = ${targets.id}
      or exists (select 1 from ${campaignTargets}
        where ${campaignTargets.campaignId} = ${campaigns.id} and ${campaignTargets.targetId} = ${targets.id})))
  or exists (select 1 from ${letterTargets}
    inner join ${letters} on ${letters.id} = ${letterTargets.letterId}
    inner join ${campaigns} on ${campaigns.id} = ${letters.campaignId}
    where ${letterTargets.targetId} = ${targets.id} and ${publicLetter}))`;

/**
 * Whether slugs taken from an address could name anything stored. The public pages'
 * loaders and publicPageExists ask this first: a slug with U+0000 or another control
 * character, or longer than any stored one, is simply not found (a 404), never a query
 * that fails, a cache entry or a cache tag.
 */
export function possibleSlugs(...slugs: string[]): boolean {
  return slugs.every(isPossibleSlug);
}

export type PublicPageAddress =
  | { kind: "campaign"; campaignSlug: string }
  | { kind: "letter"; campaignSlug: string; letterSlug: string }
  | { kind: "organisation"; organisationSlug: string }
  /** A resolution line's page, or its matrix narrowed to a regional group ("weog"). */
  | { kind: "resolution"; resolutionSlug: string; group?: string }
  /** A state's page: its ISO alpha-3 code as typed ("kor"). */
  | { kind: "state"; iso3: string }
  /** A target's page: its slug. */
  | { kind: "target"; targetSlug: string };

/** Whether a row of `table` has this slug (and meets `visible`). */
async function slugExists(
  db: Executor,
  table: typeof resolutions | typeof organisations | typeof campaigns,
  slug: string,
  visible?: SQL,
): Promise<boolean> {
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.slug, slug), visible))
    .limit(1);
  return rows.length > 0;
}

/** Whether the campaign, letter, organisation, resolution line or state a public page shows exists for visitors. */
export async function publicPageExists(db: Executor, address: PublicPageAddress): Promise<boolean> {
  // The UN record is public as a whole: a line or state exists for visitors once it is stored.
  if (address.kind === "resolution") {
    if (!possibleSlugs(address.resolutionSlug)) return false;
    if (address.group !== undefined && regionalGroupFromSegment(address.group) === null) return false;
    return slugExists(db, resolutions, address.resolutionSlug);
  }
  if (address.kind === "state") {
    const iso3 = iso3FromSegment(address.iso3);
    if (!iso3) return false;
    const rows = await db.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3)).limit(1);
    return rows.length > 0;
  }
  if (address.kind === "target") {
    if (!possibleSlugs(address.targetSlug)) return false;
    const rows = await db
      .select({ id: targets.id })
      .from(targets)
      .where(and(eq(targets.slug, address.targetSlug), publicTarget))
      .limit(1);
    return rows.length > 0;
  }
  if (address.kind === "organisation") {
    if (!possibleSlugs(address.organisationSlug)) return false;
    return slugExists(db, organisations, address.organisationSlug);
  }
  if (address.kind === "campaign") {
    if (!possibleSlugs(address.campaignSlug)) return false;
    return slugExists(db, campaigns, address.campaignSlug, publicCampaign);
  }
  if (!possibleSlugs(address.campaignSlug, address.letterSlug)) return false;
  const rows = await db
    .select({ id: letters.id })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(campaigns.slug, address.campaignSlug), eq(letters.slug, address.letterSlug), publicLetter))
    .limit(1);
  return rows.length > 0;
}
