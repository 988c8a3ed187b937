import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffFormPage } from "@/components/staff/staff-page";
import { TargetForm } from "@/components/staff/targets/target-forms";
import { run } from "@/db/queries/run";
import { loadStates } from "@/db/queries/states";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffTargets");
  return { title: t("newTitle") };
}

export default async function NewTargetPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("target.manage", "/staff/targets/new");
  const [t, states] = await Promise.all([getTranslations("staffTargets"), run(loadStates)]);
  return (
    <StaffFormPage
      back={{ href: "/staff/targets", label: t("back") }}
      title={t("newTitle")}
      intro={t("newIntro")}
    >
      <TargetForm
        timeZones={Intl.supportedValuesOf("timeZone")}
        states={states.map(({ iso3, name }) => ({ iso3, name }))}
      />
    </StaffFormPage>
  );
}
