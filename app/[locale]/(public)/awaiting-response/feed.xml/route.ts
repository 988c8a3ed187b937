import { awaitingFeedUrls } from "@/components/timeline/feed-text";
import { getAwaitingResponse } from "@/db/queries/public-targets";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { routeLocale } from "@/lib/i18n/route-locale";
import { siteUrl } from "@/lib/server/env";

/** Every letter waiting for a response, as an Atom feed (lib/feeds/awaiting-feed.ts). */
export async function GET(request: Request) {
  const [awaiting, locale] = await Promise.all([getAwaitingResponse(), routeLocale()]);
  const feed = awaitingFeed(awaiting, awaitingFeedUrls(siteUrl(), locale), { now: new Date(), locale });
  return feedResponse(request, renderAtomFeed(feed));
}
