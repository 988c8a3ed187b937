import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/domain/locales";

/** The params every layout and page under app/[locale] receives, with whatever else its route adds. */
export type LocaleParams<T extends object = object> = Promise<T & { locale: string }>;

/**
 * The language of a page, layout or generateMetadata from its [locale] segment, made the
 * request's language for next-intl. Call it first in each of them: Next renders layouts,
 * pages and metadata separately, and without it next-intl would read the language from a
 * request header, which makes a cached page render on every request. A segment that
 * names no language is a 404 (proxy.ts only ever rewrites to a real one).
 */
export async function routeLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
