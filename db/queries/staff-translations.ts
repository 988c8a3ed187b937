import "server-only";
import { type AnyColumn, and, asc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  asks,
  campaigns,
  contentTranslations,
  events,
  letters,
  letterTexts,
  responses,
  signatures,
} from "@/db/schema";
import {
  type ContentKind,
  TRANSLATABLE_FIELDS,
  type TranslatedKind,
  type TranslationState,
  translationLocales,
} from "@/lib/domain/content-languages";
import { type Locale, toLocale } from "@/lib/domain/locales";
import { publicCampaign } from "./public-visibility";
import { qualified } from "./qualified";
import { originalLetterColumns } from "./translations";

/*
 * The staff side of translations: what the side-by-side editor shows of a record and its
 * text in one language, the writes it makes (inside its action's transaction), and which
 * records lack a text in a language.
 */

const LIVE = ["pending", "confirmed"] as const;

type CampaignRef = { id: string; title: string };

/** A letter's translation as its editor shows it. */
export type LetterTranslationRow = {
  title: string;
  addressee: string;
  bodyMarkdown: string;
  /** The version of the original it translates. */
  letterVersion: number;
  addedOn: string;
  updatedAt: string;
};

export type LetterTranslationEditor = {
  kind: "letter";
  id: string;
  originalLocale: Locale;
  /** The original, as it stands: the text a translation is made from. */
  original: { title: string; addressee: string; bodyMarkdown: string; version: number };
  campaign: CampaignRef;
  translation: LetterTranslationRow | null;
  /** Live signatures made reading this translation, of the current version. */
  signedInLocale: number;
};

/** A letter and its text in `locale` for the editor; null when there is no such letter. */
export async function getLetterTranslationEditor(
  db: Executor,
  { id, locale }: { id: string; locale: Locale },
): Promise<LetterTranslationEditor | null> {
  const [row] = await db
    .select({ ...originalLetterColumns, campaign: { id: campaigns.id, title: campaigns.title } })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.id, id));
  if (!row) return null;
  const [[translation], [signed]] = await Promise.all([
    db
      .select()
      .from(letterTexts)
      .where(and(eq(letterTexts.letterId, id), eq(letterTexts.locale, locale))),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(signatures)
      .where(
        and(
          eq(signatures.letterId, id),
          eq(signatures.textLocale, locale),
          eq(signatures.letterVersion, row.version),
          inArray(signatures.status, LIVE),
        ),
      ),
  ]);
  const { campaign, version, originalLocale, ...original } = row;
  return {
    kind: "letter",
    id: row.id,
    originalLocale: toLocale(originalLocale),
    original: {
      title: original.title,
      addressee: original.addressee,
      bodyMarkdown: original.bodyMarkdown,
      version,
    },
    campaign,
    translation: translation
      ? {
          title: translation.title,
          addressee: translation.addressee,
          bodyMarkdown: translation.bodyMarkdown,
          letterVersion: translation.letterVersion,
          addedOn: translation.addedOn,
          updatedAt: translation.updatedAt.toISOString(),
        }
      : null,
    signedInLocale: signed?.count ?? 0,
  };
}

/** A campaign's, ask's, event's or response's wording and its translation, for the editor. */
export type ContentTranslationEditor = {
  kind: ContentKind;
  id: string;
  /** Its campaign's original language, which its wording is in. */
  originalLocale: Locale;
  campaign: CampaignRef;
  /** Each field the kind translates, as the original has it (null or "": nothing to translate). */
  original: Record<string, string | null>;
  /** The translated fields there are. */
  translation: Record<string, string>;
  /** When a field of the translation was last saved (ISO); null when none is. */
  updatedAt: string | null;
};

