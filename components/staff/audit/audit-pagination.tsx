import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { AuditFilter } from "@/db/queries/audit-log";
import { auditHref } from "./audit-query";

/** Newer / "Page 2 of 9" / Older; the links keep the filters. */
export async function AuditPagination({
  filter,
  page,
  pageCount,
}: {
  filter: AuditFilter;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("staffAudit.pagination");
  return (
    <Pagination
      label={t("label")}
      status={t("status", { page, pageCount })}
      page={page}
      pageCount={pageCount}
      href={(n) => auditHref(filter, n)}
      previous={t("newer")}
      next={t("older")}
    />
  );
}
