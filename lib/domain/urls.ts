/*
 * The public site's addresses, built in one place. Every slug or id is encoded as a path
 * segment: a slug of letters from another script ("북한-인권") or a typed-in id can
 * never break out of its segment. Ordinary slugs ([a-z0-9-]) come out unchanged.
 * Paths are site-relative; feeds and e-mails put siteUrl() in front.
 */

// A type only: the states module carries the country data, which must not reach a client bundle.
import type { RegionalGroup } from "@/lib/domain/un/states";

const segment = encodeURIComponent;

export const TARGETS_PATH = "/targets";
export const AWAITING_PATH = "/awaiting-response";
export const AWAITING_FEED_PATH = `${AWAITING_PATH}/feed.xml`;
/** Every public campaign's decision points and response deadlines, for calendar apps. */
export const CALENDAR_PATH = "/calendar.ics";
export const RESOLUTIONS_PATH = "/resolutions";
export const STATES_PATH = "/states";
export const SEARCH_PATH = "/search";
/** The public API's documentation, built from its OpenAPI document. */
export const DEVELOPERS_PATH = "/developers";
/** The public API (lib/api), versioned. */
export const API_V1_PATH = "/api/v1";
export const OPENAPI_PATH = `${API_V1_PATH}/openapi.json`;

/**
 * The language control's address (app/language/route.ts): it remembers the language
 * chosen and leads to the same page in it. `path` is the page's address without a
 * language, with its query.
 */
export const LANGUAGE_PATH = "/language";

export function languageSwitchPath(to: string, path: string): string {
  return `${LANGUAGE_PATH}?${new URLSearchParams({ to, path }).toString()}`;
}

/** Where signing in leads when no page asked for it: staff to their dashboard, members to their account. */
export const SIGNED_IN_PATH = "/account/start";

/**
 * A page to return to after signing in, when it is a path on this site: "/x" yes;
 * "//evil.example", "/\\evil.example", full URLs and control characters no (null).
 * Characters outside printable ASCII are percent-encoded, as a Location header needs.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    return value.replace(/[^\u0021-\u007e]+/gu, (run) => encodeURI(run));
  } catch {
    // A lone surrogate cannot be encoded: not an address anyone typed.
    return null;
  }
}

export function campaignPath(campaignSlug: string): string {
  return `/campaigns/${segment(campaignSlug)}`;
}

/** The full timeline (the campaign page shows its latest entries). */
export function campaignTimelinePath(campaignSlug: string): string {
  return `${campaignPath(campaignSlug)}/timeline`;
}

/** The campaign's timeline as an Atom feed. */
export function campaignFeedPath(campaignSlug: string): string {
  return `${campaignPath(campaignSlug)}/feed.xml`;
}

/** The campaign's decision points and response deadlines as an iCalendar feed. */
export function campaignCalendarPath(campaignSlug: string): string {
  return `${campaignPath(campaignSlug)}/calendar.ics`;
}

/** The fragment that names one timeline entry ("event-<id>"), on the campaign and timeline pages. */
export function timelineAnchor(entryId: string): string {
  return entryId.replace(":", "-");
}

/** Where a campaign's letters live; the staff letter form shows it before the slug. */
export function campaignLettersPrefix(campaignSlug: string): string {
  return `${campaignPath(campaignSlug)}/letters/`;
}

export function letterPath(campaignSlug: string, letterSlug: string): string {
  return `${campaignLettersPrefix(campaignSlug)}${segment(letterSlug)}`;
}

/** One letter's story as an Atom feed: opened, sent, answered or not. */
export function letterFeedPath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/feed.xml`;
}

export function letterSignPath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/sign`;
}

export function letterPrintPath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/print`;
}

export function letterSignatoriesPath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/signatories`;
}

/** Where every page meant for other sites' iframes lives: the only addresses they may frame. */
export const EMBED_PATH_PREFIX = "/embed/";

/**
 * The script the embed snippet loads beside its iframe: it sizes each widget's iframe to
 * the widget's content (public/embed.js).
 */
export const EMBED_SIZER_PATH = "/embed.js";

/** The one script of the site's plain pages: what they do with script (public/enhance.js, lib/server/plain-page.ts). */
export const ENHANCE_SCRIPT_PATH = "/enhance.js";

/** The script every widget loads: it tells the page framing it its height, when asked (public/embed-frame.js). */
export const EMBED_FRAME_SCRIPT_PATH = "/embed-frame.js";

/** A campaign's widget for other sites: its status, asks and silences, at a size for an iframe. */
export function campaignEmbedPath(campaignSlug: string): string {
  return `${EMBED_PATH_PREFIX.slice(0, -1)}${campaignPath(campaignSlug)}`;
}

/** A letter's widget for other sites: its tally, state and a link to sign. */
export function letterEmbedPath(campaignSlug: string, letterSlug: string): string {
  return `${EMBED_PATH_PREFIX.slice(0, -1)}${letterPath(campaignSlug, letterSlug)}`;
}

/** The picture a shared link to any page shows, unless the page has its own. */
export const SITE_CARD_PATH = "/share-card.png";

/** The picture a shared link to a campaign's pages shows: its status and longest silence. */
export function campaignCardPath(campaignSlug: string): string {
  return `${campaignPath(campaignSlug)}/share-card.png`;
}

