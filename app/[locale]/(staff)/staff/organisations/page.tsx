import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { run } from "@/db/queries/run";
import { listStaffOrganisations } from "@/db/queries/staff-organisations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { localeHref } from "@/i18n/server-navigation";
import { requirePermission } from "@/lib/auth/session";
import { cleanSearchText } from "@/lib/domain/text";

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffOrganisations");
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function StaffOrganisationsPage({
  params,
  searchParams,
}: Props & { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("organisation.manage", "/staff/organisations");
  const query = await searchParams;
  // Control characters are no part of a name (U+0000 would fail the query); shown back without them.
  const search = cleanSearchText(first(query.q)).slice(0, 100);
  const [t, tKind, result] = await Promise.all([
    getTranslations("staffOrganisations"),
    getTranslations("staffCampaignForms.organisationKinds"),
    run(listStaffOrganisations, { search, page: Number(first(query.page)) || 1 }),
  ]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    if (search) query.set("q", search);
    if (page > 1) query.set("page", String(page));
    const qs = query.toString();
    return qs ? `/staff/organisations?${qs}` : "/staff/organisations";
  };

  return (
    <StaffPage>
      <StaffPageHeader
        title={t("title")}
        intro={t("intro")}
        action={{ href: "/staff/organisations/new", label: t("new") }}
      />

      <search className="mt-8 block">
        <form
          action={await localeHref("/staff/organisations")}
          method="get"
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
        >
          <Field
            id="organisation-search"
            name="q"
            label={t("search")}
            type="search"
            className="flex-1"
            defaultValue={search}
            maxLength={100}
          />
          <Button type="submit" variant="secondary">
            {t("searchSubmit")}
          </Button>
        </form>
      </search>

      <p role="status" className="mt-4 text-ink-muted">
        {search ? t("found", { count: result.total, search }) : t("count", { count: result.total })}
      </p>

      {result.items.length === 0 ? null : (
        <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
          {result.items.map((o) => (
            <li
              key={o.id}
              className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <Link href={`/staff/organisations/${o.id}`} className="font-semibold">
                  {o.name}
                  {o.shortName && o.shortName !== o.name ? ` (${o.shortName})` : null}
                </Link>
                <span className="block text-sm text-ink-muted">
                  {tKind(o.kind)}
                  {o.country ? ` · ${o.country}` : null}
                  {o.kind === "coalition" || o.kind === "network"
                    ? ` · ${t("currentMembers", { count: o.currentMembers })}`
                    : null}
                </span>
              </div>
              {o.isSample ? <StatusBadge tone="warning">{t("sample")}</StatusBadge> : null}
            </li>
          ))}
        </ul>
      )}

      <Pagination
        label={t("pagination")}
        status={t("pageOf", { page: result.page, pages: result.pageCount })}
        page={result.page}
        pageCount={result.pageCount}
        href={pageHref}
        previous={t("previous")}
        next={t("next")}
      />
    </StaffPage>
  );
}
