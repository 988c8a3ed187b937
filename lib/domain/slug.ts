/*
 * Slugs: the URL part of a campaign, letter, target or organisation. One rule for every
 * place that makes or checks one, so a title always gives the same address.
 */

/** The longest slug: stored slugs never exceed it. */
export const SLUG_MAX = 100;

/**
 * A URL-safe slug from a title: "Letter to President Moon, 2019" → "letter-to-president-moon-2019",
 * "Don't Forget" → "dont-forget", "북한 인권" → "북한-인권"; "" when nothing usable is left.
 * Latin accents are dropped ("Café" → "cafe"); letters of other scripts are kept, and the
 * address builders encode them. ASCII input gives what the seed has always produced.
 */
export function slugify(text: string): string {
  return (
    text
      // Split accented Latin letters, drop the accents, then put Hangul (which NFKD splits into jamo) back together.
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .toLowerCase()
      // An apostrophe joins a word ("don't"), it does not separate two.
      .replace(/['’]/g, "")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, SLUG_MAX)
      // The cut may leave half a surrogate pair or a hyphen at the end.
      .replace(/[\uD800-\uDBFF]$/, "")
      .replace(/-+$/, "")
  );
}

/** Whether a typed slug is one slugify would keep as it is (so it is also a valid address). */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= SLUG_MAX && slugify(value) === value;
}
