import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadCampaignPage } from "@/db/queries/public-campaigns";
import { loadLetterPage } from "@/db/queries/public-letters";
import { listTranslationStatus } from "@/db/queries/staff-translations";
import type { ActorDto } from "@/db/queries/users";
import { asks, letters, letterTexts } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import {
  askTranslation,
  deleteLetterTranslationDefinition,
  saveLetterTranslationDefinition,
  setCampaignOriginalDefinition,
  setLetterOriginalDefinition,
} from "@/lib/actions/translations/definitions";
import { createActor, setupOpenLetter } from "../helpers/signing-fixtures";

/*
 * Staff translating a letter and a campaign's records: what they may save, what the
 * public pages then show in Korean, and what the staff list says is still missing.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let staff: ActorDto;
let askId: string;
let otherAskId: string;

const as = (actor: ActorDto) => ({ actor, ip: "192.0.2.9", db: t.db });
const korean = (over: Record<string, unknown> = {}) => ({
  letterId: t.letter.id,
  locale: "ko",
  title: "시험에 관한 공개서한",
  addressee: "시험부 장관님께",
  bodyMarkdown: "우리 서명자들은…\r\n\r\n둘째 문단.",
  addedOn: "2026-12-01",
  ...over,
});

beforeAll(async () => {
  staff = await createActor(t.db, { name: "Stella Staff", role: "staff" });
  const rows = await t.db
    .insert(asks)
    .values([
      {
        campaignId: t.campaign.id,
        position: 0,
        title: "Co-sponsor the resolution",
        description: "At the March session.",
      },
      { campaignId: t.campaign.id, position: 1, title: "Re-join the sponsors" },
    ])
    .returning({ id: asks.id });
  askId = rows[0]!.id;
  otherAskId = rows[1]!.id;
});

describe("translating a letter", () => {
  it("saves a Korean text as a translation of the current version, and the Korean letter page shows it", async () => {
    const result = await executeAction(saveLetterTranslationDefinition, korean(), as(staff));
    expect(result.ok).toBe(true);
    const [row] = await t.db.select().from(letterTexts).where(eq(letterTexts.letterId, t.letter.id));
    expect(row).toMatchObject({ locale: "ko", letterVersion: 1, addedOn: "2026-12-01" });
    // Line breaks as stored for the original: LF.
    expect(row?.bodyMarkdown).toBe("우리 서명자들은…\n\n둘째 문단.");

    const page = await loadLetterPage(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      now: new Date(),
      locale: "ko",
    });
    expect(page).toMatchObject({
      letter: { title: "시험에 관한 공개서한" },
      language: { shown: "ko", original: false, addedOn: "2026-12-01" },
    });
    const english = await loadLetterPage(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      now: new Date(),
    });
    expect(english?.letter.title).toBe(t.letter.title);
    expect(english?.language.others).toEqual([{ locale: "ko", original: false, addedOn: "2026-12-01" }]);
  });

  it("says beside the field what is wrong: the original's language, a date to come, a missing text", async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ locale: "en-GB" }, "locale", "errors.translation.isOriginal"],
      [{ addedOn: "2999-01-01" }, "addedOn", "errors.date.future"],
      [{ bodyMarkdown: "" }, "bodyMarkdown", "errors.translation.bodyRequired"],
      [{ title: "" }, "title", "errors.letter.titleRequired"],
      [{ locale: "fr" }, "locale", "errors.translation.localeInvalid"],
    ];
    for (const [over, field, message] of cases) {
      const result = await executeAction(saveLetterTranslationDefinition, korean(over), as(staff));
      expect(result, JSON.stringify(over)).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    }
  });

  it("lists a letter whose text moved on as having a translation of an earlier version", async () => {
    await t.db.update(letters).set({ version: 2 }).where(eq(letters.id, t.letter.id));
    const rows = await listTranslationStatus(t.db, { locale: "ko" });
    expect(rows.find((r) => r.id === t.letter.id)?.state).toBe("outdated");
    // Saved again, it translates the new version.
    expect((await executeAction(saveLetterTranslationDefinition, korean(), as(staff))).ok).toBe(true);
    const again = await listTranslationStatus(t.db, { locale: "ko" });
    expect(again.find((r) => r.id === t.letter.id)).toBeUndefined();
  });

  it("deletes a translation: the letter page then shows the original, saying there is no Korean text", async () => {
    const result = await executeAction(
      deleteLetterTranslationDefinition,
      { letterId: t.letter.id, locale: "ko" },
      as(staff),
    );
    expect(result.ok).toBe(true);
    const page = await loadLetterPage(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      now: new Date(),
      locale: "ko",
    });
    expect(page?.language).toMatchObject({ shown: "en-GB", fallback: { wanted: "ko", reason: "missing" } });
  });
});

describe("the language a record was written in", () => {
  it("can be another, unless the record has a translation into it", async () => {
    await executeAction(saveLetterTranslationDefinition, korean(), as(staff));
    const taken = await executeAction(
      setLetterOriginalDefinition,
      { id: t.letter.id, locale: "ko" },
      as(staff),
    );
    expect(taken).toMatchObject({ ok: false, fieldErrors: { locale: ["errors.translation.originalTaken"] } });
    await executeAction(
      deleteLetterTranslationDefinition,
      { letterId: t.letter.id, locale: "ko" },
      as(staff),
    );

    // A letter written in Korean: an English reader is told so, and reads the Korean.
    const set = await executeAction(
      setLetterOriginalDefinition,
      { id: t.letter.id, locale: "ko" },
      as(staff),
    );
    expect(set.ok).toBe(true);
    const page = await loadLetterPage(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      now: new Date(),
    });
    expect(page?.language).toMatchObject({
      shown: "ko",
      original: true,
      fallback: { wanted: "en-GB", reason: "missing" },
    });
    await executeAction(setLetterOriginalDefinition, { id: t.letter.id, locale: "en-GB" }, as(staff));
  });

  it("is the campaign's for its asks, events and responses", async () => {
    const set = await executeAction(
      setCampaignOriginalDefinition,
      { id: t.campaign.id, locale: "ko" },
      as(staff),
    );
    expect(set.ok).toBe(true);
    const page = await loadCampaignPage(t.db, { slug: t.campaign.slug, now: new Date(), locale: "ko" });
    expect(page?.languages).toMatchObject({ shown: "ko", original: "ko" });
    // Its wording is in Korean; its letter was written in English, and has no Korean text.
    expect(page?.contentNotice).toEqual({ wanted: "ko", original: "en-GB" });
    const english = await loadCampaignPage(t.db, { slug: t.campaign.slug, now: new Date() });
    expect(english?.contentNotice).toEqual({ wanted: "en-GB", original: "ko" });
    await executeAction(setCampaignOriginalDefinition, { id: t.campaign.id, locale: "en-GB" }, as(staff));
  });
});

describe("translating a campaign's records", () => {
  it("shows a translated ask in Korean and the rest in the original, saying so once", async () => {
    const result = await executeAction(
      askTranslation.save,
      { id: askId, locale: "ko", title: "결의안 공동제안", description: "" },
      as(staff),
    );
    expect(result.ok).toBe(true);
    const page = await loadCampaignPage(t.db, { slug: t.campaign.slug, now: new Date(), locale: "ko" });
    expect(page?.asks.map((a) => a.title)).toEqual(["결의안 공동제안", "Re-join the sponsors"]);
    // Not translated: the description stays in the original.
    expect(page?.asks[0]?.description).toBe("At the March session.");
    expect(page?.contentNotice).toEqual({ wanted: "ko", original: "en-GB" });
    const english = await loadCampaignPage(t.db, { slug: t.campaign.slug, now: new Date() });
    expect(english?.asks[0]?.title).toBe("Co-sponsor the resolution");
    expect(english?.contentNotice).toBeNull();
  });

  it("refuses a translation with nothing in it", async () => {
    const result = await executeAction(
      askTranslation.save,
      { id: otherAskId, locale: "ko", title: "" },
      as(staff),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: ["errors.translation.empty"] } });
  });

  it("lists the campaign's records still lacking a Korean text, and how far each has got", async () => {
    const rows = await listTranslationStatus(t.db, { locale: "ko", campaignId: t.campaign.id });
    const state = (id: string) => rows.find((r) => r.id === id)?.state;
    expect(state(askId)).toBe("partial");
    expect(state(otherAskId)).toBe("missing");
    expect(state(t.campaign.id)).toBe("missing");
    // The list across campaigns leaves out what needs nothing more.
    await executeAction(
      askTranslation.save,
      { id: askId, locale: "ko", title: "결의안 공동제안", description: "3월 회기에." },
      as(staff),
    );
    const lacking = await listTranslationStatus(t.db, { locale: "ko" });
    expect(lacking.map((r) => r.id)).not.toContain(askId);
    expect(lacking.map((r) => r.id)).toContain(otherAskId);
  });
});
