import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/staff/audit/audit-filter-form";
import { AuditPagination } from "@/components/staff/audit/audit-pagination";
import { AuditTable } from "@/components/staff/audit/audit-table";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { auditFilterFrom, listAuditEntries, listAuditFacets } from "@/db/queries/audit-log";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffAudit");
  return { title: t("title") };
}

export default async function StaffAuditPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await routeLocale(params);
  await requirePermission("audit.read", "/staff/audit");
  const { filter, page, invalid } = auditFilterFrom(await searchParams);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const [t, result, facets] = await Promise.all([
    getTranslations("staffAudit"),
    run(listAuditEntries, { filter, page }),
    run(listAuditFacets),
  ]);

  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      <AuditFilterForm filter={filter} invalid={invalid} facets={facets} />
      {/* With no entries, the empty box says so once (and whether filters are to blame). */}
      {result.total > 0 ? (
        <p role="status" className="mt-8 font-semibold">
          {t("count", { count: result.total })}
        </p>
      ) : null}
      <AuditTable entries={result.entries} filtered={filtered} />
      <AuditPagination filter={filter} page={result.page} pageCount={result.pageCount} />
    </StaffPage>
  );
}
