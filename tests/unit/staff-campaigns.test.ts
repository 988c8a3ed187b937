import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { loadCampaignPage } from "@/db/queries/public-campaigns";
import type { ActorDto } from "@/db/queries/users";
import {
  auditLog,
  campaigns,
  coalitionMemberships,
  events,
  letters,
  organisations,
  responses,
  targets,
} from "@/db/schema";
import {
  createCampaignDefinition,
  createEventDefinition,
  recordResponseDefinition,
  retractResponseDefinition,
  setCampaignStatusDefinition,
  updateResponseDefinition,
} from "@/lib/actions/campaigns/definitions";
import {
  addCoalitionMemberDefinition,
  endCoalitionMembershipDefinition,
} from "@/lib/actions/organisations/definitions";
import { updateTargetDefinition } from "@/lib/actions/targets/definitions";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { actionRunner, auditEntries } from "../helpers/actions";
import { demoActor, demoLetterId } from "../helpers/demo";
import { updatedTags } from "../helpers/next-cache";
import { setupTestDb } from "../helpers/test-db";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const CAMPAIGN = "south-korea-north-korea-human-rights";
const now = new Date();

const t = setupTestDb();
let staff: ActorDto;
let member: ActorDto;
let campaignId: string;
let targetId: string;
let december: { id: string };
let followUp: { id: string };
let march: { id: string };

beforeAll(async () => {
  await seedDemo(t.db);
  staff = await demoActor(t.db, "staff@answerable.example");
  member = await demoActor(t.db, "member@answerable.example");
  const [c] = await t.db.select().from(campaigns).where(eq(campaigns.slug, CAMPAIGN));
  campaignId = c.id;
  targetId = c.targetId;
  december = { id: await demoLetterId(t.db, "december-2019-letter") };
  followUp = { id: await demoLetterId(t.db, "follow-up-letter-2026") };
  march = { id: await demoLetterId(t.db, "march-2020-joint-letter") };
});
const run = actionRunner(t, () => staff);

const clockOf = async (letterId: string) =>
  (await loadLetterSummaries(t.db, { filter: { letterIds: [letterId] }, now }))[0]?.clock;
const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0].n;
const responseCount = async () => (await t.db.select({ n: count() }).from(responses))[0].n;

const writtenReply = () => ({
  campaignId,
  letterId: december.id,
  askId: "",
  kind: "written_reply",
  stance: "noncommittal",
  respondedOn: "2020-01-20",
  precision: "day",
  summary: "The Blue House acknowledged the letter and restated its engagement policy.",
  sourceUrl: "https://example.org/reply",
});

