/** Where a campaign's public page lives. */
export function campaignHref(campaignSlug: string): string {
  return `/campaigns/${campaignSlug}`;
}

/** Where a letter's public page lives. */
export function letterHref(campaignSlug: string, letterSlug: string): string {
  return `${campaignHref(campaignSlug)}/letters/${letterSlug}`;
}

/** Where an organisation's public page lives. */
export function organisationHref(organisationSlug: string): string {
  return `/organisations/${organisationSlug}`;
}

/** Where a campaign's full timeline lives (the campaign page shows its latest entries). */
export function timelineHref(campaignSlug: string): string {
  return `${campaignHref(campaignSlug)}/timeline`;
}

/** The fragment that names one timeline entry ("event-<id>"), on the campaign and timeline pages. */
export function timelineAnchor(entryId: string): string {
  return entryId.replace(":", "-");
}

/** Where a campaign's timeline is published as an Atom feed. */
export function campaignFeedHref(campaignSlug: string): string {
  return `${campaignHref(campaignSlug)}/feed.xml`;
}
