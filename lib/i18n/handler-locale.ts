import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/domain/locales";

/**
 * The language a route handler answers in (a feed, a calendar, a badge, a share card):
 * its address's, from the [locale] segment of its params when it has one, else the
 * request's as next-intl has it. (Pages and layouts use i18n/route-locale.ts, which also
 * makes the language next-intl's for the render.)
 */
export async function handlerLocale(params?: Promise<object>): Promise<Locale> {
  const segment = params ? ((await params) as { locale?: unknown }).locale : undefined;
  return isLocale(segment) ? segment : getLocale();
}
