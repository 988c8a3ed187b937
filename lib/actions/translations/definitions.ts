import type { Executor } from "@/db";
import { loadPublicRefs } from "@/db/queries/staff-campaigns";
import {
  contentTranslationSavedAt,
  deleteContentTranslation,
  deleteLetterText,
  letterTranslationRefs,
  lockContentRecord,
  saveContentTranslation,
  setCampaignOriginalLocale,
  setLetterOriginalLocale,
  upsertLetterText,
} from "@/db/queries/staff-translations";
import { ActionError, found } from "@/lib/actions/result";
import { publicRefsTags, refuseFuture, type StaffWrite, staffWritesNeeding } from "@/lib/actions/staff-write";
import { refuseStaleEdit } from "@/lib/actions/stale-edit";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import {
  type ContentKind,
  TRANSLATABLE_FIELDS,
  TRANSLATION_PERMISSION,
} from "@/lib/domain/content-languages";
import { type Locale, toLocale } from "@/lib/domain/locales";
import {
  contentTranslationDeleteSchema,
  contentTranslationSchema,
  letterTranslationDeleteSchema,
  letterTranslationSchema,
  originalLanguageSchema,
} from "@/lib/validations/translations";

/*
 * Translations' writes: a letter's text in another language, and a campaign's, ask's,
 * event's or response's wording. Whoever may edit a record may edit its translations
 * (TRANSLATION_PERMISSION), so each kind has its own pair of actions, built with that
 * kind's permission. Each returns the tags of the public pages the translation shows on.
 */

/** Refuses a translation into the language the record was written in: that is its original. */
function refuseOriginal(locale: Locale, originalLocale: string): void {
  if (toLocale(originalLocale) === locale) throw new ActionError("errors.translation.isOriginal", "locale");
}

// ── Letters ──────────────────────────────────────────────────────────────────

const letterWrite = staffWritesNeeding(TRANSLATION_PERMISSION.letter);

async function requireLetter(tx: Executor, letterId: string) {
  return found(await letterTranslationRefs(tx, { letterId }), "errors.translation.recordNotFound");
}

/** The letter's page and its campaign's, when the public sees them. */
function letterTags(letter: { isPublic: boolean; campaignSlug: string; slug: string }): string[] {
  return letter.isPublic
    ? letterChangeTags({ campaignSlug: letter.campaignSlug, letterSlug: letter.slug })
    : [];
}

/**
 * Saves a letter's title, addressee line and text in another language, as a translation
 * of the letter's current version, with the day it is said to have been added.
 */
export const saveLetterTranslationDefinition = letterWrite({
  name: "letter.save_translation",
  schema: letterTranslationSchema,
  run: async ({ tx, input, actor, audit }): Promise<StaffWrite> => {
    const letter = await requireLetter(tx, input.letterId);
    refuseOriginal(input.locale, letter.originalLocale);
    refuseFuture(input.addedOn, "day", "addedOn");
    // A letter with a text has it translated too; one from the record without a text need not.
    if (letter.hasText && !input.bodyMarkdown)
      throw new ActionError("errors.translation.bodyRequired", "bodyMarkdown");
    const { editedFrom, letterId, locale, ...text } = input;
    const { before, updatedAt } = await upsertLetterText(tx, {
      ...text,
      letterId,
      locale,
      letterVersion: letter.version,
      createdBy: actor?.id ?? null,
    });
    // Someone saved it since the form was drawn: refused, and the write above rolls back.
    if (before) refuseStaleEdit(before.updatedAt, editedFrom);
    audit({
      action: "letter.save_translation",
      entityType: "letter",
      entityId: letterId,
      before: before ? { locale, ...translationAudit(before) } : undefined,
      after: { locale, ...text, letterVersion: letter.version },
    });
    return { id: letterId, tags: letterTags(letter), updatedAt: updatedAt.toISOString() };
  },
});

function translationAudit(row: {
  title: string;
  addressee: string;
  bodyMarkdown: string;
  letterVersion: number;
  addedOn: string;
}) {
  const { title, addressee, bodyMarkdown, letterVersion, addedOn } = row;
  return { title, addressee, bodyMarkdown, letterVersion, addedOn };
}

export const deleteLetterTranslationDefinition = letterWrite({
  name: "letter.delete_translation",
  schema: letterTranslationDeleteSchema,
  run: async ({ tx, input, audit }): Promise<StaffWrite> => {
    const letter = await requireLetter(tx, input.letterId);
    const deleted = await deleteLetterText(tx, input);
    if (!deleted) throw new ActionError("errors.translation.recordNotFound");
    audit({
      action: "letter.delete_translation",
      entityType: "letter",
      entityId: input.letterId,
      before: { locale: input.locale, ...translationAudit(deleted) },
    });
    return { id: input.letterId, tags: letterTags(letter) };
  },
});

// ── Campaigns, asks, events, responses ───────────────────────────────────────

