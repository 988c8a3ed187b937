import { and, eq, ne, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, letters, organisations } from "@/db/schema";

/*
 * What visitors may see, in one place: the public pages' queries and the server's check
 * for missing pages (lib/page-cache/missing-pages.ts) use these. No "server-only" here:
 * `npm start` runs that check before handing a request to Next.
 */

/** A campaign visitors may see: public and published. */
export const publicCampaign: SQL = and(eq(campaigns.visibility, "public"), ne(campaigns.status, "draft"))!;

/** A letter visitors may see (with campaigns joined): not a draft, in a campaign they may see. */
export const publicLetter: SQL = and(ne(letters.status, "draft"), publicCampaign)!;

export type PublicPageAddress =
  | { kind: "campaign"; campaignSlug: string }
  | { kind: "letter"; campaignSlug: string; letterSlug: string }
  | { kind: "organisation"; organisationSlug: string };

/** Whether the campaign, letter or organisation a public page shows exists for visitors. */
export async function publicPageExists(db: Executor, address: PublicPageAddress): Promise<boolean> {
  if (address.kind === "organisation") {
    const rows = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, address.organisationSlug))
      .limit(1);
    return rows.length > 0;
  }
  if (address.kind === "campaign") {
    const rows = await db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.slug, address.campaignSlug), publicCampaign))
      .limit(1);
    return rows.length > 0;
  }
  const rows = await db
    .select({ id: letters.id })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(campaigns.slug, address.campaignSlug), eq(letters.slug, address.letterSlug), publicLetter))
    .limit(1);
  return rows.length > 0;
}
