import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LetterFilters } from "@/components/staff/letters/letter-filters";
import { LettersTable } from "@/components/staff/letters/letters-table";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db";
import { LETTER_STATUSES, listCampaignOptions, listStaffLetters } from "@/db/queries/staff-letters";
import { requirePermission } from "@/lib/auth/session";
import type { LetterStatus } from "@/lib/domain/deadlines";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffLetters");
  return { title: t("list.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unknown or malformed filters are ignored rather than answered with an error. */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const campaign = one(params.campaign);
  const status = one(params.status);
  return {
    campaignId: campaign && UUID.test(campaign) ? campaign : null,
    status: (LETTER_STATUSES as readonly string[]).includes(status ?? "") ? (status as LetterStatus) : null,
  };
}

export default async function StaffLettersPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("letter.manage", "/staff/letters");
  const filters = readFilters(await searchParams);
  const db = getDb();
  const [t, campaigns, letters] = await Promise.all([
    getTranslations("staffLetters"),
    listCampaignOptions(db),
    listStaffLetters(db, filters),
  ]);
  const newHref = filters.campaignId
    ? `/staff/letters/new?campaign=${filters.campaignId}`
    : "/staff/letters/new";

  return (
    <StaffPage>
      <BackLink href="/staff">{t("backToDashboard")}</BackLink>
      <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-4xl font-bold">{t("list.title")}</h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("list.intro")}</p>
        </div>
        <Link href={newHref} className={buttonClasses("primary", "shrink-0")}>
          {t("list.new")}
        </Link>
      </div>

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