/** One record's original fields and campaign, by kind. */
async function readContentRecord(db: Executor, kind: ContentKind, id: string, lock = false) {
  const columns = {
    campaignId: campaigns.id,
    campaignTitle: campaigns.title,
    originalLocale: campaigns.originalLocale,
  };
  const query =
    kind === "campaign"
      ? db
          .select({ ...columns, title: campaigns.title, summary: campaigns.summary })
          .from(campaigns)
          .where(eq(campaigns.id, id))
      : kind === "ask"
        ? db
            .select({ ...columns, title: asks.title, description: asks.description })
            .from(asks)
            .innerJoin(campaigns, eq(campaigns.id, asks.campaignId))
            .where(eq(asks.id, id))
        : kind === "event"
          ? db
              .select({ ...columns, title: events.title, description: events.description })
              .from(events)
              .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
              .where(eq(events.id, id))
          : db
              .select({ ...columns, summary: responses.summary })
              .from(responses)
              .innerJoin(campaigns, eq(campaigns.id, responses.campaignId))
              .where(eq(responses.id, id));
  // The campaign's row, share-locked in a write: its original language holds until commit.
  const [row] = await (lock ? query.for("share", { of: campaigns }) : query);
  if (!row) return null;
  const { campaignId, campaignTitle, originalLocale, ...fields } = row as typeof row &
    Record<string, string | null>;
  const original: Record<string, string | null> = {};
  for (const field of TRANSLATABLE_FIELDS[kind])
    original[field] = (fields as Record<string, string | null>)[field] ?? null;
  return {
    campaign: { id: campaignId, title: campaignTitle },
    originalLocale: toLocale(originalLocale),
    original,
  };
}

/** A record and its wording in `locale` for the editor; null when there is no such record. */
export async function getContentTranslationEditor(
  db: Executor,
  { kind, id, locale }: { kind: ContentKind; id: string; locale: Locale },
): Promise<ContentTranslationEditor | null> {
  const [record, rows] = await Promise.all([
    readContentRecord(db, kind, id),
    readTranslationRows(db, { kind, id, locale }),
  ]);
  if (!record) return null;
  const latest = rows.reduce<Date | null>((at, r) => (at && at > r.updatedAt ? at : r.updatedAt), null);
  return {
    kind,
    id,
    ...record,
    translation: Object.fromEntries(rows.map((r) => [r.field, r.text])),
    updatedAt: latest?.toISOString() ?? null,
  };
}

function readTranslationRows(
  db: Executor,
  { kind, id, locale }: { kind: ContentKind; id: string; locale: Locale },
) {
  return db
    .select({
      field: contentTranslations.field,
      text: contentTranslations.text,
      updatedAt: contentTranslations.updatedAt,
    })
    .from(contentTranslations)
    .where(
      and(
        eq(contentTranslations.entityKind, kind),
        eq(contentTranslations.entityId, id),
        eq(contentTranslations.locale, locale),
      ),
    );
}

// ── Writes (inside the translation actions' transaction) ────────────────────

/** The record to translate, its campaign locked; null when there is no such record. */
export function lockContentRecord(tx: Executor, { kind, id }: { kind: ContentKind; id: string }) {
  return readContentRecord(tx, kind, id, true);
}

/** The latest save of a record's wording in `locale`, for the stale-edit check; null when none. */
export async function contentTranslationSavedAt(
  tx: Executor,
  input: { kind: ContentKind; id: string; locale: Locale },
): Promise<Date | null> {
  const rows = await readTranslationRows(tx, input);
  return rows.reduce<Date | null>((at, r) => (at && at > r.updatedAt ? at : r.updatedAt), null);
}

/**
 * Writes a record's wording in `locale`: each field given is stored (added or changed),
 * each null one removed, all stamped with one time. Returns the fields as they were
 * before (for the audit log) and that time (for the form's next save).
 */
export async function saveContentTranslation(
  tx: Executor,
  {
    kind,
    id,
    locale,
    fields,
    createdBy,
  }: {
    kind: ContentKind;
    id: string;
    locale: Locale;
    fields: Record<string, string | null>;
    createdBy: string | null;
  },
): Promise<{ before: Record<string, string>; updatedAt: Date }> {
  const before = await readTranslationRows(tx, { kind, id, locale });
  const now = new Date();
  const given = Object.entries(fields).flatMap(([field, text]) => (text === null ? [] : [{ field, text }]));
  const removed = Object.entries(fields).flatMap(([field, text]) => (text === null ? [field] : []));
  if (given.length > 0) {
    await tx
      .insert(contentTranslations)
      .values(
        given.map(({ field, text }) => ({ entityKind: kind, entityId: id, field, locale, text, createdBy })),
      )
      .onConflictDoUpdate({
        target: [
          contentTranslations.entityKind,
          contentTranslations.entityId,
          contentTranslations.field,
          contentTranslations.locale,
        ],
        set: { text: sql`excluded.text`, updatedAt: now },
      });
  }
  if (removed.length > 0) await deleteContentTranslation(tx, { kind, id, locale, fields: removed });
  return { before: Object.fromEntries(before.map((r) => [r.field, r.text])), updatedAt: now };
}

