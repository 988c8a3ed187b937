const regionNames = new Intl.DisplayNames("en", { type: "region", fallback: "code" });

/** A country as readers know it: "KR" becomes "South Korea"; anything that is not a code stays as written. */
export function countryName(country: string | null): string | null {
  const value = country?.trim();
  if (!value) return null;
  if (!/^[A-Za-z]{2}$/.test(value)) return value;
  try {
    return regionNames.of(value.toUpperCase()) ?? value;
  } catch {
    return value;
  }
}
