import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LetterFilters } from "@/components/staff/letters/letter-filters";
import { LettersTable } from "@/components/staff/letters/letters-table";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { run } from "@/db/queries/run";
import { listCampaignOptions, listStaffLetters } from "@/db/queries/staff-letters";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/domain/ids";
import { LETTER_STATUSES, type LetterStatus } from "@/lib/domain/letter-lifecycle";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffLetters");
  return { title: t("list.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Unknown or malformed filters are ignored rather than answered with an error. */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const campaign = one(params.campaign);
  const status = one(params.status);
  return {
    campaignId: campaign && isUuid(campaign) ? campaign : null,
    status: (LETTER_STATUSES as readonly string[]).includes(status ?? "") ? (status as LetterStatus) : null,
  };
}

export default async function StaffLettersPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: SearchParams;
}) {
  await routeLocale(params);
  await requirePermission("letter.manage", "/staff/letters");
  const filters = readFilters(await searchParams);
  const [t, campaigns, letters] = await Promise.all([
    getTranslations("staffLetters"),
    run(listCampaignOptions),
    run(listStaffLetters, filters),
  ]);
  const newHref = filters.campaignId
    ? `/staff/letters/new?campaign=${filters.campaignId}`
    : "/staff/letters/new";

  return (
    <StaffPage>
      <StaffPageHeader
        back={{ href: "/staff", label: t("backToDashboard") }}
        title={t("list.title")}
        intro={t("list.intro")}
        action={{ href: newHref, label: t("list.new") }}
      />

      <div className="mt-8">
        <LetterFilters
          campaigns={campaigns}
          statuses={LETTER_STATUSES}
          campaignId={filters.campaignId}
          status={filters.status}
        />
      </div>

      <p className="mt-6 text-ink-muted" role="status">
        {t("list.count", { count: letters.length })}
      </p>
      {letters.length === 0 ? (
        <p className="mt-4">{t("list.empty")}</p>
      ) : (
        <div className="mt-4">
          <LettersTable letters={letters} />
        </div>
      )}
    </StaffPage>
  );
}
