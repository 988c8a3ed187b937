import { awaitingFeedUrls } from "@/components/timeline/feed-text";
import { getAwaitingResponse } from "@/db/queries/public-targets";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { siteUrl } from "@/lib/server/env";

/** Every letter waiting for a response, as an Atom feed (lib/feeds/awaiting-feed.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const [awaiting, locale] = await Promise.all([getAwaitingResponse(), handlerLocale(params)]);
  const feed = awaitingFeed(awaiting, awaitingFeedUrls(siteUrl(), locale), { now: new Date(), locale });
  return feedResponse(request, renderAtomFeed(feed));
}
