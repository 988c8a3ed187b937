import { getTranslations } from "next-intl/server";
import {
  campaignFeedHref,
  campaignHref,
  letterHref,
  timelineAnchor,
  timelineHref,
} from "@/components/campaign/hrefs";
import { timelineKindLabel } from "@/components/timeline/kind-label";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import { siteUrl } from "@/lib/server/env";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { campaignFeed } from "@/lib/feeds/campaign-feed";
import { feedResponse } from "@/lib/feeds/respond";

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
      feed: site + campaignFeedHref(page.campaign.slug),
      campaign: site + campaignHref(page.campaign.slug),
      timeline: site + timelineHref(page.campaign.slug),
      letter: (letterSlug) => site + letterHref(page.campaign.slug, letterSlug),
      entry: (entryId) => `${site}${timelineHref(page.campaign.slug)}#${timelineAnchor(entryId)}`,
    },
    {
      title: (campaign) => t("feed.title", { campaign }),
      kindLabel: (entry) => timelineKindLabel(t, entry),
      asOf: (today) => t("feed.asOf", { today }),
      retracted: t("feed.retracted"),
      source: t("feed.source"),
      authorName: meta("siteName"),
    },
  );
  return feedResponse(request, renderAtomFeed(feed));
}
