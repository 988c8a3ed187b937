import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/staff/campaigns/campaign-form";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { listTargetOptions } from "@/db/queries/staff-campaigns";
import { listOrganisationOptions } from "@/db/queries/staff-organisations";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffCampaigns");
  return { title: t("newTitle") };
}

export default async function NewCampaignPage() {
  await requirePermission("campaign.manage", "/staff/campaigns/new");
  const db = getDb();
  const [t, targets, organisations] = await Promise.all([
    getTranslations("staffCampaigns"),
    listTargetOptions(db),
    listOrganisationOptions(db),
  ]);

  return (
    <StaffPage narrow>
      <BackLink href="/staff/campaigns">{t("back")}</BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("newTitle")}</h1>
      <p className="mt-3 text-lg text-ink-muted">{t("newIntro")}</p>
      {targets.length === 0 ? (
        <p className="mt-6 rounded-md border-l-4 border-warning bg-warning-soft px-4 py-3 text-warning">
          {t("noTargets")} <Link href="/staff/targets/new">{t("createTarget")}</Link>
        </p>
      ) : null}
      <Card className="mt-8">
        <CampaignForm targets={targets} organisations={organisations} />
      </Card>
    </StaffPage>
  );
}