describe("draft campaigns", () => {
  it("stay off every public page until they are published", async () => {
    const created = await run(createCampaignDefinition, {
      title: "Draft: a campaign still being written",
      slug: "",
      summary: "Not ready.",
      status: "draft",
      visibility: "public",
      targetId,
      startedOn: "",
      leadIds: "",
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.data.tags).toEqual([]);
    const [draft] = await t.db.select().from(campaigns).where(eq(campaigns.id, created.data.id));
    expect(draft.slug).toBe("draft-a-campaign-still-being-written");

    // A letter already sent in it (written directly: letters are managed elsewhere).
    const [letter] = await t.db
      .insert(letters)
      .values({
        campaignId: draft.id,
        slug: "draft-letter",
        title: "A letter in a draft campaign",
        addressee: "A minister",
        status: "sent",
        sentOn: "2024-01-10",
        deadlineRule: "calendar_days",
        deadlineDays: 30,
      })
      .returning();

    expect(await loadLetterSummaries(t.db, { filter: { campaignIds: [draft.id] }, now })).toEqual([]);
    expect(await loadCampaignPage(t.db, { slug: draft.slug, now })).toBeNull();

    const published = await run(setCampaignStatusDefinition, { id: draft.id, status: "active" });
    expect(published.ok).toBe(true);
    expect(updatedTags).toEqual(
      expect.arrayContaining([
        `campaign:${draft.slug}`,
        `letter:${draft.slug}/draft-letter`,
        "campaign-list",
        "awaiting-response",
        "targets",
      ]),
    );
    expect((await loadLetterSummaries(t.db, { filter: { campaignIds: [draft.id] }, now }))[0]?.id).toBe(
      letter.id,
    );
    expect((await loadCampaignPage(t.db, { slug: draft.slug, now }))?.campaign.title).toBe(draft.title);

    // Published pages may be cited: there is no way back to draft.
    const back = await run(setCampaignStatusDefinition, { id: draft.id, status: "draft" });
    expect(back).toMatchObject({ ok: false, fieldErrors: { status: ["errors.campaign.cannotUnpublish"] } });
  });
});

describe("recording a response to the December 2019 letter", () => {
  let responseId: string;

  it("ends its non-response clock on every public page at once, and is audited", async () => {
    expect((await clockOf(december.id))?.state).toBe("overdue");
    const result = await run(recordResponseDefinition, writtenReply());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    responseId = result.data.id;

    expect(await clockOf(december.id)).toMatchObject({ state: "answered", respondedOn: "2020-01-20" });
    // The letter's page, its campaign, the home list, the awaiting list, target counts
    // and the pages of organisations that list the letter as signed.
    expect(updatedTags).toEqual(
      expect.arrayContaining([
        `letter:${CAMPAIGN}/december-2019-letter`,
        `campaign:${CAMPAIGN}`,
        "campaign-list",
        "awaiting-response",
        "targets",
        "organisation:human-rights-watch",
        "organisation:csw",
      ]),
    );
    expect(updatedTags).not.toContain(`letter:${CAMPAIGN}/march-2020-joint-letter`);

    const [entry] = await auditEntries(t.db, "response.create", responseId);
    expect(entry).toMatchObject({
      actorUserId: staff.id,
      entityType: "response",
      before: null,
      after: { letterId: december.id, kind: "written_reply", respondedOn: "2020-01-20" },
    });
  });

  it("audits an edit with the response before and after", async () => {
    const result = await run(updateResponseDefinition, {
      ...writtenReply(),
      id: responseId,
      stance: "negative",
    });
    expect(result.ok).toBe(true);
    const [entry] = await auditEntries(t.db, "response.update");
    expect(entry.before).toMatchObject({ id: responseId, stance: "noncommittal" });
    expect(entry.after).toMatchObject({ id: responseId, stance: "negative" });
  });

  it("needs a reason to retract it, then brings the clock back and keeps the reason", async () => {
    const audits = await auditCount();
    const refused = await run(retractResponseDefinition, { id: responseId, reason: "  " });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { reason: ["errors.reason.required"] } });
    expect(await auditCount()).toBe(audits);
    expect((await clockOf(december.id))?.state).toBe("answered");

    updatedTags.length = 0;
    const retracted = await run(retractResponseDefinition, {
      id: responseId,
      reason: "Recorded against the wrong letter.",
    });
    expect(retracted.ok).toBe(true);
    expect((await clockOf(december.id))?.state).toBe("overdue");
    expect(updatedTags).toContain(`letter:${CAMPAIGN}/december-2019-letter`);

    const [row] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(row.retractedAt).not.toBeNull();
    expect(row.retractionReason).toBe("Recorded against the wrong letter.");
    const [entry] = await auditEntries(t.db, "response.retract");
    expect(entry.before).toMatchObject({ retractedAt: null });
    expect(entry.after).toMatchObject({ retractionReason: "Recorded against the wrong letter." });

    // A retracted response stays as it was: it can be neither edited nor retracted again.
    expect(await run(updateResponseDefinition, { ...writtenReply(), id: responseId })).toMatchObject({
      ok: false,
      error: "errors.retract.locked",
    });
    expect(await run(retractResponseDefinition, { id: responseId, reason: "Again" })).toMatchObject({
      ok: false,
      error: "errors.retract.already",
    });
  });
});

