import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { contentTranslations, letters, letterTexts } from "@/db/schema";
import {
  type ContentKind,
  chooseLetterText,
  contentReader,
  type LetterTextChoice,
  type TranslationIndex,
  translationKey,
} from "@/lib/domain/content-languages";
import { type Locale, toLocale } from "@/lib/domain/locales";

/*
 * Reading public text in the visitor's language: a letter's title, addressee line and
 * text (letter_texts), and a campaign's wording (content_translations). The rules of
 * which text is shown are lib/domain/content-languages.ts's; this reads what they need,
 * in one query per kind of row whatever the number of letters or records.
 */

/** A letter's text as a visitor in one language reads it. */
export type LetterLanguage = LetterTextChoice & {
  /** The language the letter was written in. */
  originalLocale: Locale;
  /** The version of the original the text shown is (or translates): the one a signature endorses. */
  version: number;
};

/** A letter's original as the letter row holds it. */
export type OriginalLetterText = {
  id: string;
  title: string;
  addressee: string;
  bodyMarkdown: string;
  version: number;
  originalLocale: string;
};

export type ShownLetterText = {
  title: string;
  addressee: string;
  bodyMarkdown: string;
  language: LetterLanguage;
};

/**
 * Each letter's text in `locale`, or its original where there is no current translation
 * into it, with the letter's other texts to link to.
 */
export async function readLetterTexts(
  db: Executor,
  { letters: originals, locale }: { letters: readonly OriginalLetterText[]; locale: Locale },
): Promise<Map<string, ShownLetterText>> {
  if (originals.length === 0) return new Map();
  const rows = await db
    .select({
      letterId: letterTexts.letterId,
      locale: letterTexts.locale,
      title: letterTexts.title,
      addressee: letterTexts.addressee,
      bodyMarkdown: letterTexts.bodyMarkdown,
      letterVersion: letterTexts.letterVersion,
      addedOn: letterTexts.addedOn,
    })
    .from(letterTexts)
    .where(
      inArray(
        letterTexts.letterId,
        originals.map((l) => l.id),
      ),
    );
  const shown = new Map<string, ShownLetterText>();
  for (const original of originals) {
    const translations = rows
      .filter((r) => r.letterId === original.id)
      .map((r) => ({ ...r, locale: toLocale(r.locale) }));
    const originalLocale = toLocale(original.originalLocale);
    const choice = chooseLetterText({
      wanted: locale,
      originalLocale,
      version: original.version,
      translations,
    });
    const text = choice.original ? original : translations.find((t) => t.locale === choice.shown)!;
    shown.set(original.id, {
      title: text.title,
      addressee: text.addressee,
      bodyMarkdown: text.bodyMarkdown,
      language: { ...choice, originalLocale, version: original.version },
    });
  }
  return shown;
}

/** The columns readLetterTexts needs from the letters table. */
export const originalLetterColumns = {
  id: letters.id,
  title: letters.title,
  addressee: letters.addressee,
  bodyMarkdown: letters.bodyMarkdown,
  version: letters.version,
  originalLocale: letters.originalLocale,
};

/**
 * Letter titles and addressee lines in `locale` where a current translation into it
 * exists, for lists of letters (a campaign's, the timeline's): by letter id. The text
 * itself is not read.
 */
export async function readLetterTitles(
  db: Executor,
  { letterIds, locale }: { letterIds: readonly string[]; locale: Locale },
): Promise<Map<string, { title: string; addressee: string }>> {
  if (letterIds.length === 0) return new Map();
  const rows = await db
    .select({ letterId: letterTexts.letterId, title: letterTexts.title, addressee: letterTexts.addressee })
    .from(letterTexts)
    .innerJoin(letters, eq(letters.id, letterTexts.letterId))
    .where(
      and(
        inArray(letterTexts.letterId, [...letterIds]),
        eq(letterTexts.locale, locale),
        eq(letterTexts.letterVersion, letters.version),
      ),
    );
  return new Map(rows.map(({ letterId, ...text }) => [letterId, text]));
}

type CampaignLanguage = { id: string; originalLocale: string };

