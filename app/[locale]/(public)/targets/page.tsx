import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { TargetStatsTable } from "@/components/targets/target-stats-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Explainer } from "@/components/ui/explainer";
import { Link } from "@/components/ui/link";
import { getTargetStats } from "@/db/queries/public-targets";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { AWAITING_PATH, TARGETS_PATH } from "@/lib/domain/urls";
import { isBuildPhase } from "@/lib/server/build-phase";

// Cached like every public page: rendered on first request, expired by the writes that
// change it, and refreshed at least every 10 minutes so day counts roll over.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  return listingPageMetadata("targetsPage", TARGETS_PATH);
}

export default async function TargetsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (isBuildPhase()) return null;
  const [t, stats] = await Promise.all([getTranslations("targetsPage"), getTargetStats()]);

  return (
    <>
      <ListingPageHeader namespace="targetsPage" />

      <div className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-12 sm:px-6">
        <p className="max-w-3xl border-l-4 border-accent bg-accent-soft px-4 py-3 text-ink">
          {t("notRanking")}
        </p>

        {stats.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <TargetStatsTable stats={stats} />}

        <Explainer
          id="how-heading"
          heading={t("howHeading")}
          points={[t("how.sent"), t("how.median"), t("how.overdue")]}
        />

        <p>
          <Link href={AWAITING_PATH}>{t("awaitingLink")}</Link>
        </p>
      </div>
    </>
  );
}
