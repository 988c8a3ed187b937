import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
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
  if (pageCount <= 1) return null;
  const t = await getTranslations("staffAudit.pagination");
  const spacer = <span className="hidden min-w-32 sm:block" />;
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={auditHref(filter, page - 1)} rel="prev" className={buttonClasses("secondary")}>
          <span aria-hidden="true">←</span> {t("newer")}
        </Link>
      ) : (
        spacer
      )}
      <p className="order-first w-full text-center font-semibold sm:order-none sm:w-auto">
        {t("status", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={auditHref(filter, page + 1)} rel="next" className={buttonClasses("secondary")}>
          {t("older")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        spacer
      )}
    </nav>
  );
}