/** A letter's targets, those addressed by its own line (`original`) now by that line as shown. */
export function readdressed<T extends { addressee: string }>(
  targets: readonly T[],
  original: string,
  shown: string,
): T[] {
  return targets.map((target) => (target.addressee === original ? { ...target, addressee: shown } : target));
}

/** A letter as lists show it: its title, its own addressee line and each target's. */
type ListedLetter = {
  id: string;
  title: string;
  addressee: string;
  originalLocale: string;
  targets: ReadonlyArray<{ addressee: string }>;
};

/**
 * Letters as a list shows them, titles and addressee lines in `locale` where a current
 * translation into it exists; `untranslated`: the ids of those left in another language.
 */
export async function localiseLetters<L extends ListedLetter>(
  db: Executor,
  { letters: listed, locale }: { letters: readonly L[]; locale: Locale },
): Promise<{ letters: L[]; untranslated: Set<string> }> {
  const foreign = listed.filter((l) => toLocale(l.originalLocale) !== locale);
  if (foreign.length === 0) return { letters: [...listed], untranslated: new Set() };
  const titles = await readLetterTitles(db, { letterIds: foreign.map((l) => l.id), locale });
  return {
    letters: listed.map((letter) => {
      const text = titles.get(letter.id);
      if (!text) return letter;
      return {
        ...letter,
        title: text.title,
        addressee: text.addressee,
        targets: readdressed(letter.targets, letter.addressee, text.addressee),
      };
    }),
    untranslated: new Set(foreign.filter((l) => !titles.has(l.id)).map((l) => l.id)),
  };
}

/** The languages a campaign can be read in: its original's, then those its title is translated into. */
export async function campaignLanguages(
  db: Executor,
  { campaign }: { campaign: CampaignLanguage },
): Promise<Locale[]> {
  const rows = await db
    .selectDistinct({ locale: contentTranslations.locale })
    .from(contentTranslations)
    .where(
      and(
        eq(contentTranslations.entityKind, "campaign"),
        eq(contentTranslations.entityId, campaign.id),
        eq(contentTranslations.field, "title"),
      ),
    );
  const original = toLocale(campaign.originalLocale);
  return [original, ...rows.map((r) => toLocale(r.locale)).filter((l) => l !== original)];
}

/** Records to read translations of, by kind. */
export type ContentRecords = Partial<Record<ContentKind, readonly string[]>>;

/** The translations into `locale` of these records' fields, keyed by translationKey. */
export async function readContentTranslations(
  db: Executor,
  { records, locale }: { records: ContentRecords; locale: Locale },
): Promise<TranslationIndex> {
  const scopes: SQL[] = [];
  for (const [kind, ids] of Object.entries(records) as Array<[ContentKind, readonly string[]]>) {
    if (ids.length > 0)
      scopes.push(
        and(eq(contentTranslations.entityKind, kind), inArray(contentTranslations.entityId, [...ids]))!,
      );
  }
  if (scopes.length === 0) return new Map();
  const rows = await db
    .select({
      kind: contentTranslations.entityKind,
      id: contentTranslations.entityId,
      field: contentTranslations.field,
      text: contentTranslations.text,
    })
    .from(contentTranslations)
    .where(and(eq(contentTranslations.locale, locale), or(...scopes)));
  return new Map(rows.map((r) => [translationKey(r.kind, r.id, r.field), r.text]));
}

/** A reader of one campaign's wording in `locale` (lib/domain contentReader) from translations read already. */
export function campaignReader({
  campaign,
  translations,
  locale,
}: {
  campaign: CampaignLanguage;
  translations: TranslationIndex;
  locale: Locale;
}) {
  return contentReader({ wanted: locale, originalLocale: toLocale(campaign.originalLocale), translations });
}

/**
 * A reader of one campaign's wording in `locale`, its translations read at once: the
 * campaign's own, and its records' named here.
 */
export async function campaignWordingReader(
  db: Executor,
  { campaign, records, locale }: { campaign: CampaignLanguage; records: ContentRecords; locale: Locale },
) {
  const translations =
    locale === toLocale(campaign.originalLocale)
      ? new Map()
      : await readContentTranslations(db, {
          records: { ...records, campaign: [campaign.id, ...(records.campaign ?? [])] },
          locale,
        });
  return campaignReader({ campaign, translations, locale });
}
