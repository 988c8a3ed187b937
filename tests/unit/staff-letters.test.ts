import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { loadCampaignPage } from "@/db/queries/public-campaigns";
import { getStaffLetter } from "@/db/queries/staff-letters";
import { type ActorDto, getActorById } from "@/db/queries/users";
import { auditLog, campaigns, letters, letterVersions, signatures, users } from "@/db/schema";
import { createCampaignDefinition } from "@/lib/actions/campaigns/definitions";
import {
  closeLetterDefinition,
  createLetterDefinition,
  openSigningDefinition,
  returnToDraftDefinition,
  sendLetterDefinition,
  updateLetterDefinition,
} from "@/lib/actions/letters/definitions";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";
import { cacheTags } from "@/lib/domain/cache-tags";
import { responseDeadline, todayIn } from "@/lib/domain/deadlines";
import {
  acceptsSignatures,
  LETTER_TRANSITIONS,
  type LetterFacts,
  needsNewVersion,
  openingOnRecord,
  transitionRefusal,
  transitionsFrom,
} from "@/lib/domain/letter-lifecycle";
import { instantToZonedLocal, zonedLocalToInstant } from "@/lib/domain/time-zones";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { messages } from "@/messages/en";
import { createTestDb, type TestDb } from "../helpers/test-db";

// Server actions invalidate public pages with updateTag, which needs a request; record the tags instead.
const updatedTags = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  updateTag: (tag: string) => updatedTags.push(tag),
  refresh: () => {},
}));

const CAMPAIGN = "south-korea-north-korea-human-rights";
const SEOUL = "Asia/Seoul";

let t: TestDb;
let staff: ActorDto;
let member: ActorDto;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const actor = async (email: string) => {
    const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return (await getActorById(t.db, { id: row!.id }))!;
  };
  staff = await actor("staff@answerable.example");
  member = await actor("member@answerable.example");
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  updatedTags.length = 0;
});

const run = <S extends z.ZodType, T>(def: ActionDefinition<S, T>, raw: unknown, actor: ActorDto = staff) =>
  executeAction(def, raw, { actor, ip: "127.0.0.1", db: t.db });

async function letterBySlug(slug: string) {
  const [row] = await t.db.select().from(letters).where(eq(letters.slug, slug));
  return row!;
}

/** What the edit form posts for a letter as it is saved now, with `changes` on top. */
async function editForm(slug: string, changes: Record<string, string> = {}) {
  const l = await letterBySlug(slug);
  return {
    id: l.id,
    title: l.title,
    slug: l.slug,
    addressee: l.addressee,
    // Browsers post CRLF line breaks: an untouched text must still count as unchanged.
    bodyMarkdown: l.bodyMarkdown.replace(/\n/g, "\r\n"),
    whoCanSign: l.whoCanSign,
    ...(l.requiresApproval ? { requiresApproval: "on" } : {}),
    signingOpensAt: l.signingOpensAt ? instantToZonedLocal(l.signingOpensAt, SEOUL) : "",
    signingClosesAt: l.signingClosesAt ? instantToZonedLocal(l.signingClosesAt, SEOUL) : "",
    deadlineRule: l.deadlineRule,
    deadlineDate: l.deadlineDate ?? "",
    deadlineDays: l.deadlineDays === null ? "" : String(l.deadlineDays),
    retentionMonths: l.retentionMonths === null ? "" : String(l.retentionMonths),
    sourceUrl: l.sourceUrl ?? "",
    ...changes,
  };
}

const summaryOf = async (id: string) =>
  (await loadLetterSummaries(t.db, { filter: { letterIds: [id] } }))[0] ?? null;

