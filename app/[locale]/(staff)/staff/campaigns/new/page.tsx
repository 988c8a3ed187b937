import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/staff/campaigns/campaign-form";
import { StaffFormPage } from "@/components/staff/staff-page";
import { Link } from "@/components/ui/link";
import { run } from "@/db/queries/run";
import { listTargetOptions } from "@/db/queries/staff-campaigns";
import { listOrganisationOptions } from "@/db/queries/staff-organisations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffCampaigns");
  return { title: t("newTitle") };
}

export default async function NewCampaignPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("campaign.manage", "/staff/campaigns/new");
  const [t, targets, organisations] = await Promise.all([
    getTranslations("staffCampaigns"),
    run(listTargetOptions),
    run(listOrganisationOptions),
  ]);

  return (
    <StaffFormPage
      back={{ href: "/staff/campaigns", label: t("back") }}
      title={t("newTitle")}
      intro={t("newIntro")}
      notice={
        targets.length === 0 ? (
          <p className="mt-6 rounded-md border-l-4 border-warning bg-warning-soft px-4 py-3 text-warning">
            {t("noTargets")} <Link href="/staff/targets/new">{t("createTarget")}</Link>
          </p>
        ) : null
      }
    >
      <CampaignForm targets={targets} organisations={organisations} />
    </StaffFormPage>
  );
}
