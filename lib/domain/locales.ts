/*
 * The languages the app speaks. The URL chooses one: English at the unprefixed addresses
 * (so no link made before Korean existed breaks), every other language under its own
 * prefix (`/ko/…`). A visitor's explicit choice is remembered in LOCALE_COOKIE.
 */

export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of the unprefixed addresses, and of anything whose language is not known. */
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the language a visitor chose with the language control. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale a stored or requested value names, or the default one. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The Intl locale numbers and dates are formatted with: British English, Korean. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ko: "ko-KR" };

/** The BCP 47 tag for `lang` and `hreflang`. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: "en-GB", ko: "ko" };

/**
 * A site path in a language: "/campaigns/x" stays as it is in English, becomes
 * "/ko/campaigns/x" in Korean; "/" in Korean is "/ko".
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The language a site path is in and the path without its prefix:
 * "/ko/campaigns/x" → { locale: "ko", path: "/campaigns/x" }.
 */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    return { locale: match[1], path: match[2] ?? "/" };
  }
  return { locale: DEFAULT_LOCALE, path };
}