function lookup(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe("the letter lifecycle rules", () => {
  const facts = (over: Partial<LetterFacts> = {}): LetterFacts => ({
    status: "draft",
    title: "A letter",
    addressee: "President",
    bodyMarkdown: "Text",
    liveSignatures: 0,
    ...over,
  });

  it("allows only draft → collecting → sent → closed, draft → sent, and collecting → draft", () => {
    expect(transitionsFrom("draft")).toEqual(["open_signing", "send"]);
    expect(transitionsFrom("collecting")).toEqual(["send", "return_to_draft"]);
    expect(transitionsFrom("sent")).toEqual(["close"]);
    expect(transitionsFrom("closed")).toEqual([]);
    expect(transitionRefusal("open_signing", facts())).toBeNull();
    // A letter from the record goes straight from draft to sent, with its sending date.
    expect(transitionRefusal("send", facts())).toBeNull();
    expect(transitionRefusal("send", facts({ status: "sent" }))?.messageKey).toBe(
      "errors.letter.alreadySent",
    );
    expect(transitionRefusal("send", facts({ status: "closed" }))?.messageKey).toBe(
      "errors.letter.alreadySent",
    );
    expect(transitionRefusal("return_to_draft", facts())?.messageKey).toBe("errors.letter.notCollecting");
    expect(transitionRefusal("close", facts({ status: "collecting" }))?.messageKey).toBe(
      "errors.letter.notSent",
    );
    expect(transitionRefusal("open_signing", facts({ status: "sent" }))?.messageKey).toBe(
      "errors.letter.notDraft",
    );
    expect(transitionRefusal("close", facts({ status: "sent" }))).toBeNull();
  });

  it("needs a text and an addressee to open signing", () => {
    expect(transitionRefusal("open_signing", facts({ bodyMarkdown: "  \n" }))?.messageKey).toBe(
      "errors.letter.needsText",
    );
    expect(transitionRefusal("open_signing", facts({ addressee: " " }))?.messageKey).toBe(
      "errors.letter.needsAddressee",
    );
  });

  it("needs a text and an addressee to record a draft as sent", () => {
    expect(transitionRefusal("send", facts({ bodyMarkdown: "  \n" }))?.messageKey).toBe(
      "errors.letter.needsTextToSend",
    );
    expect(transitionRefusal("send", facts({ addressee: " " }))?.messageKey).toBe(
      "errors.letter.needsAddresseeToSend",
    );
  });

  it("keeps the opening stamp only when it is no later than the sending", () => {
    const opened = "2026-12-06";
    // Opened here to enter the signatories of a letter sent in 2017: not when it was opened.
    expect(openingOnRecord(opened, { date: "2017-10-12", precision: "day" })).toBeNull();
    expect(openingOnRecord(opened, { date: "2017-10-01", precision: "month" })).toBeNull();
    // Sent "in December 2026": the stamp may be after the sending, so it is not kept.
    expect(openingOnRecord(opened, { date: "2026-12-01", precision: "month" })).toBeNull();
    expect(openingOnRecord(opened, { date: opened, precision: "day" })).toBe(opened);
    expect(openingOnRecord("2026-11-02", { date: opened, precision: "day" })).toBe("2026-11-02");
    expect(openingOnRecord("2026-11-02", null)).toBe("2026-11-02");
    expect(openingOnRecord(null, { date: opened, precision: "day" })).toBeNull();
  });

  it("returns a collecting letter to draft only while nobody has signed", () => {
    expect(transitionRefusal("return_to_draft", facts({ status: "collecting" }))).toBeNull();
    expect(
      transitionRefusal("return_to_draft", facts({ status: "collecting", liveSignatures: 1 }))?.messageKey,
    ).toBe("errors.letter.hasSignatures");
  });

  it("refuses a sending date after today, or after a fixed deadline", () => {
    const collecting = facts({ status: "collecting" });
    const send = {
      sentOn: "2026-03-03",
      today: "2026-03-03",
      deadlineRule: "none" as const,
      deadlineDate: null,
    };
    expect(transitionRefusal("send", collecting, send)).toBeNull();
    expect(transitionRefusal("send", collecting, { ...send, sentOn: "2026-03-04" })).toEqual({
      messageKey: "errors.letter.sentInFuture",
      field: "sentOn",
    });
    expect(
      transitionRefusal("send", collecting, { ...send, deadlineRule: "date", deadlineDate: "2026-03-02" })
        ?.messageKey,
    ).toBe("errors.letter.deadlineBeforeSent");
  });

  it("accepts signatures only while collecting", () => {
    expect(Object.keys(LETTER_TRANSITIONS).length).toBe(4);
    expect(["draft", "collecting", "sent", "closed"].filter((s) => acceptsSignatures(s as never))).toEqual([
      "collecting",
    ]);
  });

  it("starts a new version only when a text people signed changes", () => {
    expect(needsNewVersion({ currentBody: "a", nextBody: "b", signaturesOnCurrentVersion: 3 })).toBe(true);
    expect(needsNewVersion({ currentBody: "a", nextBody: "a", signaturesOnCurrentVersion: 3 })).toBe(false);
    expect(needsNewVersion({ currentBody: "a", nextBody: "b", signaturesOnCurrentVersion: 0 })).toBe(false);
  });

  it("reads signing-window times on the target's wall clock", () => {
    expect(zonedLocalToInstant("2026-03-01T09:00", SEOUL).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(zonedLocalToInstant("2026-07-01T12:00", "Europe/London").toISOString()).toBe(
      "2026-07-01T11:00:00.000Z",
    );
    expect(instantToZonedLocal(new Date("2026-01-15T15:30:00Z"), SEOUL)).toBe("2026-01-16T00:30");
  });
});

// Before "sending a letter", which sends and closes the demo's collecting letter.
describe("editing a collecting letter's text", () => {
  const SLUG = "follow-up-letter-2026";

  it("refuses a changed text people have signed without the confirmation, beside the checkbox", async () => {
    const form = await editForm(SLUG, { bodyMarkdown: "A corrected text." });
    const result = await run(updateLetterDefinition, form);
    expect(result).toMatchObject({
      ok: false,
      error: "errors.letter.confirmNewVersion",
      fieldErrors: { confirmNewVersion: ["errors.letter.confirmNewVersion"] },
    });
    const letter = await letterBySlug(SLUG);
    expect(letter.version).toBe(1);
    expect(letter.bodyMarkdown).not.toBe("A corrected text.");
  });

  it("saves other changes without a new version or a confirmation", async () => {
    const result = await run(
      updateLetterDefinition,
      await editForm(SLUG, { sourceUrl: "https://example.org/letter" }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 1, newVersion: false } });
    expect((await letterBySlug(SLUG)).sourceUrl).toBe("https://example.org/letter");
    const versions = await t.db
      .select()
      .from(letterVersions)
      .where(eq(letterVersions.letterId, (await letterBySlug(SLUG)).id));
    expect(versions.length).toBe(1);
  });

  it("with the confirmation makes version 2, and the signatures keep version 1", async () => {
    const before = await letterBySlug(SLUG);
    const result = await run(
      updateLetterDefinition,
      await editForm(SLUG, { bodyMarkdown: "A corrected text.", confirmNewVersion: "on" }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2, newVersion: true } });

    const after = await letterBySlug(SLUG);
    expect(after).toMatchObject({ version: 2, bodyMarkdown: "A corrected text." });
    const versions = await t.db
      .select()
      .from(letterVersions)
      .where(eq(letterVersions.letterId, after.id))
      .orderBy(asc(letterVersions.version));
    expect(versions.map((v) => [v.version, v.bodyMarkdown])).toEqual([
      [1, before.bodyMarkdown],
      [2, "A corrected text."],
    ]);
    const signed = await t.db
      .selectDistinct({ version: signatures.letterVersion })
      .from(signatures)
      .where(eq(signatures.letterId, after.id));
    expect(signed).toEqual([{ version: 1 }]);
    expect(updatedTags).toContain(cacheTags.letter(CAMPAIGN, SLUG));

    // Nobody has signed version 2 yet: correcting it again needs no new version.
    const again = await run(
      updateLetterDefinition,
      await editForm(SLUG, { bodyMarkdown: "A corrected text, again." }),
    );
    expect(again).toMatchObject({ ok: true, data: { version: 2, newVersion: false } });
  });

  it("keeps a public letter's address", async () => {
    const result = await run(updateLetterDefinition, await editForm(SLUG, { slug: "renamed" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: ["errors.letter.slugFrozen"] } });
  });
});

