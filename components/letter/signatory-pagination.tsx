import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** The query string of a signatories page; page 1 and an empty search are left out. */
export function signatoriesQuery({
  kind,
  query,
  page,
}: {
  kind: string;
  query?: string;
  page?: number;
}): string {
  const params = new URLSearchParams({ kind });
  if (query) params.set("q", query);
  if (page && page > 1) params.set("page", String(page));
  return `?${params.toString()}`;
}

/** Previous / "Page 3 of 1,000" / Next; the links keep the search and the kind. */
export async function SignatoryPagination({
  basePath,
  kind,
  query,
  page,
  pageCount,
}: {
  basePath: string;
  kind: string;
  query: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("signatories.pagination");
  const href = (n: number) => `${basePath}${signatoriesQuery({ kind, query, page: n })}`;
  // On the first and last page the missing link leaves an empty slot, so the others stay put.
  const spacer = <span className="hidden min-w-32 sm:block" />;
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={buttonClasses("secondary")}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        spacer
      )}
      <p className="order-first w-full text-center font-semibold sm:order-none sm:w-auto">
        {t("status", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={buttonClasses("secondary")}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        spacer
      )}
    </nav>
  );
}
