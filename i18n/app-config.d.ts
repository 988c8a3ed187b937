import type { Locale } from "@/lib/domain/locales";

/*
 * next-intl's locale is one of ours: useLocale() and getLocale() return a Locale, which
 * the formatting helpers (lib/i18n) and localePath take as it is.
 */
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
