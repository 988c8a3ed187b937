import { getTranslations } from "next-intl/server";
import { campaignCalendarText, campaignCalendarUrls } from "@/components/timeline/feed-text";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import { campaignCalendarEvents } from "@/lib/feeds/campaign-calendar";
import { renderCalendar } from "@/lib/feeds/icalendar";
import { feedResponse, ICALENDAR_TYPE, plainNotFound } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { siteUrl } from "@/lib/server/env";

/*
 * A campaign's decision points and response deadlines for calendar apps
 * (lib/feeds/campaign-calendar.ts). Public exactly when the campaign page is: a draft or
 * private campaign is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await handlerLocale(params);
  const [page, t] = await Promise.all([
    getCampaignPage(slug),
    getTranslations({ locale, namespace: "timeline" }),
  ]);
  if (!page) return plainNotFound(t("feed.noSuchCampaign"));
  const text = await campaignCalendarText(locale);
  const site = siteUrl();
  const calendar = renderCalendar({
    name: t("calendar.title", { campaign: page.campaign.title }),
    description: t("calendar.description", { campaign: page.campaign.title }),
    stamp: `${page.today}T00:00:00Z`,
    events: campaignCalendarEvents(page, campaignCalendarUrls(site, locale), text, new URL(site).host),
  });
  return feedResponse(request, calendar, ICALENDAR_TYPE);
}
