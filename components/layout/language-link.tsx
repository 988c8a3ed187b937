"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { usePathname } from "@/i18n/client-navigation";
import type { Locale } from "@/lib/domain/locales";
import { languageSwitchPath } from "@/lib/domain/urls";

type Props = {
  /** The language the link leads to. */
  to: Locale;
  /** That language's name in itself ("한국어", "English"). */
  label: string;
  className?: string;
};

function LanguageAnchor({ to, label, className, search }: Props & { search: string }) {
  // The page's address without its language: the control leads to the same page in the other.
  const pathname = usePathname();
  return (
    <a
      href={languageSwitchPath(to, `${pathname}${search}`)}
      lang={to}
      hrefLang={to}
      className={className}
      data-language-link=""
    >
      {label}
    </a>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <LanguageAnchor {...props} search={query ? `?${query}` : ""} />;
}

/**
 * The language control: this page in the other language, remembered (app/language/route.ts).
 * A plain link, so it works without JavaScript; a cached page's HTML links to the page's
 * path, and the browser adds the query it was opened with (a search, a list's page): on
 * a page React runs, here; on a plain page, public/enhance.js (data-language-link).
 */
export function LanguageLink(props: Props) {
  return (
    <Suspense fallback={<LanguageAnchor {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}
