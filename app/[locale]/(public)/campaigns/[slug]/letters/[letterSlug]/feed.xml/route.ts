import { getTranslations } from "next-intl/server";
import { campaignFeedText, campaignFeedUrls } from "@/components/timeline/feed-text";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import { localePath } from "@/lib/domain/locales";
import { letterFeedPath, letterPath } from "@/lib/domain/urls";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { letterFeed } from "@/lib/feeds/campaign-feed";
import { feedResponse, plainNotFound } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { siteUrl } from "@/lib/server/env";

/*
 * One letter's story as an Atom feed (lib/feeds/campaign-feed.ts), from its campaign's
 * cached timeline. Public exactly when the letter page is: a draft letter, or a letter of
 * a campaign not public, is a 404.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; letterSlug: string }> },
) {
  const { slug, letterSlug } = await params;
  const locale = await handlerLocale(params);
  const [page, t] = await Promise.all([
    getCampaignPage(slug),
    getTranslations({ locale, namespace: "timeline" }),
  ]);
  const letter = page?.letters.find((l) => l.slug === letterSlug);
  if (!page || !letter) return plainNotFound(t("feed.noSuchLetter"));
  const site = siteUrl();
  const feed = letterFeed(
    page,
    {
      id: letter.id,
      feedTitle: t("feed.letterTitle", { letter: letter.title }),
      url: site + localePath(locale, letterPath(page.campaign.slug, letter.slug)),
      feed: site + localePath(locale, letterFeedPath(page.campaign.slug, letter.slug)),
    },
    campaignFeedUrls(site, page.campaign.slug, locale),
    await campaignFeedText(locale),
  );
  return feedResponse(request, renderAtomFeed(feed));
}
