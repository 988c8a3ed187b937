import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/staff/import/import-wizard";
import { StaffPage } from "@/components/staff/staff-page";
import { getDb } from "@/db";
import { listImportLetters } from "@/db/queries/import-export";
import { requirePermission } from "@/lib/auth/session";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/import-signatories";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffImport");
  return { title: t("title") };
}

export default async function StaffImportPage() {
  const user = await requirePermission("signature.import", "/staff/import");
  const [t, letters] = await Promise.all([getTranslations("staffImport"), listImportLetters(getDb())]);

  return (
    <StaffPage>
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("intro")}</p>
      {can(user, "signature.export_private") ? (
        <p className="mt-3">
          <Link href="/staff/import/export">{t("exportLink")}</Link>
        </p>
      ) : null}
      <ImportWizard letters={letters} maxUploadBytes={MAX_UPLOAD_BYTES} />
    </StaffPage>
  );
}
