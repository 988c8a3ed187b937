import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportTable } from "@/components/staff/import/export-table";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { listImportLetters } from "@/db/queries/import-export";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffExport");
  return { title: t("title") };
}

export default async function StaffExportPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("signature.export_private", "/staff/import/export");
  const [t, letters] = await Promise.all([getTranslations("staffExport"), run(listImportLetters)]);

  return (
    <StaffPage>
      <StaffPageHeader
        back={{ href: "/staff/import", label: t("back") }}
        title={t("title")}
        intro={t("intro")}
      />
      <ExportTable letters={letters} />
    </StaffPage>
  );
}
