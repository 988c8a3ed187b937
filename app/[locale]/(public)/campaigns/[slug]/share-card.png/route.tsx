import { getTranslations } from "next-intl/server";
import { CAMPAIGN_STATUS_TONE } from "@/components/campaign/campaign-status-badge";
import { shareCardResponse } from "@/components/share/share-card";
import { getCampaignPage } from "@/db/queries/public-campaigns";
import { handlerLocale } from "@/lib/i18n/handler-locale";

/*
 * The campaign's share card (og:image of its pages: sharedPageMetadata): its status and
 * its longest silence. Drawn on request (never at build time, which has no database) from
 * the campaign page's cached data.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await getCampaignPage(slug);
  if (!page) return new Response(null, { status: 404 });
  const locale = await handlerLocale(params);
  const [t, tMeta, tState, tCore] = await Promise.all([
    getTranslations({ locale, namespace: "share" }),
    getTranslations({ locale, namespace: "meta" }),
    getTranslations({ locale, namespace: "letterState" }),
    getTranslations({ locale, namespace: "campaign" }),
  ]);
  const { campaign, strip } = page;
  const longest = strip.overdueLetters.reduce<(typeof strip.overdueLetters)[number] | null>(
    (a, b) => (a === null || b.daysWithoutResponse > a.daysWithoutResponse ? b : a),
    null,
  );
  const asks = page.asks.filter((ask) => !ask.retracted);
  const met = asks.filter((ask) => ask.outcome === "met").length;
  const statusWord = tCore(`status.${strip.status}`);
  return shareCardResponse({
    siteName: tMeta("siteName"),
    eyebrow: t("campaignEyebrow", { target: page.target.name }),
    title: campaign.title,
    status: longest
      ? tState("overdue", {
          days: longest.daysWithoutResponse,
          approximate: longest.approximate ? "yes" : "no",
        })
      : statusWord,
    tone: longest ? "danger" : CAMPAIGN_STATUS_TONE[strip.status],
    detail: [longest ? statusWord : null, asks.length > 0 ? t("asksMet", { met, total: asks.length }) : null]
      .filter(Boolean)
      .join(" · "),
    figure: longest
      ? {
          value: t("days", { days: longest.daysWithoutResponse }),
          caption: t("daysCaption", {
            days: longest.daysWithoutResponse,
            approximate: longest.approximate ? "yes" : "no",
          }),
        }
      : undefined,
  });
}
