import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/staff/campaigns/organisation-forms";
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
    <div className="mx-auto w-full max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      {/* Narrower, for reading; it starts where every staff page does. */}
      <div className="max-w-3xl">
        <p>
          <Link href="/staff/organisations">
            <span aria-hidden="true">← </span>
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-4 text-4xl font-bold">{t("newTitle")}</h1>
        <p className="mt-3 text-lg text-ink-muted">{t("newIntro")}</p>
        <Card className="mt-8">
          <OrganisationForm />
        </Card>
      </div>
    </div>
  );
}
