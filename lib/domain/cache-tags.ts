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
  /** Every organisation, with its current members and coalitions and its letters signed counted. */
  organisationList: "organisation-list",
  /** The list of resolution lines, with each one's latest totals. */
  resolutionList: "resolution-list",
  /** A resolution line's page: its matrix of states and sessions. */
  resolution: (slug: string) => `resolution:${slug}`,
  /**
   * What the positions on one resolution text decide: the campaign pages whose asks are
   * linked to it (their outcomes per state are derived from those positions).
   */
  resolutionText: (id: string) => `resolution-text:${id}`,
  /** The list of states, with how many positions each has on record. */
  stateList: "state-list",
  /** A state's page: its positions, and the letters addressed to it. */
  state: (iso3: string) => `state:${iso3.toUpperCase()}`,
  /**
   * Every public page: day counts ("no response for N days") change at midnight in the
   * target's time zone, with no write. Expired at each quarter hour, when some time
   * zone's date turns (lib/page-cache/day-rollover.ts).
   */
  dayRollover: "day-rollover",
  /**
   * Pages and data for an arbitrary search or page number (a letter's signatory list):
   * there is no end to them, so the page cache keeps them within a size cap of their
   * own (SEARCH_RESULTS_TAG in lib/page-cache/handler.mjs, the same string), and a flood
   * of searches cannot push every other page out.
   */
  searchResults: "search-results",
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
    // The list counts each organisation's letters signed.
    ...(organisationSlugs.length > 0 ? [cacheTags.organisationList] : []),
  ];
}

/**
 * Tags a change to positions on a resolution text touches: the line's page and the list,
 * each state's page, the campaigns whose asks or targets the change concerns, and the
 * pages of asks linked to the texts (cacheTags.resolutionText).
 */
export function positionChangeTags({
  resolutionSlug,
  textIds = [],
  stateIso3s = [],
  campaignSlugs = [],
}: {
  resolutionSlug: string;
  textIds?: readonly string[];
  stateIso3s?: readonly string[];
  campaignSlugs?: readonly string[];
}): string[] {
  return [
    cacheTags.resolution(resolutionSlug),
    cacheTags.resolutionList,
    cacheTags.stateList,
    ...textIds.map(cacheTags.resolutionText),
    ...stateIso3s.map(cacheTags.state),
    ...campaignSlugs.map(cacheTags.campaign),
  ];
}

/** How long a cached public page may live without a write, whatever else expires it. */
export const PUBLIC_REVALIDATE_SECONDS = 600;

/** unstable_cache options for public data: its own tags, and the day rollover. */
export function publicCacheOptions(...tags: string[]) {
  return { tags: [...tags, cacheTags.dayRollover], revalidate: PUBLIC_REVALIDATE_SECONDS };
}
