import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asks, campaigns, contentTranslations, letters, letterTexts, targets } from "@/db/schema";
import { chooseLetterText, contentReader, translationKey } from "@/lib/domain/content-languages";
import { pgError } from "../helpers/pg-error";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * Texts in more than one language: what the database refuses (one original per letter,
 * one translation per language, translations of records that exist), and which text a
 * visitor reads.
 */

let t: TestDb;
let letterId: string;
let campaignId: string;
let askId: string;

const korean = () => ({
  letterId,
  locale: "ko",
  title: "공개서한",
  addressee: "문재인 대통령님께",
  bodyMarkdown: "존경하는 대통령님,",
  letterVersion: 1,
});

beforeAll(async () => {
  t = await createTestDb();
  const [target] = await t.db
    .insert(targets)
    .values({ slug: "t", name: "Government of Testland" })
    .returning();
  const [campaign] = await t.db
    .insert(campaigns)
    .values({ slug: "c", title: "Campaign", targetId: target!.id, status: "active" })
    .returning();
  campaignId = campaign!.id;
  const [letter] = await t.db
    .insert(letters)
    .values({ campaignId, slug: "l", title: "Letter", addressee: "The President", status: "collecting" })
    .returning();
  letterId = letter!.id;
  const [ask] = await t.db
    .insert(asks)
    .values({ campaignId, title: "Co-sponsor the resolution" })
    .returning();
  askId = ask!.id;
});

afterAll(async () => {
  await t?.close();
});

describe("the database keeps one original per letter", () => {
  it("takes every letter's own text as its English original", async () => {
    const [row] = await t.db.select().from(letters).where(eq(letters.id, letterId));
    expect(row?.originalLocale).toBe("en-GB");
  });

  it("takes a translation into another language, and refuses a second one into the same", async () => {
    await t.db.insert(letterTexts).values(korean());
    const error = await pgError(() => t.db.insert(letterTexts).values({ ...korean(), title: "다른 번역" }));
    expect(error).toMatchObject({ code: "23505", constraint: "letter_texts_letter_locale_key" });
  });

  it("refuses a translation in the original's language: that would be two originals", async () => {
    const error = await pgError(() => t.db.insert(letterTexts).values({ ...korean(), locale: "en-GB" }));
    expect(error).toMatchObject({ code: "23505", constraint: "letter_texts_not_original" });
  });

  it("refuses making a language the original while the letter has a translation into it", async () => {
    const error = await pgError(() =>
      t.db.update(letters).set({ originalLocale: "ko" }).where(eq(letters.id, letterId)),
    );
    expect(error).toMatchObject({ code: "23505", constraint: "letter_texts_not_original" });
  });

  it("refuses a translation of a version the letter has not had", async () => {
    const error = await pgError(() =>
      t.db.update(letterTexts).set({ letterVersion: 2 }).where(eq(letterTexts.letterId, letterId)),
    );
    expect(error).toMatchObject({ code: "23514", constraint: "letter_texts_version_exists" });
  });

  it("refuses a language code that is not one", async () => {
    const error = await pgError(() => t.db.insert(letterTexts).values({ ...korean(), locale: "Korean" }));
    expect(error).toMatchObject({ code: "23514", constraint: "letter_texts_locale" });
  });
});

describe("the database keeps campaign translations to records that exist", () => {
  const row = (over: Partial<typeof contentTranslations.$inferInsert> = {}) => ({
    entityKind: "ask" as const,
    entityId: askId,
    field: "title",
    locale: "ko",
    text: "결의안 공동제안",
    ...over,
  });

  it("takes one translation per record, field and language", async () => {
    await t.db.insert(contentTranslations).values(row());
    const error = await pgError(() => t.db.insert(contentTranslations).values(row({ text: "다시" })));
    expect(error).toMatchObject({ code: "23505", constraint: "content_translations_key" });
  });

  it("refuses a translation of a record that does not exist", async () => {
    const error = await pgError(() =>
      t.db.insert(contentTranslations).values(row({ entityId: randomUUID() })),
    );
    expect(error).toMatchObject({ code: "23503", constraint: "content_translations_record" });
  });

  it("refuses a translation into the campaign's original language", async () => {
    const error = await pgError(() =>
      t.db
        .insert(contentTranslations)
        .values(row({ entityKind: "campaign", entityId: campaignId, locale: "en-GB" })),
    );
    expect(error).toMatchObject({ code: "23505", constraint: "content_translations_not_original" });
    const again = await pgError(() =>
      t.db.update(campaigns).set({ originalLocale: "ko" }).where(eq(campaigns.id, campaignId)),
    );
    expect(again).toMatchObject({ code: "23505", constraint: "content_translations_not_original" });
  });

  it("refuses a field the record's kind does not have", async () => {
    const error = await pgError(() => t.db.insert(contentTranslations).values(row({ field: "venue" })));
    expect(error).toMatchObject({ code: "23514", constraint: "content_translations_field" });
  });
});

