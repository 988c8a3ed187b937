/*
 * What a visitor typed in the search box, made safe to search with: trimmed, control
 * characters and extra spaces dropped, cut to a length no name reaches, and split into
 * the words both matchers use. Full-text search (PostgreSQL's "simple" configuration,
 * each word as a prefix: "reprisa" finds "reprisals") ranks the results; a plain
 * substring match on each word finds what full-text parsing may not split into words,
 * such as a Korean name typed in part ("인권" in "북한인권시민연합").
 */

/** Longer than any name or title anyone would type; a longer query is cut here. */
export const SEARCH_QUERY_MAX = 100;

/** At most this many words are matched; the rest of a pasted paragraph is ignored. */
const MAX_WORDS = 8;

/** The kinds of record one search covers, in the order results are grouped. */
export const SEARCH_KINDS = ["campaign", "letter", "organisation", "target"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchTerms = {
  /** The query as searched and shown back: "north korea". */
  text: string;
  /** Its words, lower-cased: letters and digits of any script. */
  words: string[];
  /** A tsquery of every word as a prefix ("north:* & korea:*"), or null with no words. */
  tsquery: string | null;
};

/** The terms of a query, or null when nothing searchable is left. */
export function searchTerms(raw: unknown): SearchTerms | null {
  if (typeof raw !== "string") return null;
  const text = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SEARCH_QUERY_MAX)
    .trim();
  // Words are runs of letters, marks and digits in any script; the rest only separates them.
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return { text, words, tsquery: words.map((w) => `${w}:*`).join(" & ") };
}

/** A LIKE pattern matching `word` anywhere: its own %, _ and \ escaped. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
