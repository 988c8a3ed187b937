import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingPageHeader, listingPageMetadata } from "@/components/layout/listing-page";
import { SearchResults } from "@/components/search/search-results";
import { controlClasses } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { run } from "@/db/queries/run";
import { searchPublicRecord } from "@/db/queries/search";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { SEARCH_QUERY_MAX, searchTerms } from "@/lib/domain/search";
import { SEARCH_PATH } from "@/lib/domain/urls";

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as typed, when there is one: the first `q`. */
async function queryOf(searchParams: SearchPageProps["searchParams"]): Promise<string> {
  const { q } = await searchParams;
  return (Array.isArray(q) ? q[0] : q) ?? "";
}

export async function generateMetadata({
  params,
  searchParams,
}: SearchPageProps & { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const metadata = await listingPageMetadata("searchPage", SEARCH_PATH);
  // The search page is worth indexing; each search's results are not.
  return (await queryOf(searchParams)) ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/*
 * One search over the public record (db/queries/search.ts), a plain GET form that works
 * without JavaScript. Rendered for each search, never cached: there is no end to queries.
 */
export default async function SearchPage({
  params,
  searchParams,
}: SearchPageProps & { params: LocaleParams }) {
  await routeLocale(params);
  const query = await queryOf(searchParams);
  const terms = searchTerms(query);
  const [t, groups] = await Promise.all([
    getTranslations("searchPage"),
    terms ? run(searchPublicRecord, terms) : null,
  ]);
  return (
    <>
      <ListingPageHeader namespace="searchPage">
        <FilterForm
          action={SEARCH_PATH}
          controlId="site-search"
          label={t("label")}
          submit={t("submit")}
          clear={query ? { href: SEARCH_PATH, label: t("clear") } : null}
          hint={t("hint")}
          className="mt-8 max-w-2xl"
        >
          <input
            id="site-search"
            name="q"
            type="search"
            defaultValue={terms?.text ?? query.slice(0, SEARCH_QUERY_MAX)}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby="site-search-hint"
            autoComplete="off"
            enterKeyHint="search"
            className={`${controlClasses} min-w-0 flex-1 basis-56`}
          />
        </FilterForm>
      </ListingPageHeader>
      {terms && groups ? (
        <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
          <SearchResults query={terms.text} groups={groups} />
        </div>
      ) : null}
    </>
  );
}