/** A campaign's wording shows on its page, its letters' pages (title, responses) and the lists. */
async function campaignTags(tx: Executor, campaignId: string): Promise<string[]> {
  return publicRefsTags(await loadPublicRefs(tx, { campaignIds: [campaignId] }));
}

/** The save and delete actions of one kind of record's translations, with that kind's permission. */
function contentTranslationDefinitions(kind: ContentKind) {
  const write = staffWritesNeeding(TRANSLATION_PERMISSION[kind]);
  const requireRecord = async (tx: Executor, id: string) =>
    found(await lockContentRecord(tx, { kind, id }), "errors.translation.recordNotFound");

  const save = write({
    name: `${kind}.save_translation`,
    schema: contentTranslationSchema,
    run: async ({ tx, input, actor, audit }): Promise<StaffWrite> => {
      const record = await requireRecord(tx, input.id);
      refuseOriginal(input.locale, record.originalLocale);
      const savedAt = await contentTranslationSavedAt(tx, { kind, id: input.id, locale: input.locale });
      if (savedAt) refuseStaleEdit(savedAt, input.editedFrom);
      const fields: Record<string, string | null> = {};
      for (const field of TRANSLATABLE_FIELDS[kind]) {
        // A field the original leaves empty has nothing to translate.
        fields[field] = record.original[field] ? input[field] : null;
      }
      const given = Object.entries(fields).filter(([, text]) => text !== null);
      if (given.length === 0) throw new ActionError("errors.translation.empty", TRANSLATABLE_FIELDS[kind][0]);
      const { before, updatedAt } = await saveContentTranslation(tx, {
        kind,
        id: input.id,
        locale: input.locale,
        fields,
        createdBy: actor?.id ?? null,
      });
      audit({
        action: `${kind}.save_translation`,
        entityType: kind,
        entityId: input.id,
        before: Object.keys(before).length > 0 ? { locale: input.locale, ...before } : undefined,
        after: { locale: input.locale, ...Object.fromEntries(given) },
      });
      return {
        id: input.id,
        tags: await campaignTags(tx, record.campaign.id),
        updatedAt: updatedAt.toISOString(),
      };
    },
  });

  const remove = write({
    name: `${kind}.delete_translation`,
    schema: contentTranslationDeleteSchema,
    run: async ({ tx, input, audit }): Promise<StaffWrite> => {
      const record = await requireRecord(tx, input.id);
      const deleted = await deleteContentTranslation(tx, { kind, id: input.id, locale: input.locale });
      if (deleted === 0) throw new ActionError("errors.translation.recordNotFound");
      audit({
        action: `${kind}.delete_translation`,
        entityType: kind,
        entityId: input.id,
        before: { locale: input.locale },
      });
      return { id: input.id, tags: await campaignTags(tx, record.campaign.id) };
    },
  });

  return { save, remove };
}

export const campaignTranslation = contentTranslationDefinitions("campaign");
export const askTranslation = contentTranslationDefinitions("ask");
export const eventTranslation = contentTranslationDefinitions("event");
export const responseTranslation = contentTranslationDefinitions("response");

// ── A record's original language ─────────────────────────────────────────────

/**
 * Sets the language a letter's own text is written in. Refused while it has a
 * translation into that language (the database refuses it too: two originals).
 */
export const setLetterOriginalDefinition = letterWrite({
  name: "letter.set_original_language",
  schema: originalLanguageSchema,
  run: async ({ tx, input, audit }): Promise<StaffWrite> => {
    const letter = await requireLetter(tx, input.id);
    const set = found(await setLetterOriginalLocale(tx, input), "errors.translation.recordNotFound");
    if (set.hasTranslation) throw new ActionError("errors.translation.originalTaken", "locale");
    audit({
      action: "letter.set_original_language",
      entityType: "letter",
      entityId: input.id,
      before: { originalLocale: set.before },
      after: { originalLocale: input.locale },
    });
    return { id: input.id, tags: set.before === input.locale ? [] : letterTags(letter) };
  },
});

/** Sets the language a campaign's wording (its own, its asks', events' and responses') is written in. */
export const setCampaignOriginalDefinition = staffWritesNeeding(TRANSLATION_PERMISSION.campaign)({
  name: "campaign.set_original_language",
  schema: originalLanguageSchema,
  run: async ({ tx, input, audit }): Promise<StaffWrite> => {
    const set = found(await setCampaignOriginalLocale(tx, input), "errors.translation.recordNotFound");
    if (set.hasTranslation) throw new ActionError("errors.translation.originalTaken", "locale");
    audit({
      action: "campaign.set_original_language",
      entityType: "campaign",
      entityId: input.id,
      before: { originalLocale: set.before },
      after: { originalLocale: input.locale },
    });
    return { id: input.id, tags: set.before === input.locale ? [] : await campaignTags(tx, input.id) };
  },
});
