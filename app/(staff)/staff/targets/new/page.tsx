import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TargetForm } from "@/components/staff/campaigns/target-forms";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffTargets");
  return { title: t("newTitle") };
}

export default async function NewTargetPage() {
  await requirePermission("target.manage", "/staff/targets/new");
  const t = await getTranslations("staffTargets");
  return (
    <StaffPage narrow>
      <BackLink href="/staff/targets">{t("back")}</BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("newTitle")}</h1>
      <p className="mt-3 text-lg text-ink-muted">{t("newIntro")}</p>
      <Card className="mt-8">
        <TargetForm timeZones={Intl.supportedValuesOf("timeZone")} />
      </Card>
    </StaffPage>
  );
}
