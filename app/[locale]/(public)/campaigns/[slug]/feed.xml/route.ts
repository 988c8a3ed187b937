import { getTranslations } from "next-intl/server";
import { campaignFeedText, campaignFeedUrls } from "@/components/timeline/feed-text";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { campaignFeed } from "@/lib/feeds/campaign-feed";
import { feedResponse, plainNotFound } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { siteUrl } from "@/lib/server/env";

/*
 * A campaign's timeline as an Atom feed (lib/feeds/campaign-feed.ts). Public, like the
 * campaign page, and hidden exactly when it is: a draft or private campaign is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await handlerLocale(params);
  const [page, t] = await Promise.all([
    getCampaignPage(slug),
    getTranslations({ locale, namespace: "timeline" }),
  ]);
  if (!page) return plainNotFound(t("feed.noSuchCampaign"));
  const feed = campaignFeed(
    page,
    campaignFeedUrls(siteUrl(), page.campaign.slug, locale),
    await campaignFeedText(locale),
  );
  return feedResponse(request, renderAtomFeed(feed));
}
