import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { SIGNATORY_QUERY_MAX } from "@/db/queries/public-letters";
import { signatoriesQuery } from "./signatory-pagination";

/** A plain GET form: searching works without JavaScript, and every result page has its own address. */
export async function SignatorySearchForm({
  basePath,
  kind,
  query,
}: {
  basePath: string;
  kind: "organisations" | "individuals";
  query: string;
}) {
  const t = await getTranslations("signatories");
  return (
    <search>
      <form method="get" action={basePath} className="flex flex-col gap-1.5">
        <input type="hidden" name="kind" value={kind} />
        <label htmlFor="signatory-search" className="font-semibold">
          {t(`searchLabel.${kind}`)}
        </label>
        <p id="signatory-search-hint" className="text-sm text-ink-muted">
          {t("searchHint")}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="signatory-search"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={SIGNATORY_QUERY_MAX}
            aria-describedby="signatory-search-hint"
            autoComplete="off"
            className={`${controlClasses} min-w-0 flex-1 basis-56`}
          />
          <button type="submit" className={buttonClasses("primary")}>
            {t("search")}
          </button>
          {query ? (
            <Link href={`${basePath}${signatoriesQuery({ kind })}`} className={buttonClasses("quiet")}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
