import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/staff/organisations/organisation-forms";
import { StaffFormPage } from "@/components/staff/staff-page";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffOrganisations");
  return { title: t("newTitle") };
}

export default async function NewOrganisationPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("organisation.manage", "/staff/organisations/new");
  const t = await getTranslations("staffOrganisations");
  return (
    <StaffFormPage
      back={{ href: "/staff/organisations", label: t("back") }}
      title={t("newTitle")}
      intro={t("newIntro")}
    >
      <OrganisationForm />
    </StaffFormPage>
  );
}