describe("sending a letter", () => {
  it("is refused to a member", async () => {
    const letter = await letterBySlug("follow-up-letter-2026");
    const result = await run(
      sendLetterDefinition,
      { id: letter.id, sentOn: todayIn(SEOUL, new Date()) },
      member,
    );
    expect(result).toEqual({ ok: false, error: "errors.notAllowed" });
    expect((await letterBySlug("follow-up-letter-2026")).status).toBe("collecting");
  });

  it("refuses to close or reopen a letter that is collecting, or to draft one that has signatures", async () => {
    const { id } = await letterBySlug("follow-up-letter-2026");
    expect(await run(closeLetterDefinition, { id })).toMatchObject({
      ok: false,
      error: "errors.letter.notSent",
    });
    expect(await run(openSigningDefinition, { id })).toMatchObject({
      ok: false,
      error: "errors.letter.notDraft",
    });
    expect(await run(returnToDraftDefinition, { id })).toMatchObject({
      ok: false,
      error: "errors.letter.hasSignatures",
    });
    expect((await letterBySlug("follow-up-letter-2026")).status).toBe("collecting");
  });

  it("refuses a sending date in the future, beside the date field", async () => {
    const { id } = await letterBySlug("follow-up-letter-2026");
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = await run(sendLetterDefinition, { id, sentOn: tomorrow, sentPrecision: "day" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { sentOn: ["errors.letter.sentInFuture"] } });
    const empty = await run(sendLetterDefinition, { id, sentOn: "", sentPrecision: "day" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { sentOn: ["errors.letter.sentOnRequired"] } });
  });

  it("records the date, starts the response clock and invalidates the public pages", async () => {
    const before = await letterBySlug("follow-up-letter-2026");
    const today = todayIn(SEOUL, new Date());
    const result = await run(sendLetterDefinition, { id: before.id, sentOn: today, sentPrecision: "day" });
    expect(result).toMatchObject({ ok: true, data: { status: "sent" } });

    const after = await letterBySlug("follow-up-letter-2026");
    expect(after).toMatchObject({ status: "sent", sentOn: today, sentPrecision: "day" });
    expect(acceptsSignatures(after.status)).toBe(false);

    const summary = await summaryOf(after.id);
    const deadline = responseDeadline({ sentOn: today, rule: "working_days", deadlineDays: 20 });
    expect(summary?.deadline).toBe(deadline);
    expect(summary?.clock).toMatchObject({ state: "awaiting", deadline, daysSinceSent: 0 });

    expect(updatedTags).toEqual(
      expect.arrayContaining([
        cacheTags.letter(CAMPAIGN, "follow-up-letter-2026"),
        cacheTags.campaign(CAMPAIGN),
        cacheTags.campaignList,
        cacheTags.awaiting,
        cacheTags.targets,
      ]),
    );
    // The five sample organisations that signed list the letter on their pages.
    expect(updatedTags.filter((tag) => tag.startsWith("organisation:")).length).toBe(5);

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "letter.send"), eq(auditLog.entityId, after.id)));
    expect(entry).toMatchObject({
      actorUserId: staff.id,
      before: { status: "collecting", sentOn: null },
      after: { status: "sent", sentOn: today },
    });
  });

  it("cannot send twice, and closes a sent letter", async () => {
    const { id } = await letterBySlug("follow-up-letter-2026");
    const again = await run(sendLetterDefinition, { id, sentOn: "2020-01-01", sentPrecision: "day" });
    expect(again).toMatchObject({ ok: false, error: "errors.letter.alreadySent" });
    expect((await letterBySlug("follow-up-letter-2026")).sentOn).not.toBe("2020-01-01");
    expect(await run(closeLetterDefinition, { id })).toMatchObject({ ok: true, data: { status: "closed" } });
  });

  it("stores a month-precision sending date as the month's first day", async () => {
    const draft = await run(createLetterDefinition, {
      campaignId: (await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN)))[0]!.id,
      title: "Month letter",
      addressee: "President",
      bodyMarkdown: "Text",
      whoCanSign: "both",
      deadlineRule: "none",
    });
    if (!draft.ok) throw new Error(draft.error);
    await run(openSigningDefinition, { id: draft.data.id });
    const result = await run(sendLetterDefinition, {
      id: draft.data.id,
      sentOn: "2025-12-17",
      sentPrecision: "month",
    });
    expect(result.ok).toBe(true);
    expect(await letterBySlug("month-letter")).toMatchObject({
      sentOn: "2025-12-01",
      sentPrecision: "month",
    });
  });
});

