/*
 * The languages the app speaks. The URL chooses one: English at the unprefixed addresses
 * (so no link made before Korean existed breaks), every other language under its own
 * prefix (`/ko/…`). A visitor's explicit choice is remembered in LOCALE_COOKIE.
 */

export const LOCALES = ["en-GB", "ko"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The language of the unprefixed addresses, and of anything whose language is not known.
 * The codes are the Intl locales too ("en-GB" writes "3 March 2020"), so next-intl's
 * formatting, `lang` and `hreflang` all take them as they are.
 */
export const DEFAULT_LOCALE: Locale = "en-GB";

/** The cookie that remembers the language a visitor chose with the language control. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale a stored or requested value names ("ko", "ko-KR" → "ko"), or the default one. */
export function toLocale(value: unknown): Locale {
  if (isLocale(value)) return value;
  if (typeof value === "string" && /^ko(?:-|$)/i.test(value)) return "ko";
  return DEFAULT_LOCALE;
}

/**
 * A site path in a language: "/campaigns/x" stays as it is in English, becomes
 * "/ko/campaigns/x" in Korean; "/" in Korean is "/ko" (and "/#campaigns" "/ko#campaigns").
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  if (path === "/" || path.startsWith("/#") || path.startsWith("/?")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/**
 * The language a site path is in and the path without its prefix:
 * "/ko/campaigns/x" → { locale: "ko", path: "/campaigns/x" }.
 */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const match = /^\/([A-Za-z-]+)(\/.*)?$/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    return { locale: match[1], path: match[2] ?? "/" };
  }
  return { locale: DEFAULT_LOCALE, path };
}