/** Removes a record's wording in `locale` (only `fields`, when given); returns how many fields went. */
export async function deleteContentTranslation(
  tx: Executor,
  { kind, id, locale, fields }: { kind: ContentKind; id: string; locale: Locale; fields?: readonly string[] },
): Promise<number> {
  const conditions: SQL[] = [
    eq(contentTranslations.entityKind, kind),
    eq(contentTranslations.entityId, id),
    eq(contentTranslations.locale, locale),
  ];
  if (fields) conditions.push(inArray(contentTranslations.field, [...fields]));
  const deleted = await tx
    .delete(contentTranslations)
    .where(and(...conditions))
    .returning({ field: contentTranslations.field });
  return deleted.length;
}

export type LetterTextValues = {
  letterId: string;
  locale: Locale;
  title: string;
  addressee: string;
  bodyMarkdown: string;
  letterVersion: number;
  addedOn: string;
  createdBy: string | null;
};

/**
 * Adds or replaces a letter's text in one language; returns the row before (if any) and
 * when it was saved now.
 */
export async function upsertLetterText(
  tx: Executor,
  { createdBy, ...values }: LetterTextValues,
): Promise<{ before: typeof letterTexts.$inferSelect | null; updatedAt: Date }> {
  const [before] = await tx
    .select()
    .from(letterTexts)
    .where(and(eq(letterTexts.letterId, values.letterId), eq(letterTexts.locale, values.locale)))
    .for("update");
  const [saved] = await tx
    .insert(letterTexts)
    .values({ ...values, createdBy })
    .onConflictDoUpdate({
      target: [letterTexts.letterId, letterTexts.locale],
      set: { ...values, updatedAt: new Date() },
    })
    .returning({ updatedAt: letterTexts.updatedAt });
  return { before: before ?? null, updatedAt: saved!.updatedAt };
}

/** Removes a letter's text in one language; returns it as it was, or null when there was none. */
export async function deleteLetterText(
  tx: Executor,
  { letterId, locale }: { letterId: string; locale: Locale },
): Promise<typeof letterTexts.$inferSelect | null> {
  const [deleted] = await tx
    .delete(letterTexts)
    .where(and(eq(letterTexts.letterId, letterId), eq(letterTexts.locale, locale)))
    .returning();
  return deleted ?? null;
}

// ── What lacks a text in a language ──────────────────────────────────────────

/** A record and how far its text in one language has got. */
export type TranslationStatusRow = {
  kind: TranslatedKind;
  id: string;
  /** Its title (a response: the start of its summary), in its original language. */
  label: string;
  campaign: CampaignRef;
  state: TranslationState;
};

/**
 * Records and how far each has got in `locale`: of one campaign (`campaignId`: all of
 * its records, public or not), or of every public campaign, those not yet fully in it.
 * Records written in `locale` need no translation and are left out; so are retracted
 * ones. Campaigns first, then their letters, asks, events and responses.
 */