describe("bad input and refusals", () => {
  it("gives field errors for bad input and writes nothing", async () => {
    const [responsesBefore, auditsBefore] = [await responseCount(), await auditCount()];
    const result = await run(recordResponseDefinition, {
      ...writtenReply(),
      letterId: "",
      respondedOn: "2020-02-30",
      summary: "",
      sourceUrl: "javascript:alert(1)",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "errors.checkFields",
      fieldErrors: {
        letterId: ["errors.link.required"],
        respondedOn: ["errors.date.invalid"],
        summary: ["errors.summary.required"],
        sourceUrl: ["errors.url.invalid"],
      },
    });
    expect(await responseCount()).toBe(responsesBefore);
    expect(await auditCount()).toBe(auditsBefore);
  });

  it("refuses a response to a letter that has not been sent, beside the letter field", async () => {
    const before = await responseCount();
    const result = await run(recordResponseDefinition, { ...writtenReply(), letterId: followUp.id });
    expect(result).toMatchObject({ ok: false, fieldErrors: { letterId: ["errors.response.letterNotSent"] } });
    expect(await responseCount()).toBe(before);
  });

  it("records a decision of a body as such, kept apart from a state's reply", async () => {
    const result = await run(recordResponseDefinition, {
      ...writtenReply(),
      letterId: march.id,
      kind: "body_decision",
      stance: "positive",
      respondedOn: "2020-04-10",
      summary: "The Council adopted the resolution by 29 votes to 0, with 19 abstentions.",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const page = await loadCampaignPage(t.db, { slug: CAMPAIGN, now });
    expect(page!.timeline.find((e) => e.id === `response:${result.data.id}`)).toMatchObject({
      kind: "response",
      subkind: "body_decision",
    });
    await run(retractResponseDefinition, { id: result.data.id, reason: "Test entry." });
  });

  it("refuses a response dated before the letter went out", async () => {
    const result = await run(recordResponseDefinition, { ...writtenReply(), respondedOn: "2019-10-31" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { respondedOn: ["errors.response.beforeLetter"] },
    });
  });

  it("refuses a member, and writes nothing", async () => {
    const [responsesBefore, auditsBefore] = [await responseCount(), await auditCount()];
    expect(await run(recordResponseDefinition, writtenReply(), member)).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await run(createCampaignDefinition, { title: "Member's campaign", targetId }, member)).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await responseCount()).toBe(responsesBefore);
    expect(await auditCount()).toBe(auditsBefore);
    expect(updatedTags).toEqual([]);
  });
});

