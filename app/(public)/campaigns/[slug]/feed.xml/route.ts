import { campaignFeedText, campaignFeedUrls } from "@/components/timeline/feed-text";
import { getCampaignPage } from "@/db/queries/public-campaigns";
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
  const feed = campaignFeed(page, campaignFeedUrls(siteUrl(), page.campaign.slug), await campaignFeedText());
  return feedResponse(request, renderAtomFeed(feed));
}
