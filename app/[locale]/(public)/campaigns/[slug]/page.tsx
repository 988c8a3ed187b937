import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AskList } from "@/components/campaign/ask-list";
import { AskOutcomeLegend } from "@/components/campaign/ask-outcome";
import { CampaignGlance } from "@/components/campaign/campaign-glance";
import { CampaignHeader } from "@/components/campaign/campaign-header";
import { type CampaignRouteProps, findCampaign, requireCampaign } from "@/components/campaign/campaign-route";
import { LetterList } from "@/components/campaign/letter-list";
import { EmbedDisclosure } from "@/components/embed/embed-disclosure";
import { FollowForm } from "@/components/following/follow-form";
import { FeedLink } from "@/components/timeline/feed-link";
import { Timeline } from "@/components/timeline/timeline";
import { ContentLanguageNote } from "@/components/translations/content-languages";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { Section } from "@/components/ui/section";
import { routeLocale } from "@/i18n/route-locale";
import {
  campaignCalendarPath,
  campaignCardPath,
  campaignEmbedPath,
  campaignFeedPath,
  campaignPath,
  campaignTimelinePath,
} from "@/lib/domain/urls";

/*
 * Incremental static regeneration: nothing is rendered at build time (the build never
 * reads the database); each campaign renders on its first request and is then served
 * from the cache until a write revalidates its tag, or the day counts need a refresh.
 * The page reads no cookies, headers or search params, so it stays cacheable; the
 * timeline's filter runs in the browser.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

/*
 * A long campaign's page shows the latest entries of its timeline and links to the full
 * one (./timeline), so the page a visitor opens first stays light.
 */
const TIMELINE_SHOWN = 40;
const TIMELINE_SHOWN_IN_FULL = 60;

/** The summary cut to a search-result-sized description, at a word boundary. */
function metaDescription(summary: string, max = 160): string {
  const text = summary.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,.;:]+$/, "")}…`;
}

export async function generateMetadata({ params }: CampaignRouteProps): Promise<Metadata> {
  await routeLocale(params);
  const [page, timeline] = await Promise.all([findCampaign(params), getTranslations("timeline")]);
  if (!page) return {};
  const { campaign } = page;
  return sharedPageMetadata({
    title: campaign.title,
    description: campaign.summary ? metaDescription(campaign.summary) : undefined,
    canonical: campaignPath(campaign.slug),
    type: "article",
    card: { path: campaignCardPath(campaign.slug), kind: "campaign" },
    feed: {
      url: campaignFeedPath(campaign.slug),
      title: timeline("feed.linkTitle", { campaign: campaign.title }),
    },
  });
}

export default async function CampaignPage({ params }: CampaignRouteProps) {
  await routeLocale(params);
  const page = await requireCampaign(params);
  const t = await getTranslations("timeline");
  const truncated = page.timeline.length > TIMELINE_SHOWN_IN_FULL;
  const shownEntries = truncated ? page.timeline.slice(-TIMELINE_SHOWN) : page.timeline;

  return (
    <article>
      <CampaignHeader
        campaign={page.campaign}
        target={page.target}
        targets={page.targets}
        leads={page.leads}
        strip={page.strip}
      />
      <div className="mx-auto flex max-w-5xl flex-col gap-16 px-4 py-12 sm:px-6">
        <ContentLanguageNote notice={page.contentNotice} className="-mb-12" />
        <CampaignGlance page={page} />
        <div className="flex flex-col gap-5">
          <AskList asks={page.asks} who={page.targetWording} sourceLabels={page.sourceLabels} />
          {/* After the asks, not inside their region: the region holds the asks alone. */}
          {page.asks.length > 0 ? <AskOutcomeLegend who={page.targetWording} /> : null}
        </div>
        <LetterList
          campaignSlug={page.campaign.slug}
          letters={page.letters}
          who={page.targetWording}
          sourceLabels={page.sourceLabels}
        />
        <FollowForm campaignSlug={page.campaign.slug} />
        <Section id="timeline-heading" heading={t("heading")} intro={t("intro")}>
          <FeedLink href={campaignFeedPath(page.campaign.slug)} label={t("feed.link")} />
          <FeedLink
            href={campaignCalendarPath(page.campaign.slug)}
            label={t("calendar.link")}
            kind="calendar"
          />
          {truncated ? (
            <p className="mt-3 max-w-3xl">
              {t("latest", { shown: shownEntries.length, total: page.timeline.length })}{" "}
              <Link href={campaignTimelinePath(page.campaign.slug)} className="font-semibold">
                {t("seeAll", { total: page.timeline.length })}
              </Link>
            </p>
          ) : null}
          <div className="mt-8">
            <Timeline
              entries={shownEntries}
              campaignSlug={page.campaign.slug}
              sourceLabels={page.sourceLabels}
            />
          </div>
          {truncated ? (
            <p className="mt-8">
              <Link href={campaignTimelinePath(page.campaign.slug)} className="font-semibold">
                {t("seeAll", { total: page.timeline.length })}
              </Link>
            </p>
          ) : null}
        </Section>
        <EmbedDisclosure
          kind="campaign"
          embedPath={campaignEmbedPath(page.campaign.slug)}
          title={page.campaign.title}
        />
      </div>
    </article>
  );
}
