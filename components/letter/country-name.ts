import type { Locale } from "@/lib/domain/locales";

const regionNames = new Map<Locale, Intl.DisplayNames>();

/**
 * A country as readers of `locale` know it: "KR" becomes "South Korea", or "대한민국" in
 * Korean; anything that is not a code stays as written.
 */
export function countryName(country: string | null, locale: Locale): string | null {
  const value = country?.trim();
  if (!value) return null;
  if (!/^[A-Za-z]{2}$/.test(value)) return value;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(value.toUpperCase()) ?? value;
  } catch {
    return value;
  }
}
