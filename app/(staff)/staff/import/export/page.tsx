import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportTable } from "@/components/staff/import/export-table";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { getDb } from "@/db";
import { listImportLetters } from "@/db/queries/import-export";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffExport");
  return { title: t("title") };
}

export default async function StaffExportPage() {
  await requirePermission("signature.export_private", "/staff/import/export");
  const [t, letters] = await Promise.all([getTranslations("staffExport"), listImportLetters(getDb())]);

  return (
    <StaffPage>
      <BackLink href="/staff/import">{t("back")}</BackLink>
      <h1 className="mt-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("intro")}</p>
      <ExportTable letters={letters} />
    </StaffPage>
  );
}
