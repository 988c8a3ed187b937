import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StaffCampaignBadges } from "@/components/staff/campaigns/campaign-status";
import { StaffPage } from "@/components/staff/staff-page";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db";
import { listStaffCampaigns } from "@/db/queries/staff-campaigns";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffCampaigns");
  return { title: t("title") };
}

export default async function StaffCampaignsPage() {
  await requirePermission("campaign.manage", "/staff/campaigns");
  const [t, campaigns] = await Promise.all([getTranslations("staffCampaigns"), listStaffCampaigns(getDb())]);

  return (
    <StaffPage>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-4xl font-bold">{t("title")}</h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("intro")}</p>
        </div>
        <Link href="/staff/campaigns/new" className={buttonClasses("primary", "shrink-0")}>
          {t("new")}
        </Link>
      </div>

      {campaigns.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line-strong p-6 text-ink-muted">
          {t("empty")}
        </p>
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
