import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type CampaignRouteProps, findCampaign, requireCampaign } from "@/components/campaign/campaign-route";
import { CampaignEmbed } from "@/components/embed/campaign-embed";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { routeLocale } from "@/i18n/route-locale";
import { campaignCardPath, campaignPath } from "@/lib/domain/urls";

/*
 * A campaign's widget for other sites' iframes. Cached like the campaign's page, from the
 * same data under the same tags, so a write shows in both at once.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: CampaignRouteProps): Promise<Metadata> {
  await routeLocale(params);
  const [page, t] = await Promise.all([findCampaign(params), getTranslations("embed")]);
  if (!page) return {};
  // Shared or indexed, the widget stands for the campaign's page.
  return sharedPageMetadata({
    title: t("campaignTitle", { title: page.campaign.title }),
    description: undefined,
    canonical: campaignPath(page.campaign.slug),
    card: { path: campaignCardPath(page.campaign.slug), kind: "campaign" },
  });
}

export default async function CampaignEmbedPage({ params }: CampaignRouteProps) {
  await routeLocale(params);
  return <CampaignEmbed page={await requireCampaign(params)} />;
}
