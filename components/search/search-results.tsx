import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/components/letter/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import type { SearchGroup, SearchResult } from "@/db/queries/search";
import type { Locale } from "@/lib/domain/locales";
import { campaignPath, letterPath, organisationPath, targetPath } from "@/lib/domain/urls";

function resultHref(result: SearchResult): string {
  switch (result.kind) {
    case "campaign":
      return campaignPath(result.slug);
    case "letter":
      return letterPath(result.slug, result.letterSlug ?? "");
    case "organisation":
      return organisationPath(result.slug);
    case "target":
      return targetPath(result.slug);
  }
}

/** The line under a result: a campaign's summary, whom a letter is to, where an organisation or target is. */
function detailOf(
  result: SearchResult,
  t: (key: "toAddressee", values: { addressee: string }) => string,
  locale: Locale,
) {
  if (!result.detail) return null;
  if (result.kind === "letter") return t("toAddressee", { addressee: result.detail });
  if (result.kind === "campaign") return result.detail;
  return countryName(result.detail, locale);
}

/** What one search found, grouped by kind, each group headed with its count. */
export async function SearchResults({ query, groups }: { query: string; groups: SearchGroup[] }) {
  const [t, locale] = await Promise.all([getTranslations("searchPage"), getLocale()]);
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  return (
    <div className="flex flex-col gap-10">
      <p id="search-summary" className="text-lg font-semibold text-ink">
        {t("summary", { total, query })}
      </p>
      {total === 0 ? <EmptyState>{t("nothing")}</EmptyState> : null}
      {groups
        .filter((group) => group.total > 0)
        .map((group) => (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
            <h2 id={`results-${group.kind}`} className="text-2xl font-bold">
              {t(`kind.${group.kind}`)}{" "}
              <span className="text-base font-normal text-ink-muted">
                ({t("count", { count: group.total })})
              </span>
            </h2>
            <ul className="mt-4 flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
              {group.results.map((result) => {
                const detail = detailOf(result, t, locale);
                return (
                  <li key={`${result.slug}/${result.letterSlug ?? ""}`} className="px-4 py-3">
                    <Link href={resultHref(result)} className="font-semibold [overflow-wrap:anywhere]">
                      {result.title}
                    </Link>
                    {detail ? <p className="mt-1 line-clamp-2 text-sm text-ink-muted">{detail}</p> : null}
                    {result.context ? (
                      <p className="mt-1 text-sm text-ink-muted">
                        {t("inCampaign", { campaign: result.context })}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {group.total > group.results.length ? (
              <p className="mt-3 text-sm text-ink-muted">
                {t("more", { shown: group.results.length, total: group.total })}
              </p>
            ) : null}
          </section>
        ))}
    </div>
  );
}