describe("recording a letter from the record as sent", () => {
  /** A new draft in the demo campaign with 10 calendar days to answer; its id and slug. */
  async function draftLetter(title: string) {
    const [campaign] = await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN));
    const result = await run(createLetterDefinition, {
      campaignId: campaign!.id,
      title,
      addressee: "Members of the Human Rights Council",
      bodyMarkdown: "We write about reprisals.",
      whoCanSign: "organisations",
      deadlineRule: "calendar_days",
      deadlineDays: "10",
    });
    if (!result.ok) throw new Error(result.error);
    return result.data;
  }

  /** The campaign's public timeline entries about one letter. */
  async function publicEntries(letterId: string) {
    const page = await loadCampaignPage(t.db, { slug: CAMPAIGN, now: new Date() });
    return page!.timeline.filter((e) => e.letterId === letterId);
  }

  it("goes straight from draft to sent with its sending date, never opened", async () => {
    const { id, slug } = await draftLetter("Reprisals letter, October 2017");
    const result = await run(sendLetterDefinition, { id, sentOn: "2017-10-12", sentPrecision: "day" });
    expect(result).toMatchObject({ ok: true, data: { status: "sent" } });
    expect(await letterBySlug(slug)).toMatchObject({ status: "sent", sentOn: "2017-10-12", openedOn: null });
    expect(updatedTags).toContain(cacheTags.campaign(CAMPAIGN));
    expect((await publicEntries(id)).map((e) => [e.kind, e.date])).toEqual([
      ["letter_sent", { date: "2017-10-12", precision: "day" }],
      ["non_response", { date: "2017-10-22", precision: "day" }],
    ]);
  });

  it("records a letter from the record with the day signing opened, when the source gives it, never after the sending", async () => {
    const { id, slug } = await draftLetter("Reprisals letter, opened in September 2017");
    const late = await run(sendLetterDefinition, {
      id,
      sentOn: "2017-10-12",
      sentPrecision: "day",
      openedOn: "2017-10-13",
    });
    expect(late).toMatchObject({ ok: false, fieldErrors: { openedOn: ["errors.letter.openedAfterSent"] } });
    const garbled = await run(sendLetterDefinition, { id, sentOn: "2017-10-12", openedOn: "2017-02-30" });
    expect(garbled).toMatchObject({ ok: false, fieldErrors: { openedOn: ["errors.letter.dateInvalid"] } });
    expect((await letterBySlug(slug)).status).toBe("draft");

    // Sent "in October": an opening within that month may be before it.
    const result = await run(sendLetterDefinition, {
      id,
      sentOn: "2017-10-01",
      sentPrecision: "month",
      openedOn: "2017-09-28",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await letterBySlug(slug)).toMatchObject({ status: "sent", openedOn: "2017-09-28" });
    expect((await publicEntries(id)).map((e) => [e.kind, e.date.date])).toEqual([
      ["letter_opened", "2017-09-28"],
      ["letter_sent", "2017-10-01"],
      ["non_response", "2017-11-10"],
    ]);
  });

  it("needs the sending date, no later than today, to record a draft as sent", async () => {
    const { id, slug } = await draftLetter("Reprisals letter, undated");
    const empty = await run(sendLetterDefinition, { id, sentOn: "", sentPrecision: "day" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { sentOn: ["errors.letter.sentOnRequired"] } });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await run(sendLetterDefinition, { id, sentOn: tomorrow, sentPrecision: "day" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { sentOn: ["errors.letter.sentInFuture"] } });
    expect((await letterBySlug(slug)).status).toBe("draft");
  });

  it("drops today's opening stamp when the letter is recorded as sent before it", async () => {
    const { id, slug } = await draftLetter("Reprisals letter, opened to enter signatories");
    await run(openSigningDefinition, { id });
    expect((await letterBySlug(slug)).openedOn).toBe(todayIn(SEOUL, new Date()));

    const result = await run(sendLetterDefinition, { id, sentOn: "2017-10-12", sentPrecision: "month" });
    expect(result).toMatchObject({ ok: true, data: { status: "sent" } });
    expect(await letterBySlug(slug)).toMatchObject({ status: "sent", sentOn: "2017-10-01", openedOn: null });
    expect((await publicEntries(id)).map((e) => e.kind)).not.toContain("letter_opened");
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "letter.send"), eq(auditLog.entityId, id)));
    // The stamp is not lost: the audit log keeps when signing was opened here.
    expect(entry).toMatchObject({
      before: { openedOn: todayIn(SEOUL, new Date()) },
      after: { openedOn: null },
    });
  });

  it("keeps the opening date of a letter sent the day it was opened", async () => {
    const { id, slug } = await draftLetter("Reprisals letter, sent today");
    await run(openSigningDefinition, { id });
    const today = todayIn(SEOUL, new Date());
    await run(sendLetterDefinition, { id, sentOn: today, sentPrecision: "day" });
    expect(await letterBySlug(slug)).toMatchObject({ status: "sent", openedOn: today });
    expect((await publicEntries(id)).map((e) => e.kind)).toEqual(["letter_opened", "letter_sent"]);
  });
});

