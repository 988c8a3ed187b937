import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { ResolutionList } from "@/components/resolution/resolution-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { listResolutions } from "@/db/queries/resolutions";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { RESOLUTIONS_PATH, STATES_PATH } from "@/lib/domain/urls";
import { isBuildPhase } from "@/lib/server/build-phase";

// Cached like every public page: rendered on first request, expired by the writes that
// change it (cacheTags.resolutionList), and refreshed at least every 10 minutes.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  return listingPageMetadata("resolutionsPage", RESOLUTIONS_PATH);
}

export default async function ResolutionsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (isBuildPhase()) return null;
  const [t, resolutions] = await Promise.all([getTranslations("resolutionsPage"), listResolutions()]);
  return (
    <>
      <ListingPageHeader namespace="resolutionsPage" />
      <div className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-12 sm:px-6">
        {resolutions.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ResolutionList resolutions={resolutions} />
        )}
        <p>
          <Link href={STATES_PATH}>{t("statesLink")}</Link>
        </p>
      </div>
    </>
  );
}
