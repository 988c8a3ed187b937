import { getTranslations } from "next-intl/server";
import { timelineEntryText, timelineKindLabel } from "@/components/timeline/entry-text";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import {
  campaignFeedPath,
  campaignPath,
  campaignTimelinePath,
  letterPath,
  timelineAnchor,
} from "@/lib/domain/urls";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { campaignFeed } from "@/lib/feeds/campaign-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { siteUrl } from "@/lib/server/env";

/*
 * A campaign's timeline as an Atom feed (lib/feeds/campaign-feed.ts). Public, like the
 * campaign page, and hidden exactly when it is: a draft or private campaign is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await getCampaignPage(slug);
  if (!page) {
    return new Response("No such campaign.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const [t, meta] = await Promise.all([
    getTranslations({ locale: "en-GB", namespace: "timeline" }),
    getTranslations({ locale: "en-GB", namespace: "meta" }),
  ]);
  const site = siteUrl();
  const feed = campaignFeed(
    page,
    {
      feed: site + campaignFeedPath(page.campaign.slug),
      campaign: site + campaignPath(page.campaign.slug),
      timeline: site + campaignTimelinePath(page.campaign.slug),
      letter: (letterSlug) => site + letterPath(page.campaign.slug, letterSlug),
      entry: (entryId) => `${site}${campaignTimelinePath(page.campaign.slug)}#${timelineAnchor(entryId)}`,
    },
    {
      title: (campaign) => t("feed.title", { campaign }),
      kindLabel: (entry) => timelineKindLabel(t, entry),
      entryText: (entry) => timelineEntryText(t, entry),
      asOf: (today) => t("feed.asOf", { today }),
      retracted: t("feed.retracted"),
      source: t("feed.source"),
      authorName: meta("siteName"),
    },
  );
  return feedResponse(request, renderAtomFeed(feed));
}
