/*
 * Text from outside (forms, JSON bodies, addresses, query strings) on its way to the
 * database. PostgreSQL text cannot hold U+0000: a value containing it fails the whole
 * statement ("invalid byte sequence for encoding UTF8: 0x00"). No "server-only": the
 * server's own request handler (scripts/start.ts) uses these before Next runs.
 */

/** Longer than any slug stored (campaigns, letters and organisations take at most 100). */
export const SLUG_LOOKUP_MAX = 200;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The same value with U+0000 removed from every string in it, however deep in arrays
 * and plain objects; numbers, dates, files and the like are left as they are. Objects
 * and arrays are copied only when something in them changed.
 */
export function stripNul<T>(value: T): T {
  if (typeof value === "string")
    return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const copy = value.map((item) => {
      const cleaned = stripNul(item);
      if (cleaned !== item) changed = true;
      return cleaned;
    });
    return (changed ? copy : value) as T;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
    for (const [key, item] of Object.entries(value)) {
      const cleaned = stripNul(item);
      if (cleaned !== item) changed = true;
      // defineProperty: a "__proto__" key from JSON stays a plain key, never a prototype.
      Object.defineProperty(copy, key, {
        value: cleaned,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return (changed ? copy : value) as T;
  }
  return value;
}

/** The text without control characters other than tab, line feed and carriage return (a CSV file keeps its lines). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_BUT_LINES, "");
}

// Control characters (BEL, ESC …) and the invisible marks that reorder text on screen:
// the bidirectional embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
// and the left-to-right, right-to-left and Arabic letter marks. A name holding U+202E
// reads backwards from that point on every page, list and export that shows it.
const NAME_UNWANTED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name (a person's, a title, an organisation's) as it may be shown: without control or
 * bidirectional-override characters, tabs and line breaks as spaces, spaces collapsed
 * and trimmed.
 */
export function cleanName(text: string): string {
  return text.replace(NAME_UNWANTED, "").replace(/\s+/g, " ").trim();
}

/**
 * Search or filter text from a query string, safe for SQL: tabs and line breaks become
 * spaces, other control characters (U+0000 among them) are dropped.
 */
export function cleanSearchText(text: string): string {
  return stripControlCharacters(text).replace(/[\t\n\r]/g, " ");
}

/**
 * Whether a slug taken from an address could name anything stored: not empty, no longer
 * than SLUG_LOOKUP_MAX, no control characters. Anything else is not found, without a
 * query (U+0000 would make PostgreSQL fail) and without a cache entry or tag of its own.
 */
export function isPossibleSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_LOOKUP_MAX && !CONTROL.test(slug);
}

/**
 * Text as a PostgreSQL regular expression that matches exactly it: ASCII punctuation
 * escaped with a backslash (in PostgreSQL's advanced expressions, a backslash before
 * anything but a letter or digit means that character itself).
 */
export function postgresRegexLiteral(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
