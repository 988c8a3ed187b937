import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { TargetForm } from "@/components/staff/targets/target-forms";
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
      <StaffPageHeader
        back={{ href: "/staff/targets", label: t("back") }}
        title={t("newTitle")}
        intro={t("newIntro")}
      />
      <Card className="mt-8">
        <TargetForm timeZones={Intl.supportedValuesOf("timeZone")} />
      </Card>
    </StaffPage>
  );
}
