/*
 * The cache tags of public pages. Each public query is cached under the tags below,
 * and each write invalidates exactly the tags of the pages it changes.
 */
export const cacheTags = {
  /** The home page's campaign cards. */
  campaignList: "campaign-list",
  /** Every sent letter without a response, across campaigns. */
  awaiting: "awaiting-response",
  /** Per-target counts and medians. */
  targets: "targets",
  campaign: (slug: string) => `campaign:${slug}`,
  letter: (campaignSlug: string, letterSlug: string) => `letter:${campaignSlug}/${letterSlug}`,
  organisation: (slug: string) => `organisation:${slug}`,
  /**
   * Every public page: day counts ("no response for N days") change at midnight in the
   * target's time zone, with no write. Expired at each quarter hour, when some time
   * zone's date turns (lib/page-cache/day-rollover.ts).
   */
  dayRollover: "day-rollover",
} as const;

/** Tags a change to one letter's signatures or state touches. */
export function letterChangeTags({
  campaignSlug,
  letterSlug,
  organisationSlugs = [],
}: {
  campaignSlug: string;
  letterSlug: string;
  organisationSlugs?: readonly string[];
}): string[] {
  return [
    cacheTags.letter(campaignSlug, letterSlug),
    cacheTags.campaign(campaignSlug),
    cacheTags.campaignList,
    cacheTags.awaiting,
    cacheTags.targets,
    ...organisationSlugs.map(cacheTags.organisation),
  ];
}

/** How long a cached public page may live without a write, whatever else expires it. */
export const PUBLIC_REVALIDATE_SECONDS = 600;

/** unstable_cache options for public data: its own tags, and the day rollover. */
export function publicCacheOptions(...tags: string[]) {
  return { tags: [...tags, cacheTags.dayRollover], revalidate: PUBLIC_REVALIDATE_SECONDS };
}
