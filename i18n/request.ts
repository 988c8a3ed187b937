import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/locales";
import { messages as en } from "@/messages/en";
import { messages as ko } from "@/messages/ko";

/** Each language's whole catalog, imported statically so it is bundled, not read from disk per request. */
export const CATALOGS: Record<Locale, typeof en> = { "en-GB": en, ko };

/*
 * The language of a request: the [locale] segment of the page (set by each layout and
 * page with setRequestLocale, i18n/route-locale.ts), or the one proxy.ts read from the
 * address for a server action; an explicit locale wins (getTranslations({ locale })).
 * Anything else (a route outside [locale], a value that names no language) is English.
 */
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const requested = locale ?? (await requestLocale);
  const chosen = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale: chosen,
    // Dates on the public record are calendar dates; UTC keeps them from shifting by a day.
    timeZone: "UTC",
    messages: CATALOGS[chosen],
  };
});
