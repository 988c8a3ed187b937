/*
 * The states and kinds of a campaign and of those it addresses and gathers, each list
 * once: db/schema.ts builds its Postgres enums from these, and the forms, checks and
 * filters read the same lists, so adding a value is one edit (plus its migration).
 */

export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "won", "lost", "closed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_VISIBILITIES = ["public", "private"] as const;
export type CampaignVisibility = (typeof CAMPAIGN_VISIBILITIES)[number];

/** Who a campaign's letters are addressed to. */
export const TARGET_KINDS = ["government", "un_body", "company", "other"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const ORGANISATION_KINDS = ["ngo", "network", "coalition", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
