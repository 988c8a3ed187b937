/*
 * Public text in more than one language: which text a page shows a visitor, and when it
 * says it fell back to another. Pure rules, no database: db/queries reads the texts and
 * applies these, pages only render what they were given.
 *
 * A record's own columns (a letter's title, addressee line and text; a campaign's title
 * and summary; an ask's, event's or response's wording) are its original, in its
 * original language (letters.original_locale, campaigns.original_locale: a campaign's
 * asks, events and responses are written in the campaign's). Translations are kept
 * beside them (letter_texts, content_translations), never in place of them.
 */
import { LOCALES, type Locale } from "./locales";
import type { SitePermission } from "./permissions";

/** The records other than letters whose wording can be translated. */
export const CONTENT_KINDS = ["campaign", "ask", "event", "response"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The fields of each kind a translation gives, in the order the staff form shows them. */
export const TRANSLATABLE_FIELDS = {
  campaign: ["title", "summary"],
  ask: ["title", "description"],
  event: ["title", "description"],
  response: ["summary"],
} as const satisfies Record<ContentKind, readonly string[]>;

export type TranslatableField<K extends ContentKind = ContentKind> = (typeof TRANSLATABLE_FIELDS)[K][number];

/** Every kind of record with a translation: letters (letter_texts) and the rest (content_translations). */
export const TRANSLATED_KINDS = ["letter", ...CONTENT_KINDS] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

/** Whoever may edit a record may edit its translations. */
export const TRANSLATION_PERMISSION = {
  letter: "letter.manage",
  campaign: "campaign.manage",
  ask: "campaign.manage",
  event: "event.manage",
  response: "response.manage",
} as const satisfies Record<TranslatedKind, SitePermission>;

/** How far a record's text in one language has got. */
export type TranslationState =
  /** No text in the language at all. */
  | "missing"
  /** Some of its fields, not all that the original has. */
  | "partial"
  /** A letter's translation of an earlier version of its text: not shown. */
  | "outdated"
  | "current";

/** The languages a text can be translated into: every language the site speaks but the original's. */
export function translationLocales(original: Locale): Locale[] {
  return LOCALES.filter((l) => l !== original);
}

// ── Letters ──────────────────────────────────────────────────────────────────

/** A translation of a letter as the rules need it. */
export type LetterTranslationInfo = {
  locale: Locale;
  /** The version of the original text it translates. */
  letterVersion: number;
  /** The day it was added ("YYYY-MM-DD"), as the page says. */
  addedOn: string;
};

/** A translation is current while it translates the letter's current version. */
export function isCurrentTranslation(
  t: Pick<LetterTranslationInfo, "letterVersion">,
  version: number,
): boolean {
  return t.letterVersion === version;
}

/**
 * Why the page shows the original instead of the visitor's language: there is no
 * translation into it, or there is one of an earlier version of the text (it is not shown:
 * a signer must read the text they endorse). Null when the visitor's language is shown.
 */
export type FallbackReason = "missing" | "outdated";

/** Which of a letter's texts a visitor in `wanted` reads, and the others to link to. */
export type LetterTextChoice = {
  /** The language of the text shown. */
  shown: Locale;
  /** Whether the text shown is the original. */
  original: boolean;
  /** The day the translation shown was added; null for the original. */
  addedOn: string | null;
  /** Set when the visitor asked for another language than the one shown. */
  fallback: { wanted: Locale; reason: FallbackReason } | null;
  /**
   * The letter's other texts a visitor may read instead: the original first (addedOn
   * null), then current translations with the day each was added.
   */
  others: Array<{ locale: Locale; original: boolean; addedOn: string | null }>;
};

/**
 * The text a visitor who reads `wanted` is shown: the original when it is in their
 * language, else a current translation into it, else the original, saying why.
 */
export function chooseLetterText({
  wanted,
  originalLocale,
  version,
  translations,
}: {
  wanted: Locale;
  originalLocale: Locale;
  /** The letter's current version. */
  version: number;
  translations: readonly LetterTranslationInfo[];
}): LetterTextChoice {
  const current = translations.filter((t) => t.locale !== originalLocale && isCurrentTranslation(t, version));
  const wantedTranslation = current.find((t) => t.locale === wanted);
  const shown: Locale = wanted === originalLocale || wantedTranslation ? wanted : originalLocale;
  const fallback =
    shown === wanted
      ? null
      : {
          wanted,
          reason: translations.some((t) => t.locale === wanted)
            ? ("outdated" as const)
            : ("missing" as const),
        };
  const others = [
    ...(shown === originalLocale ? [] : [{ locale: originalLocale, original: true, addedOn: null }]),
    ...current
      .filter((t) => t.locale !== shown)
      .map((t) => ({ locale: t.locale, original: false, addedOn: t.addedOn })),
  ];
  return {
    shown,
    original: shown === originalLocale,
    addedOn: shown === originalLocale ? null : wantedTranslation!.addedOn,
    fallback,
    others,
  };
}

// ── Campaign wording ─────────────────────────────────────────────────────────

/** Translated fields by "kind:id:field", for one language. */
export type TranslationIndex = ReadonlyMap<string, string>;

export const translationKey = (kind: ContentKind, id: string, field: string) => `${kind}:${id}:${field}`;

/**
 * Reads a campaign's wording in one language, keeping track of whether any of it had to
 * stay in the original: the page then says so once, not beside every item.
 */
export function contentReader({
  wanted,
  originalLocale,
  translations,
}: {
  wanted: Locale;
  originalLocale: Locale;
  translations: TranslationIndex;
}) {
  /** The language some of the wording stayed in, once any did. */
  let fellBackTo: Locale | null = null;
  const reader = {
    /**
     * The field in the visitor's language, or the original's text. An empty original
     * (a summary not written) has nothing to translate and is no fallback.
     */
    text<T extends string | null>(kind: ContentKind, id: string, field: string, original: T): T | string {
      if (wanted === originalLocale || original === null || original === "") return original;
      const translated = translations.get(translationKey(kind, id, field));
      if (translated !== undefined) return translated;
      fellBackTo ??= originalLocale;
      return original;
    },
    /** Whether the field has a text in the visitor's language (the original's, or a translation). */
    translated(kind: ContentKind, id: string, field: string): boolean {
      return wanted === originalLocale || translations.has(translationKey(kind, id, field));
    },
    /** Notes that something else the page shows with this wording (a letter's title) stayed in `locale`, its original. */
    fallBack(locale: Locale): void {
      fellBackTo ??= locale;
    },
    /** What the page says of the language of its wording: null when all of it is in the visitor's. */
    notice(): ContentLanguageNotice | null {
      return fellBackTo ? { wanted, original: fellBackTo } : null;
    },
  };
  return reader;
}

/** Said once on a page whose wording is partly or wholly in its original language. */
export type ContentLanguageNotice = { wanted: Locale; original: Locale };
