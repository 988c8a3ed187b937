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

/** How copy names whom a campaign presses: "the government", "the UN body", "the targets"… */
export type TargetWording = "government" | "governments" | "un_body" | "company" | "target" | "targets";

/** The wording for the kinds of the targets a campaign presses: a UN body or a company is not "the government". */
export function targetWording(kinds: readonly TargetKind[]): TargetWording {
  const distinct = new Set(kinds);
  if (kinds.length === 1) return kinds[0] === "other" ? "target" : kinds[0]!;
  if (distinct.size === 1 && distinct.has("government")) return "governments";
  return "targets";
}

export const ORGANISATION_KINDS = ["ngo", "network", "coalition", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
