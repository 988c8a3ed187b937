import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localePath, splitLocalePath } from "./locales";
import { signatoryViewRewrite } from "./signatory-view";

/*
 * Where a page address is served from. Every page lives under a language segment
 * (app/[locale]): a Korean address (/ko/campaigns/x) is its own path; an unprefixed one
 * is English, rendered and cached under /en-GB/… (the address in the browser does not
 * change). proxy.ts routes requests this way and the page cache's fast path looks pages
 * up the same way (lib/page-cache/fast-path.ts), both through routeAddress.
 */

export type AddressRoute =
  /** Send the visitor to another address: an explicit /en-GB/… one to the unprefixed one, an unprefixed one to the language they chose. */
  | { redirect: string }
  /** Serve the page at `internal` (with the query, unless `dropQuery`), in `locale`. */
  | { locale: Locale; path: string; internal: string; dropQuery: boolean };

const DEFAULT_PREFIX = `/${DEFAULT_LOCALE}`;

/**
 * Where the server's own addresses live (the 404 page's, lib/page-cache/missing-pages.ts):
 * served in the language they name, never redirected to the visitor's chosen one.
 */
export const SERVER_PATH_PREFIX = "/_answerable/";

/**
 * A page's address in every language, for hreflang alternates and the sitemap: each
 * language's, and x-default (the unprefixed, English one) for everyone else.
 */
export function languageAlternates(path: string): Record<Locale | "x-default", string> {
  const alternates = Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)]));
  return { ...alternates, "x-default": localePath(DEFAULT_LOCALE, path) } as Record<
    Locale | "x-default",
    string
  >;
}

/** The language a LOCALE_COOKIE value names, when it names one. */
export function chosenLocale(cookie: string | undefined | null): Locale | null {
  return isLocale(cookie) ? cookie : null;
}

/**
 * The language an unprefixed address leads to for this visit: the one the visitor chose
 * (`cookie`), when they arrive from elsewhere (a bookmark, a typed address, another
 * site's link). A link followed on this site is never overridden: the site's links are
 * in the page's language, so one to an English page (a letter's "English" version) means
 * it. `fetchSite` is the request's Sec-Fetch-Site header.
 */
export function rememberedLocale(
  cookie: string | undefined | null,
  fetchSite: string | string[] | undefined | null,
): Locale | null {
  return fetchSite === "same-origin" ? null : chosenLocale(cookie);
}

/**
 * How to answer a page address. `pathname` as requested, `search` with or without "?",
 * `chosen` the language the visitor chose with the language control (LOCALE_COOKIE),
 * if any: an unprefixed address then leads to its page in that language.
 */
export function routeAddress(pathname: string, search: string, chosen: Locale | null): AddressRoute {
  const query = search && !search.startsWith("?") ? `?${search}` : search;
  if (pathname === DEFAULT_PREFIX || pathname.startsWith(`${DEFAULT_PREFIX}/`)) {
    return { redirect: `${pathname.slice(DEFAULT_PREFIX.length) || "/"}${query}` };
  }
  const { locale, path } = splitLocalePath(pathname);
  if (
    locale === DEFAULT_LOCALE &&
    chosen !== null &&
    chosen !== DEFAULT_LOCALE &&
    !path.startsWith(SERVER_PATH_PREFIX)
  ) {
    return { redirect: `${localePath(chosen, path)}${query}` };
  }
  // A letter's signatory list is rendered and cached per view, under a path of its own.
  const view = signatoryViewRewrite(path, query);
  const served = view ?? path;
  return { locale, path, internal: `/${locale}${served === "/" ? "" : served}`, dropQuery: view !== null };
}
