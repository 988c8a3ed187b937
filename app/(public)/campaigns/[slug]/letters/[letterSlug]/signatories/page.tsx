import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { LetterPageBreadcrumb } from "@/components/letter/letter-breadcrumb";
import { findLetterPage, type LetterRouteProps, requireLetterPage } from "@/components/letter/letter-route";
import { LetterTally } from "@/components/letter/letter-tally";
import { noneListedReason } from "@/components/letter/none-listed";
import { SignatoryList } from "@/components/letter/signatory-list";
import { SignatoryPagination, signatoriesQuery } from "@/components/letter/signatory-pagination";
import { SignatorySearchForm } from "@/components/letter/signatory-search-form";
import { WithheldNote } from "@/components/letter/withheld-note";
import { Link } from "@/components/ui/link";
import { getSignatoryPage, type LetterPage, SIGNATORY_QUERY_MAX } from "@/db/queries/public-letters";
import { cleanSearchText } from "@/lib/domain/text";
import { letterPath, letterSignatoriesPath } from "@/lib/domain/urls";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = LetterRouteProps & { searchParams: Promise<SearchParams> };
type ListKind = "organisations" | "individuals";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Anything unexpected in the address falls back to a sensible default; it is never an error.
const searchSchema = z.object({
  kind: z.preprocess(firstValue, z.enum(["organisations", "individuals"]).optional()).catch(undefined),
  q: z
    .preprocess(
      firstValue,
      z.string().transform((q) => cleanSearchText(q).trim().slice(0, SIGNATORY_QUERY_MAX)),
    )
    .catch(""),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
});

type Search = { kind: ListKind; q: string; page: number };

async function readSearch(searchParams: Promise<SearchParams>, letter: LetterPage): Promise<Search> {
  const parsed = searchSchema.parse(await searchParams);
  // Without a choice, show whichever list has names: organisations first.
  const kind =
    parsed.kind ??
    (letter.organisations.total === 0 && letter.individuals.total > 0 ? "individuals" : "organisations");
  return { kind, q: parsed.q, page: parsed.page };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = await findLetterPage(params);
  if (!page) return {};
  const { letter } = page;
  const search = await readSearch(searchParams, page);
  const t = await getTranslations("signatories");
  return {
    title:
      search.page > 1
        ? t("titlePage", { letter: letter.title, page: search.page })
        : t("title", { letter: letter.title }),
    description: t("metaDescription", { letter: letter.title, tally: letter.tally.sentence }),
    // The list itself is canonical; a search result is not a page of its own.
    alternates: {
      canonical: `${letterSignatoriesPath(letter.campaignSlug, letter.slug)}${signatoriesQuery({
        kind: search.kind,
        page: search.page,
      })}`,
    },
    robots: search.q ? { index: false, follow: true } : undefined,
  };
}

export default async function SignatoriesPage({ params, searchParams }: Props) {
  const page = await requireLetterPage(params);
  const { letter } = page;
  const search = await readSearch(searchParams, page);
  const [t, tLetter] = await Promise.all([getTranslations("signatories"), getTranslations("letterPage")]);
  const results = await getSignatoryPage({
    campaignSlug: letter.campaignSlug,
    letterSlug: letter.slug,
    kind: search.kind === "organisations" ? "organisation" : "individual",
    query: search.q,
    page: search.page,
  });
  const basePath = letterSignatoriesPath(letter.campaignSlug, letter.slug);
  const letterHref = letterPath(letter.campaignSlug, letter.slug);
  const from = (results.page - 1) * results.pageSize + 1;
  const to = from + results.rows.length - 1;
  const totals: Record<ListKind, number> = {
    organisations: page.organisations.total,
    individuals: page.individuals.total,
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <LetterPageBreadcrumb letter={letter} current={t("heading")} />

      <header className="mt-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 text-lg">
          <Link href={letterHref}>{letter.title}</Link>
        </p>
        {letter.isSample || page.campaignIsSample ? (
          <p className="mt-2 text-sm text-warning">{tLetter("sampleLetter")}</p>
        ) : null}
        <LetterTally letter={letter} className="mt-5" />
      </header>

      <nav aria-label={t("kindsLabel")} className="mt-8 border-b border-line">
        <ul className="-mb-px flex flex-wrap gap-x-1 sm:gap-x-2">
          {(["organisations", "individuals"] as const).map((kind) => {
            const current = kind === search.kind;
            return (
              <li key={kind}>
                <Link
                  href={`${basePath}${signatoriesQuery({ kind, query: search.q })}`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center border-b-4 px-2 font-semibold sm:px-3 no-underline ${
                    current
                      ? "border-accent text-ink"
                      : "border-transparent text-accent hover:border-line-strong hover:text-accent-strong"
                  }`}
                >
                  {/* Everyone who signed, as the tally counts them; the list names those who may be named. */}
                  {t(`tab.${kind}`, { count: letter.tally[kind] })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="mt-6">
        <SignatorySearchForm basePath={basePath} kind={search.kind} query={search.q} />
      </div>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="border-b-2 border-ink pb-2 text-2xl font-bold">
          {t(`resultsHeading.${search.kind}`)}
        </h2>
        <div role="status" className="mt-3 text-ink-muted">
          {results.total === 0 ? (
            <p>
              {search.q
                ? t(`noMatch.${search.kind}`, { query: search.q })
                : tLetter(`signatories.none.${search.kind}`, { why: noneListedReason(letter, search.kind) })}
            </p>
          ) : (
            <p>
              {search.q ? `${t(`matches.${search.kind}`, { total: results.total, query: search.q })} ` : null}
              {results.pageCount > 1 || !search.q ? t("showing", { from, to, total: results.total }) : null}
            </p>
          )}
        </div>
        {results.rows.length > 0 ? <SignatoryList rows={results.rows} letterVersion={page.version} /> : null}
        <SignatoryPagination
          basePath={basePath}
          kind={search.kind}
          query={search.q}
          page={results.page}
          pageCount={results.pageCount}
        />
        {/* Under this list only those of its kind: the other tab says its own. */}
        <WithheldNote
          count={letter.tally.withheldByKind[search.kind]}
          kind={search.kind}
          afterList={totals[search.kind] > 0}
          className="mt-8"
        />
      </section>

      <p className="mt-10">
        <Link href={letterHref} className="inline-flex min-h-11 items-center gap-1 font-semibold">
          <span aria-hidden="true">←</span> {t("backToLetter")}
        </Link>
      </p>
    </div>
  );
}
