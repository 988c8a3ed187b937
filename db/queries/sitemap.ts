import "server-only";
import { asc, eq } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { type Executor, getDb } from "@/db";
import { campaigns, letters, organisations, resolutions, states, targets } from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import { publicCampaign, publicLetter, publicTarget } from "./public-visibility";

/*
 * Every public record's page, for sitemap.xml: campaigns and letters visitors may see
 * (no drafts, no private campaigns), organisations, targets a public campaign or letter
 * names, resolution lines and states. Plain JSON: it is cached.
 */

export type SitemapRecords = {
  campaigns: Array<{ slug: string; updatedAt: string }>;
  letters: Array<{ campaignSlug: string; slug: string; updatedAt: string }>;
  organisations: Array<{ slug: string; updatedAt: string }>;
  targets: Array<{ slug: string; updatedAt: string }>;
  resolutions: Array<{ slug: string }>;
  states: Array<{ iso3: string }>;
};

export async function loadSitemapRecords(db: Executor): Promise<SitemapRecords> {
  const [campaignRows, letterRows, organisationRows, targetRows, resolutionRows, stateRows] =
    await Promise.all([
      db
        .select({ slug: campaigns.slug, updatedAt: campaigns.updatedAt })
        .from(campaigns)
        .where(publicCampaign)
        .orderBy(asc(campaigns.slug)),
      db
        .select({ campaignSlug: campaigns.slug, slug: letters.slug, updatedAt: letters.updatedAt })
        .from(letters)
        .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
        .where(publicLetter)
        .orderBy(asc(campaigns.slug), asc(letters.slug)),
      db
        .select({ slug: organisations.slug, updatedAt: organisations.updatedAt })
        .from(organisations)
        .orderBy(asc(organisations.slug)),
      db
        .select({ slug: targets.slug, updatedAt: targets.updatedAt })
        .from(targets)
        .where(publicTarget)
        .orderBy(asc(targets.slug)),
      db.select({ slug: resolutions.slug }).from(resolutions).orderBy(asc(resolutions.slug)),
      db.select({ iso3: states.iso3 }).from(states).orderBy(asc(states.iso3)),
    ]);
  const stamped = <T extends { updatedAt: Date }>(rows: T[]) =>
    rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  return {
    campaigns: stamped(campaignRows),
    letters: stamped(letterRows),
    organisations: stamped(organisationRows),
    targets: stamped(targetRows),
    resolutions: resolutionRows,
    states: stateRows,
  };
}

/**
 * The sitemap's records, cached until a campaign, letter, target, resolution line or
 * state list changes, and at most 10 minutes (a new organisation shows by then).
 */
export const getSitemapRecords = unstable_cache(
  () => loadSitemapRecords(getDb()),
  ["public-sitemap"],
  publicCacheOptions(
    cacheTags.campaignList,
    cacheTags.targets,
    cacheTags.resolutionList,
    cacheTags.stateList,
  ),
);