/** The picture a shared link to a letter's pages shows: its state, day count and tally. */
export function letterCardPath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/share-card.png`;
}

/** A letter's state as an SVG badge, for READMEs and websites. */
export function letterBadgePath(campaignSlug: string, letterSlug: string): string {
  return `${letterPath(campaignSlug, letterSlug)}/badge.svg`;
}

export function organisationPath(organisationSlug: string): string {
  return `/organisations/${segment(organisationSlug)}`;
}

/** A target's page: its figures and the public letters addressed to it. */
export function targetPath(targetSlug: string): string {
  return `${TARGETS_PATH}/${segment(targetSlug)}`;
}

/** The single-use link in a confirmation e-mail (tokens are base64url, unchanged by encoding). */
export function confirmPath(token: string): string {
  return `/confirm/${segment(token)}`;
}

/** Where anyone asks what the site holds about their e-mail address, and gets a link to see it. */
export const YOUR_DATA_PATH = "/your-data";

/** What the site holds about one address, opened by the link every e-mail carries. */
export function yourDataPath(token: string): string {
  return `${YOUR_DATA_PATH}/${segment(token)}`;
}

export const SIGN_IN_PATH = "/sign-in";
/** The account page, saying that the password has just been changed. */
export const PASSWORD_CHANGED_PATH = "/account?password=changed";
export const FORGOT_PASSWORD_PATH = "/forgot-password";

/** The single-use link that confirms a new account's address. */
export function confirmAccountPath(token: string): string {
  return `/sign-up/confirm/${segment(token)}`;
}

/** The single-use link that sets a new password. */
export function resetPasswordPath(token: string): string {
  return `${FORGOT_PASSWORD_PATH}/${segment(token)}`;
}

/** A letter's public signatory list as CSV: public fields of listed signatories only. */
export function signatoriesCsvPath(letterId: string): string {
  return `/api/letters/${segment(letterId)}/signatories.csv`;
}

/** A letter's public signatory list as JSON, to download: the API's whole-list resource. */
export function signatoriesJsonPath(campaignSlug: string, letterSlug: string): string {
  return `${API_V1_PATH}/campaigns/${segment(campaignSlug)}/letters/${segment(letterSlug)}/signatories.json`;
}

/** The staff export of a letter's signatures: every field, e-mail addresses included. */
export function staffSignaturesExportPath(letterId: string): string {
  return `/api/staff/letters/${segment(letterId)}/export`;
}

/** The regional groups in addresses, by the names the UN's own documents use. */
const REGIONAL_GROUP_SEGMENTS: Readonly<Record<RegionalGroup, string>> = {
  african: "african",
  asia_pacific: "asia-pacific",
  eastern_european: "eastern-european",
  latin_american_caribbean: "grulac",
  western_european_others: "weog",
};

/** A resolution line's page: its states × sessions matrix. */
export function resolutionPath(resolutionSlug: string): string {
  return `${RESOLUTIONS_PATH}/${segment(resolutionSlug)}`;
}

/** Every change in a line's co-sponsors, session by session, with dates and sources. */
export function resolutionChangesPath(resolutionSlug: string): string {
  return `${resolutionPath(resolutionSlug)}/changes`;
}

/**
 * Where the regional-group filter's form sends its choice (?group=weog): a redirect to
 * the group's own page, so every view of the matrix is a page the cache can keep.
 */
export function resolutionGroupFilterPath(resolutionSlug: string): string {
  return `${resolutionPath(resolutionSlug)}/groups`;
}

/** The matrix narrowed to one UN regional group's states. */
export function resolutionGroupPath(resolutionSlug: string, group: RegionalGroup): string {
  return `${resolutionGroupFilterPath(resolutionSlug)}/${REGIONAL_GROUP_SEGMENTS[group]}`;
}

/** The regional group an address segment (or the filter's ?group=) names, or null. */
export function regionalGroupFromSegment(value: string): RegionalGroup | null {
  const found = Object.entries(REGIONAL_GROUP_SEGMENTS).find(([, name]) => name === value);
  return found ? (found[0] as RegionalGroup) : null;
}

/** The address segment of a regional group: "weog". */
export function regionalGroupSegment(group: RegionalGroup): string {
  return REGIONAL_GROUP_SEGMENTS[group];
}

/** A state's page, by its ISO 3166-1 alpha-3 code in lower case: "/states/kor". */
export function statePath(iso3: string): string {
  return `${STATES_PATH}/${segment(iso3.toLowerCase())}`;
}

/** The state code a state page's address names ("kor" or "KOR" → "KOR"), or null when it cannot be one. */
export function iso3FromSegment(value: string): string | null {
  return /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : null;
}

/** Where the follow form posts (a route handler: the form sits on cached pages). */
export const FOLLOW_REQUEST_PATH = "/follow/request";
/** "Check your inbox", after asking to follow. */
export const FOLLOW_SENT_PATH = "/follow/sent";
/** Asking for a link to manage one's subscriptions. */
export const SUBSCRIPTIONS_PATH = "/subscriptions";

/** The follow form on a page of its own, for a campaign or one of its letters (where a refused request lands). */
export function followPagePath(campaignSlug: string, letterSlug?: string | null): string {
  const query = new URLSearchParams({
    campaign: campaignSlug,
    ...(letterSlug ? { letter: letterSlug } : {}),
  });
  return `/follow?${query.toString()}`;
}

/** The single-use link that confirms a follow. */
export function followConfirmPath(token: string): string {
  return `/follow/confirm/${segment(token)}`;
}

/** The e-mailed link that opens an address's subscriptions. */
export function manageSubscriptionsPath(token: string): string {
  return `${SUBSCRIPTIONS_PATH}/${segment(token)}`;
}

/** A notification's unsubscribe page: a button, never an unsubscription on GET. */
export function unsubscribePath(token: string): string {
  return `/unsubscribe/${segment(token)}`;
}

/** A notification's List-Unsubscribe address: a mail client's one-click POST (RFC 8058). */
export function oneClickUnsubscribePath(token: string): string {
  return `/api/unsubscribe/${segment(token)}`;
}
