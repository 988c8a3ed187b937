import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { LetterStateLegend } from "@/components/letter/letter-state";
import { AwaitingTargetGroupSection } from "@/components/targets/awaiting-target-group";
import { FeedLink } from "@/components/timeline/feed-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Explainer } from "@/components/ui/explainer";
import { Link } from "@/components/ui/link";
import { feedAlternate } from "@/components/ui/page-metadata";
import { getAwaitingResponse } from "@/db/queries/public-targets";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { localePath } from "@/lib/domain/locales";
import { AWAITING_FEED_PATH, AWAITING_PATH, CALENDAR_PATH, TARGETS_PATH } from "@/lib/domain/urls";
import { isBuildPhase } from "@/lib/server/build-phase";

// Cached like every public page: rendered on first request, expired by the writes that
// change it, and refreshed at least every 10 minutes so day counts roll over.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await routeLocale(params);
  const [metadata, t] = await Promise.all([
    listingPageMetadata("awaitingPage", AWAITING_PATH),
    getTranslations("awaitingPage"),
  ]);
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: feedAlternate({ url: localePath(locale, AWAITING_FEED_PATH), title: t("feedTitle") }),
    },
  };
}

export default async function AwaitingResponsePage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (isBuildPhase()) return null;
  const [t, timeline, awaiting] = await Promise.all([
    getTranslations("awaitingPage"),
    getTranslations("timeline"),
    getAwaitingResponse(),
  ]);

  return (
    <>
      <ListingPageHeader namespace="awaitingPage">
        {awaiting.total > 0 ? (
          <p className="mt-4 text-lg font-semibold text-ink">
            {t("summary", { total: awaiting.total, overdue: awaiting.overdue })}
          </p>
        ) : null}
        <FeedLink href={AWAITING_FEED_PATH} label={t("feedLink")} />
        <FeedLink href={CALENDAR_PATH} label={timeline("calendar.siteLink")} kind="calendar" />
      </ListingPageHeader>

      <div className="mx-auto flex max-w-5xl flex-col gap-12 px-4 py-12 sm:px-6">
        {awaiting.groups.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          awaiting.groups.map((group) => <AwaitingTargetGroupSection key={group.target.slug} group={group} />)
        )}

        <Explainer
          id="how-heading"
          heading={t("howHeading")}
          points={[t("how.fromSending"), t("how.timeZone"), t("how.deadline"), t("how.severalTargets")]}
        >
          <div className="mt-4">
            <LetterStateLegend />
          </div>
        </Explainer>

        <p>
          <Link href={TARGETS_PATH}>{t("targetsLink")}</Link>
        </p>
      </div>
    </>
  );
}
