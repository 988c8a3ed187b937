import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type CampaignRouteProps, findCampaign, requireCampaign } from "@/components/campaign/campaign-route";
import { LetterBreadcrumb } from "@/components/letter/letter-breadcrumb";
import { FeedLink } from "@/components/timeline/feed-link";
import { Timeline } from "@/components/timeline/timeline";
import { ContentLanguageNote } from "@/components/translations/content-languages";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { routeLocale } from "@/i18n/route-locale";
import { campaignCardPath, campaignFeedPath, campaignPath, campaignTimelinePath } from "@/lib/domain/urls";

/*
 * A campaign's whole timeline, for campaigns whose page shows only the latest entries.
 * Cached like the campaign page, under the same tags.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: CampaignRouteProps): Promise<Metadata> {
  await routeLocale(params);
  const [page, t] = await Promise.all([findCampaign(params), getTranslations("timeline")]);
  if (!page) return {};
  return sharedPageMetadata({
    title: t("fullTitle", { campaign: page.campaign.title }),
    description: t("fullDescription", { campaign: page.campaign.title, total: page.timeline.length }),
    canonical: campaignTimelinePath(page.campaign.slug),
    card: { path: campaignCardPath(page.campaign.slug), kind: "campaign" },
    feed: {
      url: campaignFeedPath(page.campaign.slug),
      title: t("feed.linkTitle", { campaign: page.campaign.title }),
    },
  });
}

export default async function CampaignTimelinePage({ params }: CampaignRouteProps) {
  await routeLocale(params);
  const page = await requireCampaign(params);
  const t = await getTranslations("timeline");

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <LetterBreadcrumb
        crumbs={[
          { label: page.campaign.title, href: campaignPath(page.campaign.slug) },
          { label: t("heading") },
        ]}
      />
      <h1 className="mt-6 text-3xl font-bold sm:text-4xl">
        {t("fullTitle", { campaign: page.campaign.title })}
      </h1>
      <p className="mt-3 max-w-3xl text-ink-muted">{t("fullIntro")}</p>
      <ContentLanguageNote notice={page.contentNotice} className="mt-2" />
      <div className="mb-8">
        <FeedLink href={campaignFeedPath(page.campaign.slug)} label={t("feed.link")} />
      </div>
      <Timeline entries={page.timeline} campaignSlug={page.campaign.slug} sourceLabels={page.sourceLabels} />
      <p className="mt-10">
        <Link href={campaignPath(page.campaign.slug)} className="font-semibold">
          {t("backToCampaign")}
        </Link>
      </p>
    </div>
  );
}
