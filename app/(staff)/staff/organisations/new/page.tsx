import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/staff/campaigns/organisation-forms";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffOrganisations");
  return { title: t("newTitle") };
}

export default async function NewOrganisationPage() {
  await requirePermission("organisation.manage", "/staff/organisations/new");
  const t = await getTranslations("staffOrganisations");
  return (
    <StaffPage narrow>
      <BackLink href="/staff/organisations">{t("back")}</BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("newTitle")}</h1>
      <p className="mt-3 text-lg text-ink-muted">{t("newIntro")}</p>
      <Card className="mt-8">
        <OrganisationForm />
      </Card>
    </StaffPage>
  );
}
