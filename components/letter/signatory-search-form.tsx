import { getTranslations } from "next-intl/server";
import { controlClasses } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
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
    <FilterForm
      action={basePath}
      controlId="signatory-search"
      label={t(`searchLabel.${kind}`)}
      submit={t("search")}
      clear={query ? { href: `${basePath}${signatoriesQuery({ kind })}`, label: t("clear") } : null}
      hidden={{ kind }}
      hint={t("searchHint")}
    >
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
    </FilterForm>
  );
}