export async function listTranslationStatus(
  db: Executor,
  { locale, campaignId }: { locale: Locale; campaignId?: string },
): Promise<TranslationStatusRow[]> {
  const scope: SQL = campaignId ? eq(campaigns.id, campaignId) : publicCampaign;
  const foreign = ne(campaigns.originalLocale, locale);
  const translatedFields = (kind: ContentKind, id: SQL) =>
    sql<string[]>`coalesce((select array_agg(${contentTranslations.field}) from ${contentTranslations}
      where ${contentTranslations.entityKind} = ${kind} and ${contentTranslations.entityId} = ${id}
      and ${contentTranslations.locale} = ${locale}), '{}')`;
  const campaignRef = { id: campaigns.id, title: campaigns.title };
  /** Asks and events, each with a title and a description, not retracted. */
  const titledRecords = (kind: "ask" | "event", table: typeof asks | typeof events, order: AnyColumn) =>
    db
      .select({
        id: table.id,
        campaign: campaignRef,
        title: table.title,
        description: table.description,
        translated: translatedFields(kind, sql`${table.id}`),
      })
      .from(table as typeof asks)
      .innerJoin(campaigns, eq(campaigns.id, table.campaignId))
      .where(and(scope, foreign, isNull(table.retractedAt)))
      .orderBy(asc(campaigns.title), asc(order));

  const [campaignRows, letterRows, askRows, eventRows, responseRows] = await Promise.all([
    db
      .select({
        id: campaigns.id,
        campaign: campaignRef,
        title: campaigns.title,
        summary: campaigns.summary,
        translated: translatedFields("campaign", qualified(campaigns.id)),
      })
      .from(campaigns)
      .where(and(scope, foreign))
      .orderBy(asc(campaigns.title)),
    db
      .select({
        id: letters.id,
        campaign: campaignRef,
        title: letters.title,
        textVersion: sql<number | null>`(select ${letterTexts.letterVersion} from ${letterTexts}
          where ${letterTexts.letterId} = ${qualified(letters.id)} and ${letterTexts.locale} = ${locale})`,
        version: letters.version,
      })
      .from(letters)
      .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
      .where(
        and(scope, ne(letters.originalLocale, locale), campaignId ? undefined : ne(letters.status, "draft")),
      )
      .orderBy(asc(campaigns.title), asc(letters.title)),
    titledRecords("ask", asks, asks.position),
    titledRecords("event", events, events.occurredOn),
    db
      .select({
        id: responses.id,
        campaign: campaignRef,
        summary: responses.summary,
        translated: translatedFields("response", sql`${responses.id}`),
      })
      .from(responses)
      .innerJoin(campaigns, eq(campaigns.id, responses.campaignId))
      .where(and(scope, foreign, isNull(responses.retractedAt)))
      .orderBy(asc(campaigns.title), asc(responses.respondedOn)),
  ]);

  /** How far a record's fields have got: those the original has, against those translated. */
  const contentState = (
    original: Record<string, string | null>,
    translated: readonly string[],
  ): TranslationState => {
    const needed = Object.entries(original)
      .filter(([, text]) => text)
      .map(([field]) => field);
    const done = needed.filter((f) => translated.includes(f));
    return done.length === 0 ? "missing" : done.length < needed.length ? "partial" : "current";
  };
  const row = (
    kind: TranslatedKind,
    r: { id: string; campaign: CampaignRef },
    label: string,
    state: TranslationState,
  ): TranslationStatusRow => ({ kind, id: r.id, label, campaign: r.campaign, state });
  const titled = (r: { title: string; description: string | null; translated: string[] }) =>
    contentState({ title: r.title, description: r.description }, r.translated);
  const rows: TranslationStatusRow[] = [
    ...campaignRows.map((r) =>
      row("campaign", r, r.title, contentState({ title: r.title, summary: r.summary }, r.translated)),
    ),
    ...letterRows.map((r) =>
      row(
        "letter",
        r,
        r.title,
        r.textVersion === null ? "missing" : r.textVersion === r.version ? "current" : "outdated",
      ),
    ),
    ...askRows.map((r) => row("ask", r, r.title, titled(r))),
    ...eventRows.map((r) => row("event", r, r.title, titled(r))),
    ...responseRows.map((r) =>
      row(
        "response",
        r,
        r.summary.length > 120 ? `${r.summary.slice(0, 119)}…` : r.summary,
        contentState({ summary: r.summary }, r.translated),
      ),
    ),
  ];
  return campaignId ? rows : rows.filter((r) => r.state !== "current");
}