describe("creating a letter", () => {
  let campaignId: string;
  beforeAll(async () => {
    [{ id: campaignId }] = await t.db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, CAMPAIGN));
  });

  const base = () => ({
    campaignId,
    title: "Second follow-up, 2027",
    slug: "",
    addressee: "President of the Republic of Korea",
    bodyMarkdown: "We write again.",
    whoCanSign: "organisations",
    deadlineRule: "calendar_days",
    deadlineDays: "30",
    signingOpensAt: "2027-01-10T09:00",
    signingClosesAt: "2027-01-31T18:00",
  });

  it("checks each field and says which one is wrong", async () => {
    const result = await run(createLetterDefinition, {
      ...base(),
      title: "",
      deadlineRule: "date",
      deadlineDate: "",
      signingClosesAt: "2027-01-01T09:00",
      sourceUrl: "javascript:alert(1)",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["errors.letter.titleRequired"],
        deadlineDate: ["errors.letter.deadlineDateRequired"],
        signingClosesAt: ["errors.letter.windowOrder"],
        sourceUrl: ["errors.letter.sourceUrlInvalid"],
      },
    });
    for (const keys of Object.values((result as { fieldErrors: Record<string, string[]> }).fieldErrors)) {
      for (const key of keys) expect(typeof lookup(key), key).toBe("string");
    }
  });

  it("makes a hidden draft with its first version, then opens and withdraws it", async () => {
    const result = await run(createLetterDefinition, base());
    expect(result).toMatchObject({ ok: true, data: { slug: "second-follow-up-2027" } });
    if (!result.ok) return;
    expect(updatedTags).toEqual([]);
    const letter = await letterBySlug("second-follow-up-2027");
    expect(letter).toMatchObject({ status: "draft", version: 1, deadlineDays: 30, deadlineDate: null });
    // Typed in Seoul time: 09:00 there is midnight UTC.
    expect(letter.signingOpensAt?.toISOString()).toBe("2027-01-10T00:00:00.000Z");
    expect(await summaryOf(letter.id)).toBeNull();
    const versions = await t.db.select().from(letterVersions).where(eq(letterVersions.letterId, letter.id));
    expect(versions).toMatchObject([{ version: 1, bodyMarkdown: "We write again.", createdBy: staff.id }]);

    expect(await run(openSigningDefinition, { id: letter.id })).toMatchObject({
      ok: true,
      data: { status: "collecting" },
    });
    expect((await letterBySlug("second-follow-up-2027")).openedOn).toBe(todayIn(SEOUL, new Date()));
    expect((await summaryOf(letter.id))?.clock).toEqual({ state: "collecting" });

    expect(await run(returnToDraftDefinition, { id: letter.id })).toMatchObject({
      ok: true,
      data: { status: "draft" },
    });
    expect(await summaryOf(letter.id)).toBeNull();
  });

  it("refuses a web address another letter of the campaign uses", async () => {
    const result = await run(createLetterDefinition, { ...base(), slug: "december-2019-letter" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: ["errors.letter.slugTaken"] } });
  });
});

