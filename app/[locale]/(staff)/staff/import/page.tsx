import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/staff/import/import-wizard";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { Link } from "@/components/ui/link";
import { listImportLetters } from "@/db/queries/import-export";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/import-signatories";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffImport");
  return { title: t("title") };
}

export default async function StaffImportPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const user = await requirePermission("signature.import", "/staff/import");
  const [t, letters] = await Promise.all([getTranslations("staffImport"), run(listImportLetters)]);

  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      {can(user, "signature.export_private") ? (
        <p className="mt-3">
          <Link href="/staff/import/export">{t("exportLink")}</Link>
        </p>
      ) : null}
      <ImportWizard letters={letters} maxUploadBytes={MAX_UPLOAD_BYTES} />
    </StaffPage>
  );
}
