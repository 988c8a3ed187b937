import { useLocale } from "next-intl";
import { localePath, toLocale } from "@/lib/domain/locales";

/**
 * `path` (written without a language, as lib/domain/urls.ts builds it) in the page's
 * language, for a plain `<a>` or a form's action: "/search" is /ko/search on a Korean
 * page. In client components and non-async server components; async ones use
 * getLocalePath or localeHref (i18n/server-navigation.ts). A module of its own, so the
 * error page, which every page loads, gets no more than this.
 */
export function useLocalePath(path: string): string {
  return localePath(toLocale(useLocale()), path);
}