describe("editing a sent letter", () => {
  const SLUG = "december-2019-letter";

  it("keeps the text and the addressee as they were sent, even with the new-version tick", async () => {
    const before = await letterBySlug(SLUG);
    const text = await run(
      updateLetterDefinition,
      await editForm(SLUG, { bodyMarkdown: "A rewritten text.", confirmNewVersion: "on" }),
    );
    expect(text).toMatchObject({ ok: false, fieldErrors: { bodyMarkdown: ["errors.letter.textFrozen"] } });
    const addressee = await run(updateLetterDefinition, await editForm(SLUG, { addressee: "Someone else" }));
    expect(addressee).toMatchObject({
      ok: false,
      fieldErrors: { addressee: ["errors.letter.addresseeFrozen"] },
    });
    expect(await letterBySlug(SLUG)).toEqual(before);
  });

  it("refuses a response deadline before the sending", async () => {
    const result = await run(
      updateLetterDefinition,
      await editForm(SLUG, { deadlineRule: "date", deadlineDate: "2019-11-30", deadlineDays: "" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { deadlineDate: ["errors.letter.deadlineBeforeSending"] },
    });
  });

  it("still takes a corrected title and a source link", async () => {
    const result = await run(
      updateLetterDefinition,
      await editForm(SLUG, {
        title: "Letter to President Moon, December 2019",
        sourceUrl: "https://example.org/dec",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 1, newVersion: false } });
    expect(await letterBySlug(SLUG)).toMatchObject({
      title: "Letter to President Moon, December 2019",
      sourceUrl: "https://example.org/dec",
    });
  });
});

describe("a letter sent in a campaign still in draft", () => {
  it("shows staff its response deadline, while the public pages show nothing of it", async () => {
    const [korea] = await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN));
    const campaign = await run(createCampaignDefinition, {
      title: "A campaign still being written",
      slug: "",
      summary: "",
      status: "draft",
      visibility: "public",
      targetId: korea!.targetId,
      startedOn: "",
      leadIds: "",
    });
    if (!campaign.ok) throw new Error(campaign.error);
    const draft = await run(createLetterDefinition, {
      campaignId: campaign.data.id,
      title: "Letter in an unpublished campaign",
      addressee: "President",
      bodyMarkdown: "Text",
      whoCanSign: "both",
      deadlineRule: "calendar_days",
      deadlineDays: "30",
    });
    if (!draft.ok) throw new Error(draft.error);
    await run(openSigningDefinition, { id: draft.data.id });
    expect(
      await run(sendLetterDefinition, { id: draft.data.id, sentOn: "2024-01-10", sentPrecision: "day" }),
    ).toMatchObject({ ok: true });

    expect(await summaryOf(draft.data.id)).toBeNull();
    const staffView = await getStaffLetter(t.db, { id: draft.data.id });
    expect(staffView?.summary?.deadline).toBe("2024-02-09");
  });
});

