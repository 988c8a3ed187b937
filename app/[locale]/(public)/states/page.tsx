import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { StateIndex } from "@/components/state/state-index";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { getTargetStats } from "@/db/queries/public-targets";
import { listStates } from "@/db/queries/states";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { RESOLUTIONS_PATH, STATES_PATH } from "@/lib/domain/urls";
import { isBuildPhase } from "@/lib/server/build-phase";

// Cached like every public page: expired when positions change (cacheTags.stateList) or a
// target does (cacheTags.targets), and refreshed at least every 10 minutes.
export const revalidate = 600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  return listingPageMetadata("statesPage", STATES_PATH);
}

export default async function StatesPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  if (isBuildPhase()) return null;
  const [t, states, targets] = await Promise.all([
    getTranslations("statesPage"),
    listStates(),
    getTargetStats(),
  ]);
  // States with something on record: a position, or a government a public campaign presses.
  const pressed = new Set(targets.flatMap((target) => (target.stateIso3 ? [target.stateIso3] : [])));
  const onRecord = states.filter((state) => state.positions > 0 || pressed.has(state.iso3));
  return (
    <>
      <ListingPageHeader namespace="statesPage" />
      <div className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-12 sm:px-6">
        {onRecord.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <StateIndex states={onRecord} />}
        <p>
          <Link href={RESOLUTIONS_PATH}>{t("resolutionsLink")}</Link>
        </p>
      </div>
    </>
  );
}
