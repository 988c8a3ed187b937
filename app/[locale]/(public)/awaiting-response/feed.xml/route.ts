import { getTranslations } from "next-intl/server";
import { getAwaitingResponse } from "@/db/queries/public-targets";
import { AWAITING_FEED_PATH, AWAITING_PATH, campaignPath, letterPath } from "@/lib/domain/urls";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { siteUrl } from "@/lib/server/env";

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
      feed: site + AWAITING_FEED_PATH,
      page: site + AWAITING_PATH,
      letter: (campaignSlug, letterSlug) => site + letterPath(campaignSlug, letterSlug),
      campaign: (campaignSlug) => site + campaignPath(campaignSlug),
    },
    { now: new Date(), siteName: meta("siteName") },
  );
  return feedResponse(request, renderAtomFeed(feed));
}
