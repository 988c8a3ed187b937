import { getTranslations } from "next-intl/server";
import { campaignCalendarText, campaignCalendarUrls } from "@/components/timeline/feed-text";
import { getCampaignPage, getHomeCampaigns } from "@/db/queries/public-campaigns";
import { todayIn } from "@/lib/domain/deadlines";
import { campaignCalendarEvents } from "@/lib/feeds/campaign-calendar";
import { compareCalendarEvents, renderCalendar } from "@/lib/feeds/icalendar";
import { feedResponse, ICALENDAR_TYPE } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { siteUrl } from "@/lib/server/env";

/*
 * Every public campaign's decision points and response deadlines in one calendar, from
 * the same cached campaign pages as the per-campaign calendars: a write that changes a
 * campaign's page changes this calendar too.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const campaigns = await getHomeCampaigns();
  const pages = (await Promise.all(campaigns.map((c) => getCampaignPage(c.slug)))).flatMap((page) =>
    page ? [page] : [],
  );
  const locale = await handlerLocale(params);
  const [t, meta, text] = await Promise.all([
    getTranslations({ locale, namespace: "timeline" }),
    getTranslations({ locale, namespace: "meta" }),
    campaignCalendarText(locale),
  ]);
  const site = siteUrl();
  const urls = campaignCalendarUrls(site, locale);
  const host = new URL(site).host;
  const calendar = renderCalendar({
    name: t("calendar.siteTitle", { site: meta("siteName") }),
    description: t("calendar.siteDescription"),
    stamp: `${todayIn("UTC", new Date())}T00:00:00Z`,
    events: pages
      .flatMap((page) => campaignCalendarEvents(page, urls, text, host))
      .sort(compareCalendarEvents),
  });
  return feedResponse(request, calendar, ICALENDAR_TYPE);
}
