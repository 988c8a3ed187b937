import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "@/lib/domain/locales";

/** How long the language control's choice is remembered (LOCALE_COOKIE), in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/*
 * The site's languages as next-intl's navigation sees them: English at the unprefixed
 * addresses, Korean under /ko. The app's own proxy (proxy.ts) does the routing on the
 * server with the same rules (lib/domain/locales.ts), so next-intl's middleware is not used.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // Locale detection from Accept-Language is off: only the URL and the visitor's own choice
  // (the language control, app/language/route.ts) decide.
  localeDetection: false,
  alternateLinks: false,
  localeCookie: { name: LOCALE_COOKIE, maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" },
});
