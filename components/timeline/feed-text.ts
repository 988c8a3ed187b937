import { getTranslations } from "next-intl/server";
import { letterStateWords } from "@/components/letter/letter-state-text";
import { timelineEntryText, timelineKindLabel } from "@/components/timeline/entry-text";
import { type Locale, localePath } from "@/lib/domain/locales";
import {
  AWAITING_FEED_PATH,
  AWAITING_PATH,
  campaignFeedPath,
  campaignPath,
  campaignTimelinePath,
  letterPath,
  timelineAnchor,
} from "@/lib/domain/urls";
import type { AwaitingFeedUrls } from "@/lib/feeds/awaiting-feed";
import type { CampaignCalendarText, CampaignCalendarUrls } from "@/lib/feeds/campaign-calendar";
import type { CampaignFeedText, CampaignFeedUrls } from "@/lib/feeds/campaign-feed";

/*
 * The words and addresses of the timeline feeds (lib/feeds/campaign-feed.ts), the
 * awaiting-response feed (lib/feeds/awaiting-feed.ts) and the calendars
 * (lib/feeds/campaign-calendar.ts), from the message catalog, so a campaign's feed and its
 * letters' feeds, and a campaign's calendar and the whole site's, say the same. Each is
 * in the language of its own address, and links to the pages in that language.
 */

/** Absolute addresses on `site`, in `locale`, for a campaign's feed and its letters' feeds. */
export function campaignFeedUrls(site: string, campaignSlug: string, locale: Locale): CampaignFeedUrls {
  const at = (path: string) => site + localePath(locale, path);
  return {
    feed: at(campaignFeedPath(campaignSlug)),
    campaign: at(campaignPath(campaignSlug)),
    timeline: at(campaignTimelinePath(campaignSlug)),
    letter: (letterSlug) => at(letterPath(campaignSlug, letterSlug)),
    entry: (entryId) => `${at(campaignTimelinePath(campaignSlug))}#${timelineAnchor(entryId)}`,
  };
}

export async function campaignFeedText(locale: Locale): Promise<CampaignFeedText> {
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: "timeline" }),
    getTranslations({ locale, namespace: "meta" }),
  ]);
  return {
    locale,
    title: (campaign) => t("feed.title", { campaign }),
    kindLabel: (entry) => timelineKindLabel(t, entry),
    entryText: (entry) => timelineEntryText(t, entry, locale),
    asOf: (today) => t("feed.asOf", { today }),
    retracted: t("feed.retracted"),
    source: t("feed.source"),
    authorName: meta("siteName"),
  };
}

/** Absolute addresses on `site`, in `locale`, for the awaiting-response feed. */
export function awaitingFeedUrls(site: string, locale: Locale): AwaitingFeedUrls {
  const at = (path: string) => site + localePath(locale, path);
  return {
    feed: at(AWAITING_FEED_PATH),
    page: at(AWAITING_PATH),
    letter: (campaignSlug, letterSlug) => at(letterPath(campaignSlug, letterSlug)),
    campaign: (campaignSlug) => at(campaignPath(campaignSlug)),
  };
}

export async function campaignCalendarText(locale: Locale): Promise<CampaignCalendarText> {
  const [t, state] = await Promise.all([
    getTranslations({ locale, namespace: "timeline" }),
    getTranslations({ locale, namespace: "letterState" }),
  ]);
  return {
    decisionSummary: (ask) => t("calendar.decisionSummary", { ask }),
    deadlineSummary: (letter, target) => t("calendar.deadlineSummary", { letter, target }),
    askStatus: (status) => t(`outcomes.${status}`),
    clockText: (clock) => letterStateWords(state, locale, clock),
    addressedTo: (addressee) => t("calendar.addressedTo", { addressee }),
    campaign: (campaign) => t("calendar.campaign", { campaign }),
    retracted: (reason) => t("calendar.retracted", { reason }),
    decisionCategory: t("calendar.decisionCategory"),
    deadlineCategory: t("calendar.deadlineCategory"),
  };
}

/** Absolute addresses on `site`, in `locale`, for the calendar's event links. */
export function campaignCalendarUrls(site: string, locale: Locale): CampaignCalendarUrls {
  const at = (path: string) => site + localePath(locale, path);
  return {
    campaign: (campaignSlug) => at(campaignPath(campaignSlug)),
    letter: (campaignSlug, letterSlug) => at(letterPath(campaignSlug, letterSlug)),
  };
}
