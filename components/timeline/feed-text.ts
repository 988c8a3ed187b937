import { getTranslations } from "next-intl/server";
import { letterStateWords } from "@/components/letter/letter-state-text";
import { timelineEntryText, timelineKindLabel } from "@/components/timeline/entry-text";
import {
  campaignFeedPath,
  campaignPath,
  campaignTimelinePath,
  letterPath,
  timelineAnchor,
} from "@/lib/domain/urls";
import type { CampaignCalendarText, CampaignCalendarUrls } from "@/lib/feeds/campaign-calendar";
import type { CampaignFeedText, CampaignFeedUrls } from "@/lib/feeds/campaign-feed";

/*
 * The words and addresses of the timeline feeds (lib/feeds/campaign-feed.ts) and the
 * calendars (lib/feeds/campaign-calendar.ts), from the message catalog, so a campaign's
 * feed and its letters' feeds, and a campaign's calendar and the whole site's, say the same.
 */

/** Absolute addresses on `site` for a campaign's feed and its letters' feeds. */
export function campaignFeedUrls(site: string, campaignSlug: string): CampaignFeedUrls {
  return {
    feed: site + campaignFeedPath(campaignSlug),
    campaign: site + campaignPath(campaignSlug),
    timeline: site + campaignTimelinePath(campaignSlug),
    letter: (letterSlug) => site + letterPath(campaignSlug, letterSlug),
    entry: (entryId) => `${site}${campaignTimelinePath(campaignSlug)}#${timelineAnchor(entryId)}`,
  };
}

export async function campaignFeedText(): Promise<CampaignFeedText> {
  const [t, meta] = await Promise.all([
    getTranslations({ locale: "en-GB", namespace: "timeline" }),
    getTranslations({ locale: "en-GB", namespace: "meta" }),
  ]);
  return {
    title: (campaign) => t("feed.title", { campaign }),
    kindLabel: (entry) => timelineKindLabel(t, entry),
    entryText: (entry) => timelineEntryText(t, entry),
    asOf: (today) => t("feed.asOf", { today }),
    retracted: t("feed.retracted"),
    source: t("feed.source"),
    authorName: meta("siteName"),
  };
}

export async function campaignCalendarText(): Promise<CampaignCalendarText> {
  const [t, state] = await Promise.all([
    getTranslations({ locale: "en-GB", namespace: "timeline" }),
    getTranslations({ locale: "en-GB", namespace: "letterState" }),
  ]);
  return {
    decisionSummary: (ask) => t("calendar.decisionSummary", { ask }),
    deadlineSummary: (letter, target) => t("calendar.deadlineSummary", { letter, target }),
    askStatus: (status) => t(`outcomes.${status}`),
    clockText: (clock) => letterStateWords(state, clock),
    addressedTo: (addressee) => t("calendar.addressedTo", { addressee }),
    campaign: (campaign) => t("calendar.campaign", { campaign }),
    retracted: (reason) => t("calendar.retracted", { reason }),
    decisionCategory: t("calendar.decisionCategory"),
    deadlineCategory: t("calendar.deadlineCategory"),
  };
}

/** Absolute addresses on `site` for the calendar's event links. */
export function campaignCalendarUrls(site: string): CampaignCalendarUrls {
  return {
    campaign: (campaignSlug) => site + campaignPath(campaignSlug),
    letter: (campaignSlug, letterSlug) => site + letterPath(campaignSlug, letterSlug),
  };
}
