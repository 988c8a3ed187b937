import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffCampaignBadges } from "@/components/staff/campaigns/campaign-status";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { run } from "@/db/queries/run";
import { listStaffCampaigns } from "@/db/queries/staff-campaigns";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffCampaigns");
  return { title: t("title") };
}

export default async function StaffCampaignsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("campaign.manage", "/staff/campaigns");
  const [t, campaigns] = await Promise.all([getTranslations("staffCampaigns"), run(listStaffCampaigns)]);

  return (
    <StaffPage>
      <StaffPageHeader
        title={t("title")}
        intro={t("intro")}
        action={{ href: "/staff/campaigns/new", label: t("new") }}
      />

      {campaigns.length === 0 ? (
        <EmptyState className="mt-8">{t("empty")}</EmptyState>
      ) : (
        <ul className="mt-8 flex flex-col gap-4">
          {campaigns.map((c) => (
            <li key={c.id} className="rounded-lg border border-line bg-surface p-4 sm:p-5">
              <StaffCampaignBadges status={c.status} visibility={c.visibility} />
              <h2 className="mt-2 text-xl font-bold">
                <Link href={`/staff/campaigns/${c.id}`} className="text-ink hover:text-accent-strong">
                  {c.title}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
                <span>{t("list.target", { name: c.targetName })}</span>
                <span aria-hidden="true">·</span>
                <span>{t("list.asks", { count: c.askCount })}</span>
                <span aria-hidden="true">·</span>
                <span>{t("list.letters", { count: c.letterCount })}</span>
                <span aria-hidden="true">·</span>
                <span>{t("list.responses", { count: c.responseCount })}</span>
                {c.isSample ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>{t("sample")}</span>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </StaffPage>
  );
}
