import { getTranslations } from "next-intl/server";
import { campaignHref, letterHref } from "@/components/campaign/hrefs";
import { getAwaitingResponse } from "@/db/queries/public-targets";
import { siteUrl } from "@/lib/server/env";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import { feedResponse } from "@/lib/feeds/respond";

/** Every letter waiting for a response, as an Atom feed (lib/feeds/awaiting-feed.ts). */
export async function GET(request: Request) {
  const [awaiting, meta] = await Promise.all([
    getAwaitingResponse(),
    getTranslations({ locale: "en-GB", namespace: "meta" }),
  ]);
  const site = siteUrl();
  const feed = awaitingFeed(
    awaiting,
    {
      feed: `${site}/awaiting-response/feed.xml`,
      page: `${site}/awaiting-response`,
      letter: (campaignSlug, letterSlug) => site + letterHref(campaignSlug, letterSlug),
      campaign: (campaignSlug) => site + campaignHref(campaignSlug),
    },
    { now: new Date(), siteName: meta("siteName") },
  );
  return feedResponse(request, renderAtomFeed(feed));
}
