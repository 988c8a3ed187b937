import { createTranslator } from "next-intl";
import { type DateWords, type PreciseDate, wordPreciseDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locales";
import english from "@/messages/en/dates.json";
import korean from "@/messages/ko/dates.json";

/*
 * Dates in the reader's language: Intl writes the dates, the catalog's "dates" namespace
 * the words around them. Only that namespace is imported, so a client component may use
 * this without shipping either whole catalog.
 */

const CATALOGS: Record<Locale, typeof english> = { "en-GB": english, ko: korean };

const wordsByLocale = new Map<Locale, DateWords>();

/** A language's words around dates, made once per language. */
function dateWords(locale: Locale): DateWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "dates" });
    words = {
      twoDays: (dates) => t("twoDays", dates),
      between: (dates) => t("between", dates),
      monthPart: (values) => t("monthPart", values),
    };
    wordsByLocale.set(locale, words);
  }
  return words;
}

/**
 * A date no more precise than known, in `locale`: "3 March 2020", "November 2019",
 * "late November 2019", "28 or 29 September 2017"; "2020년 3월 3일", "2019년 11월 하순",
 * "2017년 9월 28일 또는 29일".
 */
export function formatPreciseDate(d: PreciseDate, locale: Locale): string {
  return wordPreciseDate(d, locale, dateWords(locale));
}

/** The calendar day of an instant, in UTC, as formatPreciseDate writes a day: "3 March 2020". */
export function formatDay(at: Date | string, locale: Locale): string {
  const date = typeof at === "string" ? at : at.toISOString().slice(0, 10);
  return formatPreciseDate({ date, precision: "day" }, locale);
}