/** A letter's texts in each language but its original's, for its staff page. */
export async function listLetterTranslationStates(
  db: Executor,
  { letterId }: { letterId: string },
): Promise<{
  originalLocale: Locale;
  texts: Array<{ locale: Locale; state: TranslationState; addedOn: string | null }>;
}> {
  const [letter] = await db
    .select({ originalLocale: letters.originalLocale, version: letters.version })
    .from(letters)
    .where(eq(letters.id, letterId));
  const rows = await db
    .select({
      locale: letterTexts.locale,
      letterVersion: letterTexts.letterVersion,
      addedOn: letterTexts.addedOn,
    })
    .from(letterTexts)
    .where(eq(letterTexts.letterId, letterId));
  const originalLocale = toLocale(letter?.originalLocale);
  return {
    originalLocale,
    texts: translationLocales(originalLocale).map((locale) => {
      const row = rows.find((r) => r.locale === locale);
      return {
        locale,
        state: !row ? "missing" : row.letterVersion === letter?.version ? "current" : "outdated",
        addedOn: row?.addedOn ?? null,
      };
    }),
  };
}

/** The public pages a translation of this letter shows on: its campaign's slug and its own, when public. */
export async function letterTranslationRefs(tx: Executor, { letterId }: { letterId: string }) {
  const [row] = await tx
    .select({
      slug: letters.slug,
      campaignSlug: campaigns.slug,
      originalLocale: letters.originalLocale,
      version: letters.version,
      hasText: sql<boolean>`${letters.bodyMarkdown} <> ''`,
      isPublic: sql<boolean>`${letters.status} <> 'draft' and ${publicCampaign}`,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.id, letterId))
    .for("share", { of: letters });
  return row ?? null;
}

// ── A record's original language ─────────────────────────────────────────────

/** What setting a record's original language found: the one it had, and whether it has a translation into the new one. */
type OriginalChange = { before: string; hasTranslation: boolean };

/**
 * Sets the language a letter's or campaign's own text is written in, unless it has a
 * translation into that language (`taken`); null when there is no such record.
 */
async function setOriginalLocale(
  tx: Executor,
  table: typeof letters | typeof campaigns,
  { id, locale, taken }: { id: string; locale: Locale; taken: SQL<boolean> },
): Promise<OriginalChange | null> {
  // One table or the other, the same two columns: the casts only spare a union drizzle cannot build.
  const [row] = await tx
    .select({ before: table.originalLocale, hasTranslation: taken })
    .from(table as typeof letters)
    .where(eq(table.id, id))
    .for("update");
  if (!row) return null;
  if (!row.hasTranslation && row.before !== locale)
    await tx
      .update(table as typeof letters)
      .set({ originalLocale: locale, updatedAt: new Date() })
      .where(eq(table.id, id));
  return row;
}

/** Sets the language a letter is written in (setOriginalLocale). */
export function setLetterOriginalLocale(tx: Executor, { id, locale }: { id: string; locale: Locale }) {
  const taken = sql<boolean>`exists (select 1 from ${letterTexts}
    where ${letterTexts.letterId} = ${qualified(letters.id)} and ${letterTexts.locale} = ${locale})`;
  return setOriginalLocale(tx, letters, { id, locale, taken });
}

/** Sets the language a campaign (its asks, events and responses too) is written in (setOriginalLocale). */
export function setCampaignOriginalLocale(tx: Executor, { id, locale }: { id: string; locale: Locale }) {
  const campaign = qualified(campaigns.id);
  const taken = sql<boolean>`exists (select 1 from ${contentTranslations} ct
    where ct.locale = ${locale} and (
      (ct.entity_kind = 'campaign' and ct.entity_id = ${campaign})
      or (ct.entity_kind = 'ask' and ct.entity_id in (select a.id from ${asks} a where a.campaign_id = ${campaign}))
      or (ct.entity_kind = 'event' and ct.entity_id in (select e.id from ${events} e where e.campaign_id = ${campaign}))
      or (ct.entity_kind = 'response' and ct.entity_id in (select r.id from ${responses} r where r.campaign_id = ${campaign}))))`;
  return setOriginalLocale(tx, campaigns, { id, locale, taken });
}

/** The language a campaign is written in, or null when there is no such campaign. */
export async function getCampaignOriginalLocale(
  db: Executor,
  { id }: { id: string },
): Promise<Locale | null> {
  const [row] = await db
    .select({ locale: campaigns.originalLocale })
    .from(campaigns)
    .where(eq(campaigns.id, id));
  return row ? toLocale(row.locale) : null;
}
