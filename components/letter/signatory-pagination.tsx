import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";

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
  const t = await getTranslations("signatories.pagination");
  return (
    <Pagination
      label={t("label")}
      status={t("status", { page, pageCount })}
      page={page}
      pageCount={pageCount}
      href={(n) => `${basePath}${signatoriesQuery({ kind, query, page: n })}`}
      previous={t("previous")}
      next={t("next")}
    />
  );
}