describe("events, targets and coalitions", () => {
  it("stores an event's sources from flat form fields, dated to its period", async () => {
    const result = await run(createEventDefinition, {
      campaignId,
      kind: "media",
      title: "Coverage of the joint letter",
      description: "",
      occurredOn: "2020-03-17",
      precision: "month",
      "sources.0.url": "https://example.org/article",
      "sources.0.label": "An article",
      "sources.1.url": "",
      "sources.1.label": "",
    });
    expect(result.ok).toBe(true);
    expect(updatedTags).toEqual([`campaign:${CAMPAIGN}`, "campaign-list"]);
  });

  it("stores a part of a month as its range of days, and the public timeline words it so", async () => {
    const late = await run(createEventDefinition, {
      campaignId,
      kind: "government_action",
      title: "Deportation, late November",
      occurredOn: "2019-11-07",
      precision: "monthPart",
      occurredOnPart: "late",
    });
    expect(late.ok).toBe(true);
    const twoDays = await run(createEventDefinition, {
      campaignId,
      kind: "coalition_action",
      title: "Letter delivered, 28 or 29 September",
      occurredOn: "2017-09-28",
      precision: "range",
      occurredOnEnd: "2017-09-29",
      // A part of a month posted beside another choice is ignored.
      occurredOnPart: "early",
    });
    expect(twoDays.ok).toBe(true);
    const [row] = await t.db.select().from(events).where(eq(events.title, "Deportation, late November"));
    expect(row).toMatchObject({ occurredOn: "2019-11-21", precision: "range", occurredEnd: "2019-11-30" });

    const page = await loadCampaignPage(t.db, { slug: CAMPAIGN, now });
    const dated = (title: string) => page!.timeline.find((e) => e.subject === title)?.date;
    expect(dated("Deportation, late November")).toEqual({
      date: "2019-11-21",
      precision: "range",
      end: "2019-11-30",
    });
    expect(formatPreciseDate(dated("Deportation, late November")!, "en-GB")).toBe("late November 2019");
    expect(formatPreciseDate(dated("Letter delivered, 28 or 29 September")!, "en-GB")).toBe(
      "28 or 29 September 2017",
    );
  });

  it("refuses a range without its last day, or ending before it starts, beside the last day", async () => {
    const base = { campaignId, kind: "media", title: "Coverage", occurredOn: "2017-09-28" };
    expect(await run(createEventDefinition, { ...base, precision: "range" })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOnEnd: ["errors.date.endRequired"] },
    });
    expect(
      await run(createEventDefinition, { ...base, precision: "range", occurredOnEnd: "2017-09-28" }),
    ).toMatchObject({ ok: false, fieldErrors: { occurredOnEnd: ["errors.date.endNotAfter"] } });
    expect(await run(createEventDefinition, { ...base, precision: "monthPart" })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOnPart: ["errors.date.partRequired"] },
    });
  });

  it("refuses a range in the database unless its last day is set and after its first", async () => {
    const insert = (values: Partial<typeof events.$inferInsert>) =>
      t.db.insert(events).values({
        campaignId,
        kind: "media",
        title: "Direct insert",
        occurredOn: "2017-09-28",
        ...values,
      });
    await expect(insert({ precision: "range" })).rejects.toThrow();
    await expect(insert({ precision: "range", occurredEnd: "2017-09-27" })).rejects.toThrow();
    await expect(insert({ precision: "day", occurredEnd: "2017-09-29" })).rejects.toThrow();
  });

  it("refuses an event dated in the future, beside the date: the timeline records what happened", async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const result = await run(createEventDefinition, {
      campaignId,
      kind: "government_action",
      title: "Something that has not happened",
      description: "",
      occurredOn: `${nextYear}-01-01`,
      precision: "day",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["errors.date.future"] } });
  });

  it("validates a target's time zone with Intl and stores its canonical name", async () => {
    const bad = await run(updateTargetDefinition, {
      id: targetId,
      name: "Government",
      timeZone: "Asia/Nowhere",
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { timeZone: ["errors.timezone.invalid"] } });
    const good = await run(updateTargetDefinition, {
      id: targetId,
      name: "Government of the Republic of Korea",
      kind: "government",
      country: "kr",
      timeZone: "asia/seoul",
      description: "",
    });
    expect(good.ok).toBe(true);
    const [row] = await t.db.select().from(targets).where(eq(targets.id, targetId));
    expect(row).toMatchObject({ timeZone: "Asia/Seoul", country: "KR" });
  });

  it("keeps a coalition's past members as history", async () => {
    const orgId = async (slug: string) =>
      (await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]
        .id;
    const icnk = await orgId("icnk");
    const hrw = await orgId("human-rights-watch");
    const added = await run(addCoalitionMemberDefinition, {
      coalitionId: icnk,
      memberId: hrw,
      joinedOn: "2020-01-01",
    });
    expect(added.ok).toBe(true);
    expect(updatedTags).toEqual(
      expect.arrayContaining(["organisation:icnk", "organisation:human-rights-watch"]),
    );
    const twice = await run(addCoalitionMemberDefinition, { coalitionId: icnk, memberId: hrw, joinedOn: "" });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { memberId: ["errors.membership.exists"] } });
    if (!added.ok) return;
    const early = await run(endCoalitionMembershipDefinition, { id: added.data.id, leftOn: "2019-12-31" });
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: ["errors.membership.leftBeforeJoined"] },
    });
    expect(
      (await run(endCoalitionMembershipDefinition, { id: added.data.id, leftOn: "2021-06-30" })).ok,
    ).toBe(true);
    const spells = await t.db
      .select()
      .from(coalitionMemberships)
      .where(and(eq(coalitionMemberships.coalitionId, icnk), eq(coalitionMemberships.memberId, hrw)));
    expect(spells).toMatchObject([{ joinedOn: "2020-01-01", leftOn: "2021-06-30" }]);
  });
});
