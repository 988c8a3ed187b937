import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/staff/organisations/organisation-forms";
import { StaffFormPage } from "@/components/staff/staff-page";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffOrganisations");
  return { title: t("newTitle") };
}

export default async function NewOrganisationPage() {
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