describe("which letter text a visitor reads", () => {
  const base = { originalLocale: "en-GB" as const, version: 2 };

  it("shows a Korean visitor the current Korean translation, linking the English original", () => {
    const choice = chooseLetterText({
      ...base,
      wanted: "ko",
      translations: [{ locale: "ko", letterVersion: 2, addedOn: "2026-12-07" }],
    });
    expect(choice).toEqual({
      shown: "ko",
      original: false,
      addedOn: "2026-12-07",
      fallback: null,
      others: [{ locale: "en-GB", original: true, addedOn: null }],
    });
  });

  it("shows an English visitor the original, linking the translation with the day it was added", () => {
    const choice = chooseLetterText({
      ...base,
      wanted: "en-GB",
      translations: [{ locale: "ko", letterVersion: 2, addedOn: "2026-12-07" }],
    });
    expect(choice.shown).toBe("en-GB");
    expect(choice.fallback).toBeNull();
    expect(choice.others).toEqual([{ locale: "ko", original: false, addedOn: "2026-12-07" }]);
  });

  it("falls back to the original when there is no translation, and says so", () => {
    const choice = chooseLetterText({ ...base, wanted: "ko", translations: [] });
    expect(choice).toMatchObject({
      shown: "en-GB",
      original: true,
      fallback: { wanted: "ko", reason: "missing" },
    });
    expect(choice.others).toEqual([]);
  });

  it("does not show a translation of an earlier version: signers must read the text they endorse", () => {
    const choice = chooseLetterText({
      ...base,
      wanted: "ko",
      translations: [{ locale: "ko", letterVersion: 1, addedOn: "2026-12-07" }],
    });
    expect(choice).toMatchObject({ shown: "en-GB", fallback: { reason: "outdated" }, others: [] });
  });

  it("shows a letter written in Korean to a Korean visitor as it was written", () => {
    const choice = chooseLetterText({ wanted: "ko", originalLocale: "ko", version: 1, translations: [] });
    expect(choice).toMatchObject({ shown: "ko", original: true, fallback: null });
  });
});

describe("campaign wording in the visitor's language", () => {
  const translations = new Map([[translationKey("ask", "a1", "title"), "결의안 공동제안"]]);

  it("reads translated fields, falls back for the rest, and says so once", () => {
    const reader = contentReader({ wanted: "ko", originalLocale: "en-GB", translations });
    expect(reader.text("ask", "a1", "title", "Co-sponsor")).toBe("결의안 공동제안");
    expect(reader.notice()).toBeNull();
    expect(reader.text("ask", "a2", "title", "Re-join")).toBe("Re-join");
    expect(reader.text("ask", "a3", "title", "Another")).toBe("Another");
    expect(reader.notice()).toEqual({ wanted: "ko", original: "en-GB" });
  });

  it("needs no translation of an empty field, nor in the original's language", () => {
    const empty = contentReader({ wanted: "ko", originalLocale: "en-GB", translations: new Map() });
    expect(empty.text("ask", "a1", "description", null)).toBeNull();
    expect(empty.text("campaign", "c1", "summary", "")).toBe("");
    expect(empty.notice()).toBeNull();
    const english = contentReader({ wanted: "en-GB", originalLocale: "en-GB", translations: new Map() });
    expect(english.text("ask", "a1", "title", "Co-sponsor")).toBe("Co-sponsor");
    expect(english.notice()).toBeNull();
  });
});