describe("how long a letter keeps its signers' data", () => {
  const LETTER = "march-2020-joint-letter";
  const save = async (retentionMonths: string) => {
    const form = await editForm(LETTER, { retentionMonths });
    return run(updateLetterDefinition, form);
  };

  it("may be shortened once people have signed, never lengthened, and says why beside the field", async () => {
    expect((await letterBySlug(LETTER)).retentionMonths).toBeNull();
    expect(await save("24")).toMatchObject({
      ok: false,
      fieldErrors: { retentionMonths: ["errors.letter.retentionLonger"] },
    });
    expect(await save("six")).toMatchObject({
      ok: false,
      fieldErrors: { retentionMonths: ["errors.letter.retentionMonthsInvalid"] },
    });
    expect(await save("121")).toMatchObject({ ok: false });
    expect(await save("6")).toMatchObject({ ok: true });
    expect((await letterBySlug(LETTER)).retentionMonths).toBe(6);
    // Empty is the site's 12 months: longer than the 6 its signers now have.
    expect(await save("")).toMatchObject({
      ok: false,
      fieldErrors: { retentionMonths: ["errors.letter.retentionLonger"] },
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "letter.update"), eq(auditLog.entityId, (await letterBySlug(LETTER)).id)),
      );
    expect(entry).toMatchObject({ before: { retentionMonths: null }, after: { retentionMonths: 6 } });
  });

  it("is set freely on a letter nobody has signed, and shown with the site's on the staff page", async () => {
    const [campaign] = await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN));
    const created = await run(createLetterDefinition, {
      campaignId: campaign!.id,
      title: "Letter for at-risk signers",
      addressee: "President",
      bodyMarkdown: "Text",
      whoCanSign: "individuals",
      deadlineRule: "none",
      retentionMonths: "3",
    });
    if (!created.ok) throw new Error(created.error);
    const view = await getStaffLetter(t.db, { id: created.data.id });
    expect(view).toMatchObject({ retentionMonths: 3, closedAt: null, personalDataErasedAt: null });
  });
});
