import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listStaffExportRows } from "@/db/queries/import-export";
import { loadLetterPage } from "@/db/queries/public-letters";
import { getSignPageLetter } from "@/db/queries/signing";
import type { ActorDto } from "@/db/queries/users";
import { letters, letterTexts } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { signOrganisationDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import {
  createActor,
  createLetter,
  createOrganisation,
  individualInput,
  organisationInput,
  setupOpenLetter,
  signaturesOn,
} from "../helpers/signing-fixtures";

/*
 * A signature stays on the letter whatever language its signer read, and records which
 * text that was: the language and the version the sign page showed.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let ipCounter = 0;
const sign = (input: Record<string, unknown>) =>
  submitIndividualSignature(input, { ip: `203.0.113.${++ipCounter}`, db: t.db });
let signer: ActorDto;
let ngo: { id: string; slug: string; name: string };

beforeAll(async () => {
  await t.db.insert(letterTexts).values({
    letterId: t.letter.id,
    locale: "ko",
    title: "시험에 관한 공개서한",
    addressee: "시험부 장관님께",
    bodyMarkdown: "우리 서명자들은…",
    letterVersion: 1,
    addedOn: "2026-12-07",
  });
  ngo = await createOrganisation(t.db, "Rights Watchers");
  signer = await createActor(t.db, {
    name: "Sam Signer",
    memberships: [{ organisation: ngo, role: "signer" }],
  });
});

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("what a signature records of the text its signer read", () => {
  it("records the Korean translation and its version for someone who read it", async () => {
    const result = await sign(
      individualInput(t.letter.id, { email: "min@example.org", textLocale: "ko", letterVersion: "1" }),
    );
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });
    const [signature] = await signaturesOn(t.db, t.letter.id, { emailNormalised: "min@example.org" });
    expect(signature).toMatchObject({ textLocale: "ko", letterVersion: 1, status: "pending" });
  });

  it("records the English original for someone who read it, and for a client that does not say", async () => {
    await sign(
      individualInput(t.letter.id, { email: "en@example.org", textLocale: "en-GB", letterVersion: "1" }),
    );
    await sign(individualInput(t.letter.id, { email: "json@example.org" }));
    for (const email of ["en@example.org", "json@example.org"]) {
      const [signature] = await signaturesOn(t.db, t.letter.id, { emailNormalised: email });
      expect(signature).toMatchObject({ textLocale: "en-GB", letterVersion: 1 });
    }
  });

  it("records it for an organisation too", async () => {
    const result = await executeAction(
      signOrganisationDefinition,
      { ...organisationInput(t.letter.id, ngo.id), textLocale: "ko", letterVersion: "1" },
      { actor: signer, ip: "192.0.2.1", db: t.db },
    );
    expect(result.ok).toBe(true);
    const [signature] = await signaturesOn(t.db, t.letter.id, { organisationId: ngo.id });
    expect(signature).toMatchObject({ textLocale: "ko", letterVersion: 1, status: "confirmed" });
  });

  it("gives staff the language and version of each signature in their export", async () => {
    const rows = await listStaffExportRows(t.db, { letterId: t.letter.id });
    const byEmail = new Map(rows.map((r) => [r.emailNormalised ?? r.organisationSlug, r]));
    expect(byEmail.get("min@example.org")).toMatchObject({ textLocale: "ko", letterVersion: 1 });
    expect(byEmail.get("en@example.org")).toMatchObject({ textLocale: "en-GB", letterVersion: 1 });
    expect(byEmail.get(ngo.slug)).toMatchObject({ textLocale: "ko" });
  });

  it("refuses a signing beside a text the letter no longer has: a new version, or no such translation", async () => {
    const other = await createLetter(t.db, t.campaign.id);
    const stale = await sign(
      individualInput(t.letter.id, { email: "late@example.org", textLocale: "en-GB", letterVersion: "2" }),
    );
    const untranslated = await sign(
      individualInput(other.id, { email: "ko@example.org", textLocale: "ko", letterVersion: "1" }),
    );
    for (const result of [stale, untranslated]) {
      expect(result).toMatchObject({ ok: false, error: "errors.signing.textChanged" });
    }
    expect(await signaturesOn(t.db, other.id, { emailNormalised: "ko@example.org" })).toEqual([]);
  });
});

describe("the sign page and the letter page in a visitor's language", () => {
  it("show the Korean text to a Korean visitor, with what the sign forms post", async () => {
    const letter = await getSignPageLetter(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      locale: "ko",
    });
    expect(letter).toMatchObject({
      title: "시험에 관한 공개서한",
      addressee: "시험부 장관님께",
      bodyMarkdown: "우리 서명자들은…",
      language: { shown: "ko", original: false, version: 1, fallback: null },
    });
    const page = await loadLetterPage(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      now: new Date(),
      locale: "ko",
    });
    expect(page?.letter.title).toBe("시험에 관한 공개서한");
    expect(page?.letter.targets[0]?.addressee).toBe("시험부 장관님께");
    expect(page?.language.others).toEqual([{ locale: "en-GB", original: true, addedOn: null }]);
    // The campaign's title has no Korean translation: the page says so once.
    expect(page?.contentNotice).toEqual({ wanted: "ko", original: "en-GB" });
  });

  it("falls back to the original once the letter's text moves on to a new version", async () => {
    await t.db.update(letters).set({ version: 2 }).where(eq(letters.id, t.letter.id));
    const letter = await getSignPageLetter(t.db, {
      campaignSlug: t.campaign.slug,
      letterSlug: t.letter.slug,
      locale: "ko",
    });
    expect(letter).toMatchObject({
      title: t.letter.title,
      language: { shown: "en-GB", version: 2, fallback: { wanted: "ko", reason: "outdated" } },
    });
    const result = await sign(
      individualInput(t.letter.id, { email: "v1@example.org", textLocale: "ko", letterVersion: "2" }),
    );
    expect(result).toMatchObject({ ok: false, error: "errors.signing.textChanged" });
  });
});
