import { and, eq, ne, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, letters, organisations } from "@/db/schema";
import { isPossibleSlug } from "@/lib/domain/text";

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
  | { kind: "organisation"; organisationSlug: string };

/** Whether the campaign, letter or organisation a public page shows exists for visitors. */
export async function publicPageExists(db: Executor, address: PublicPageAddress): Promise<boolean> {
  if (address.kind === "organisation") {
    if (!possibleSlugs(address.organisationSlug)) return false;
    const rows = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, address.organisationSlug))
      .limit(1);
    return rows.length > 0;
  }
  if (address.kind === "campaign") {
    if (!possibleSlugs(address.campaignSlug)) return false;
    const rows = await db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.slug, address.campaignSlug), publicCampaign))
      .limit(1);
    return rows.length > 0;
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
