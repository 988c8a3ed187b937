import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { loadDashboard } from "@/db/queries/dashboard";
import { type LetterSummary, loadLetterSummaries } from "@/db/queries/letter-summaries";
import { loadLetterPage } from "@/db/queries/public-letters";
import { loadOrganisationPage } from "@/db/queries/public-organisations";
import { loadAwaitingResponse, loadTargetStats } from "@/db/queries/public-targets";
import { loadStateRecord } from "@/db/queries/states";
import { type ActorDto, getActorById } from "@/db/queries/users";
import {
  campaigns,
  campaignTargets,
  letters,
  letterTargets,
  organisations,
  signatures,
  targets,
  unSessions,
  users,
} from "@/db/schema";
import { recordResponseDefinition } from "@/lib/actions/campaigns/definitions";
import {
  createLetterDefinition,
  openSigningDefinition,
  sendLetterDefinition,
  updateLetterDefinition,
} from "@/lib/actions/letters/definitions";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";
import { daysBetween, type LetterClock, letterClock } from "@/lib/domain/deadlines";
import { sentLetterEditRefusal } from "@/lib/domain/letter-lifecycle";
import {
  answeringTarget,
  chosenFromLines,
  clockFigures,
  countTargets,
  overallClock,
  resolveTargetLines,
  sameTargetLines,
  targetClock,
} from "@/lib/domain/letter-targets";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import { enqueueReminders } from "@/lib/jobs/reminders";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { messages } from "@/messages/en";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * A letter to several targets: one clock per target (its time zone, its holidays, its
 * response), the letter answered when all have answered and overdue while any is, and
 * every view that counts non-response counting per target.
 */

vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  updateTag: () => {},
  refresh: () => {},
}));

const SEOUL = "Asia/Seoul";
const NEW_YORK = "America/New_York";
const TOKYO = "Asia/Tokyo";

// 05:00 on 28 November in Seoul and Tokyo; still 15:00 on 27 November in New York.
const NOW = new Date("2026-11-27T20:00:00Z");
const SENT = "2020-03-03";
const DEADLINE = "2020-04-02";

const rule = {
  status: "sent" as const,
  sentOn: SENT,
  sentPrecision: "day" as const,
  sentEnd: null,
  rule: "calendar_days" as const,
  deadlineDate: null,
  deadlineDays: 30,
};

describe("a clock per target", () => {
  const seoul = targetClock(rule, { timeZone: SEOUL, holidays: [], firstResponse: null }, NOW);
  const newYork = targetClock(rule, { timeZone: NEW_YORK, holidays: [], firstResponse: null }, NOW);
  const tokyo = targetClock(
    rule,
    {
      timeZone: TOKYO,
      holidays: [],
      firstResponse: { on: "2020-03-12", precision: "day", end: null, responseId: "r1" },
    },
    NOW,
  );

  it("counts each target's silence in its own time zone, either side of a midnight", () => {
    expect(seoul.clock).toEqual({
      state: "overdue",
      deadline: DEADLINE,
      daysOverdue: daysBetween(DEADLINE, "2026-11-28"),
      daysWithoutResponse: daysBetween(SENT, "2026-11-28"),
      approximate: false,
    });
    expect(newYork.clock).toEqual({
      state: "overdue",
      deadline: DEADLINE,
      daysOverdue: daysBetween(DEADLINE, "2026-11-27"),
      daysWithoutResponse: daysBetween(SENT, "2026-11-27"),
      approximate: false,
    });
    expect(tokyo.clock).toMatchObject({ state: "answered", respondedOn: "2020-03-12", daysToAnswer: 9 });
  });

  it("skips each target's own holidays in working days", () => {
    const working = { ...rule, rule: "working_days" as const, deadlineDays: 1, sentOn: "2024-05-03" };
    const plain = targetClock(working, { timeZone: SEOUL, holidays: [], firstResponse: null }, NOW);
    const holiday = targetClock(
      working,
      { timeZone: SEOUL, holidays: ["2024-05-06"], firstResponse: null },
      NOW,
    );
    expect([plain.deadline, holiday.deadline]).toEqual(["2024-05-06", "2024-05-07"]);
  });

  it("says the letter is overdue while any target is, with the longest silence: 2 of 3 have not answered", () => {
    const clocks = [tokyo.clock, seoul.clock, newYork.clock];
    expect(overallClock(clocks)).toEqual(seoul.clock);
    expect(countTargets(clocks)).toEqual({ total: 3, answered: 1, overdue: 2, unanswered: 2 });
    const t = createTranslator({ locale: "en-GB", messages, namespace: "letterState" });
    expect(t("overdueOf", { unanswered: 2, total: 3, days: 2461, approximate: "no" })).toBe(
      "2 of 3 have not answered · no response for 2,461 days",
    );
  });

  it("says the letter is answered once every target has, on the day the last one did", () => {
    const answered = (on: string): LetterClock =>
      letterClock({ ...rule, firstResponseOn: on, timeZone: "UTC", now: NOW });
    const clocks = [answered("2020-03-12"), answered("2020-05-01"), answered("2020-03-20")];
    expect(overallClock(clocks)).toMatchObject({
      state: "answered",
      respondedOn: "2020-05-01",
      daysToAnswer: 59,
    });
    expect(countTargets(clocks)).toEqual({ total: 3, answered: 3, overdue: 0, unanswered: 0 });
  });

  it("shows the nearest deadline while no target is overdue, and one target's clock as it is", () => {
    const early = new Date("2020-03-20T12:00:00Z");
    const waiting = targetClock(rule, { timeZone: SEOUL, holidays: [], firstResponse: null }, early).clock;
    const longer = targetClock(
      { ...rule, deadlineDays: 60 },
      { timeZone: SEOUL, holidays: [], firstResponse: null },
      early,
    ).clock;
    expect(overallClock([longer, waiting])).toMatchObject({ state: "awaiting", deadline: DEADLINE });
    expect(overallClock([seoul.clock])).toBe(seoul.clock);
  });

  it("gives a target's figures over its sent letters, saying when the median counts from a month", () => {
    const exact = letterClock({ ...rule, firstResponseOn: "2020-03-12", timeZone: "UTC", now: NOW });
    const rough = letterClock({
      ...rule,
      sentOn: "2019-12-01",
      sentPrecision: "month",
      firstResponseOn: "2020-01-10",
      timeZone: "UTC",
      now: NOW,
    });
    expect(clockFigures([exact, seoul.clock, { state: "collecting" }])).toEqual({
      lettersSent: 2,
      answered: 1,
      awaiting: 0,
      overdue: 1,
      medianDaysToAnswer: 9,
      medianApproximate: false,
    });
    expect(clockFigures([exact, rough])).toMatchObject({
      answered: 2,
      medianDaysToAnswer: 24.5,
      medianApproximate: true,
    });
  });

  it("gives a response with no target to the letter's only target, or to the main target among several", () => {
    expect(answeringTarget(null, ["a"], "main")).toBe("a");
    expect(answeringTarget(null, ["a", "main"], "main")).toBe("main");
    expect(answeringTarget(null, ["a", "b"], "main")).toBeNull();
    expect(answeringTarget("b", ["a", "b"], "main")).toBe("b");
    expect(answeringTarget("c", ["a", "b"], "main")).toBeNull();
  });

  it("reads addressee lines: an empty one is the letter's own, and follows it", () => {
    const lines = resolveTargetLines("Heads of State", [
      { targetId: "a", addressee: "President Moon Jae-in" },
      { targetId: "b", addressee: null },
      { targetId: "a", addressee: "twice" },
    ]);
    expect(lines).toEqual([
      { targetId: "a", addressee: "President Moon Jae-in" },
      { targetId: "b", addressee: "Heads of State" },
    ]);
    expect(chosenFromLines("Heads of State", lines)).toEqual([
      { targetId: "a", addressee: "President Moon Jae-in" },
      { targetId: "b", addressee: null },
    ]);
    expect(sameTargetLines(lines, [...lines].reverse())).toBe(true);
    expect(sameTargetLines(lines, [lines[0]!])).toBe(false);
  });

  it("keeps a sent letter's targets as they were sent", () => {
    const sent = { status: "sent" as const, bodyMarkdown: "Text", addressee: "All", sentOn: SENT };
    const next = { bodyMarkdown: "Text", addressee: "All", deadlineRule: "none", deadlineDate: null };
    const before = [{ targetId: "a", addressee: "All" }];
    expect(
      sentLetterEditRefusal(
        { ...sent, targets: before },
        { ...next, targets: [...before, { targetId: "b", addressee: "All" }] },
      ),
    ).toEqual({ messageKey: "errors.letter.targetsFrozen", field: "targets" });
    expect(sentLetterEditRefusal({ ...sent, targets: before }, { ...next, targets: before })).toBeNull();
    expect(sentLetterEditRefusal({ ...sent, targets: before }, next)).toBeNull();
  });
});

// ── Against the database ─────────────────────────────────────────────────────

let t: TestDb;
let staff: ActorDto;
let campaignId: string;
let rok: string;
let japan: string;
let usa: string;
let letterId: string;

const run = <S extends z.ZodType, T>(def: ActionDefinition<S, T>, raw: unknown) =>
  executeAction(def, raw, { actor: staff, ip: "127.0.0.1", db: t.db });

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string; fieldErrors?: unknown }): T => {
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
};

/** What the letter form posts: each target ticked, each with its line. */
const targetFields = (lines: Array<[string, string]>) =>
  Object.fromEntries([
    ["targetsShown", "1"],
    ...lines.flatMap(([id, line]) => [
      [`letterTarget:${id}`, id],
      [`letterAddressee:${id}`, line],
    ]),
  ]);

const letterForm = {
  title: "Letter to three governments",
  addressee: "Heads of government",
  bodyMarkdown: "We write to you all.",
  whoCanSign: "both",
  deadlineRule: "calendar_days",
  deadlineDays: "30",
};

/** A new letter on the campaign, as the staff form posts it (with what the test changes). */
const createDraft = async (fields: Record<string, string> = {}) =>
  ok(await run(createLetterDefinition, { ...letterForm, campaignId, ...fields }));

const summary = async (): Promise<LetterSummary> =>
  (await loadLetterSummaries(t.db, { filter: { letterIds: [letterId] }, now: NOW }))[0]!;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const [user] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "staff@answerable.example"));
  staff = (await getActorById(t.db, { id: user!.id }))!;
  const [campaign] = await t.db.select().from(campaigns);
  campaignId = campaign!.id;
  rok = campaign!.targetId;
  const made = await t.db
    .insert(targets)
    .values([
      { slug: "government-of-japan", name: "Government of Japan", stateIso3: "JPN", timeZone: TOKYO },
      {
        slug: "government-of-the-united-states",
        name: "Government of the United States of America",
        stateIso3: "USA",
        timeZone: NEW_YORK,
      },
    ])
    .returning();
  [japan, usa] = [made[0]!.id, made[1]!.id];

  letterId = (
    await createDraft(
      targetFields([
        [rok, "President Moon Jae-in"],
        [japan, "Prime Minister Abe Shinzō"],
        [usa, ""],
      ]),
    )
  ).id;
  ok(await run(openSigningDefinition, { id: letterId }));
  ok(await run(sendLetterDefinition, { id: letterId, sentOn: SENT, sentPrecision: "day" }));
});
afterAll(async () => {
  await t?.close();
});

describe("a letter to three targets", () => {
  it("is addressed to each by its own line, an empty line reading as the letter's own", async () => {
    const s = await summary();
    expect(s.targets.map((x) => [x.name, x.addressee, x.stateIso3])).toEqual([
      ["Government of the Republic of Korea", "President Moon Jae-in", "KOR"],
      ["Government of Japan", "Prime Minister Abe Shinzō", "JPN"],
      ["Government of the United States of America", "Heads of government", "USA"],
    ]);
  });

  it("refuses a response that does not say which target answered, or names one not addressed", async () => {
    const response = {
      campaignId,
      letterId,
      kind: "written_reply",
      stance: "positive",
      respondedOn: "2020-03-12",
      precision: "day",
      summary: "The ministry replied.",
    };
    expect(await run(recordResponseDefinition, response)).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["errors.response.targetRequired"] },
    });
    const [other] = await t.db.insert(targets).values({ slug: "elsewhere", name: "Elsewhere" }).returning();
    expect(await run(recordResponseDefinition, { ...response, targetId: other!.id })).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["errors.response.targetNotAddressed"] },
    });
    ok(await run(recordResponseDefinition, { ...response, targetId: japan }));
  });

  it("shows one answered and two without response, each counted on its own clock", async () => {
    const s = await summary();
    const byName = new Map(s.targets.map((x) => [x.targetId, x]));
    expect(byName.get(japan)).toMatchObject({
      answeredOn: "2020-03-12",
      clock: { state: "answered", respondedOn: "2020-03-12" },
    });
    expect(byName.get(japan)?.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(byName.get(rok)?.clock).toMatchObject({
      state: "overdue",
      deadline: DEADLINE,
      daysWithoutResponse: daysBetween(SENT, "2026-11-28"),
    });
    expect(byName.get(usa)?.clock).toMatchObject({
      state: "overdue",
      deadline: DEADLINE,
      daysWithoutResponse: daysBetween(SENT, "2026-11-27"),
    });
    expect(s.clock).toEqual(byName.get(rok)?.clock);
    expect(s.targetCounts).toEqual({ total: 3, answered: 1, overdue: 2, unanswered: 2 });

    const page = await loadLetterPage(t.db, {
      campaignSlug: s.campaignSlug,
      letterSlug: s.slug,
      now: NOW,
    });
    expect(page?.responses.map((r) => r.targetId)).toEqual([japan]);
  });

  it("keeps single-target letters as they were: the demo letters read one target each", async () => {
    const demo = await loadLetterSummaries(t.db, { now: NOW });
    const december = demo.find((l) => l.slug === "december-2019-letter")!;
    expect(december.targets.map((x) => x.targetId)).toEqual([rok]);
    expect(december.targetCounts).toEqual({ total: 1, answered: 0, overdue: 1, unanswered: 1 });
    expect(december.clock).toEqual(december.targets[0]!.clock);
  });

  it("loads every letter's targets in the same number of queries, however many letters", async () => {
    const [december] = await t.db.select().from(letters).where(eq(letters.slug, "december-2019-letter"));
    const client = (t.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
    const original = client.query;
    let queries = 0;
    client.query = function counted(this: unknown, ...args: unknown[]) {
      queries += 1;
      return original.apply(this, args);
    };
    try {
      // A letter with signatures, so the same kinds of rows are read for one as for all.
      await loadLetterSummaries(t.db, { filter: { letterIds: [december!.id] }, now: NOW });
      const one = queries;
      queries = 0;
      const all = await loadLetterSummaries(t.db, { now: NOW });
      expect(all.length).toBeGreaterThan(2);
      expect(queries).toBe(one);
    } finally {
      client.query = original;
    }
  });
});

describe("counted per target", () => {
  it("on the awaiting-response board: under each target that has not answered", async () => {
    const board = await loadAwaitingResponse(t.db, { now: NOW });
    const groups = new Map(board.groups.map((g) => [g.target.name, g]));
    const ours = (name: string) =>
      groups.get(name)?.letters.filter((l) => l.letterTitle === letterForm.title) ?? [];
    expect(ours("Government of Japan")).toEqual([]);
    expect(ours("Government of the Republic of Korea")).toMatchObject([
      {
        addressee: "President Moon Jae-in",
        targetCount: 3,
        clock: { daysWithoutResponse: daysBetween(SENT, "2026-11-28") },
      },
    ]);
    expect(ours("Government of the United States of America")).toMatchObject([
      { addressee: "Heads of government", clock: { daysWithoutResponse: daysBetween(SENT, "2026-11-27") } },
    ]);
    // The two demo letters, and this one twice.
    expect(board.overdue).toBe(4);

    const feed = awaitingFeed(
      board,
      {
        feed: "https://x.example/feed",
        page: "https://x.example/awaiting",
        letter: (c, l) => `https://x.example/${c}/${l}`,
        campaign: (c) => `https://x.example/${c}`,
      },
      { now: NOW, locale: "en-GB" },
    );
    const ids = feed.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.includes("letter-to-three-governments"))).toHaveLength(2);
  });

  it("on the staff dashboard and in the reminders: one item per silent target, each with its day count", async () => {
    const dashboard = await loadDashboard(t.db, { now: NOW });
    const ours = dashboard.overdue.filter((l) => l.id === letterId);
    expect(ours.map((l) => [l.targetName, l.daysWithoutResponse])).toEqual([
      ["Government of the Republic of Korea", daysBetween(SENT, "2026-11-28")],
      ["Government of the United States of America", daysBetween(SENT, "2026-11-27")],
    ]);
    const reminded = await enqueueReminders(t.db, { now: NOW });
    expect(reminded.overdueLetters).toBe(4);
  });

  it("in the target figures: each target's answer and silence", async () => {
    const stats = new Map((await loadTargetStats(t.db, { now: NOW })).map((s) => [s.name, s]));
    expect(stats.get("Government of Japan")).toMatchObject({
      lettersSent: 1,
      answered: 1,
      overdue: 0,
      medianDaysToAnswer: 9,
      medianApproximate: false,
    });
    expect(stats.get("Government of the United States of America")).toMatchObject({
      lettersSent: 1,
      overdue: 1,
    });
    expect(stats.get("Government of the Republic of Korea")).toMatchObject({ lettersSent: 3, overdue: 3 });
  });
});

describe("the staff letter form's targets", () => {
  it("keeps a sent letter's targets as they were sent", async () => {
    const [letter] = await t.db.select().from(letters).where(eq(letters.id, letterId));
    const result = await run(updateLetterDefinition, {
      id: letterId,
      ...letterForm,
      slug: letter!.slug,
      ...targetFields([[rok, "President Moon Jae-in"]]),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { targets: ["errors.letter.targetsFrozen"] } });
  });

  it("addresses a letter to every member of the Council at its 43rd session, making the missing governments", async () => {
    const [hrc43] = await t.db.select().from(unSessions).where(eq(unSessions.label, "HRC43"));
    const draft = await createDraft({ title: "To the Council's members", membersSessionId: hrc43!.id });
    const addressed = await t.db
      .select({
        stateIso3: targets.stateIso3,
        name: targets.name,
        timeZone: targets.timeZone,
        id: targets.id,
      })
      .from(letterTargets)
      .innerJoin(targets, eq(targets.id, letterTargets.targetId))
      .where(eq(letterTargets.letterId, draft.id));
    // The campaign's main target (a member itself), then every member: 47 in all.
    expect(addressed).toHaveLength(47);
    expect(addressed.find((a) => a.stateIso3 === "JPN")?.id).toBe(japan);
    expect(addressed.find((a) => a.stateIso3 === "KOR")?.id).toBe(rok);
    expect(addressed.find((a) => a.stateIso3 === "DEU")).toMatchObject({
      name: "Government of Germany",
      timeZone: "UTC",
    });
    // Asked again, nothing is made twice.
    const again = await createDraft({
      title: "To the Council's members, again",
      membersSessionId: hrc43!.id,
    });
    const governments = await t.db
      .select({ id: targets.id })
      .from(targets)
      .where(and(eq(targets.kind, "government"), inArray(targets.stateIso3, ["DEU"])));
    expect(governments).toHaveLength(1);
    expect(again.id).not.toBe(draft.id);
  });

  it("leaves the targets alone when the form does not show them, and lines follow the letter's own", async () => {
    const draft = await createDraft({ title: "Plain draft" });
    const [row] = await t.db.select().from(letters).where(eq(letters.id, draft.id));
    const edit = (fields: Record<string, string>) =>
      run(updateLetterDefinition, {
        id: draft.id,
        ...letterForm,
        title: "Plain draft",
        slug: row!.slug,
        ...fields,
      });
    ok(await edit({ addressee: "President Moon Jae-in" }));
    expect(await t.db.select().from(letterTargets).where(eq(letterTargets.letterId, draft.id))).toMatchObject(
      [{ targetId: rok, addressee: "President Moon Jae-in" }],
    );
    const none = await edit({ targetsShown: "1" });
    expect(none).toMatchObject({ ok: false, fieldErrors: { targets: ["errors.letter.targetsRequired"] } });
  });
});

describe("named and clocked by its own targets elsewhere", () => {
  it("on a state's page: the letter under that state's target, on that target's clock", async () => {
    // The state page lists the targets a public campaign presses.
    await t.db.insert(campaignTargets).values({ campaignId, targetId: japan });
    const record = (await loadStateRecord(t.db, { iso3: "JPN", now: NOW }))!;
    expect(record.letters).toMatchObject([
      {
        letterTitle: letterForm.title,
        target: { name: "Government of Japan" },
        addressee: "Prime Minister Abe Shinzō",
        deadline: DEADLINE,
        clock: { state: "answered", respondedOn: "2020-03-12" },
      },
    ]);
    expect(record.figures).toMatchObject({ lettersSent: 1, answered: 1, medianDaysToAnswer: 9 });
  });

  it("on a signer's page: by the letter's targets, not the campaign's main one", async () => {
    const japanOnly = (
      await createDraft({
        title: "Letter to Japan alone",
        ...targetFields([[japan, "Prime Minister Abe Shinzō"]]),
      })
    ).id;
    ok(await run(openSigningDefinition, { id: japanOnly }));
    const [org] = await t.db
      .insert(organisations)
      .values({ slug: "signer-of-both", name: "Signer of both" })
      .returning();
    await t.db.insert(signatures).values(
      [letterId, japanOnly].map((id) => ({
        letterId: id,
        kind: "organisation" as const,
        organisationId: org!.id,
        displayName: org!.name,
        status: "confirmed" as const,
        confirmedAt: NOW,
      })),
    );
    const page = (await loadOrganisationPage(t.db, { slug: "signer-of-both", now: NOW }))!;
    expect(
      page.signatures.map((s) => [s.letterTitle, s.addressee, s.targetName, s.targetCounts.total]),
    ).toEqual([
      ["Letter to Japan alone", "Prime Minister Abe Shinzō", "Government of Japan", 1],
      [letterForm.title, letterForm.addressee, null, 3],
    ]);
  });
});

describe("a letter from the record sent on one of two days", () => {
  it("is stored as a range, due 30 days after its last day, its silence “about” so many days", async () => {
    const draft = await createDraft({ title: "Letter sent on 28 or 29 September 2017", slug: "" });
    const refused = await run(sendLetterDefinition, {
      id: draft.id,
      sentOn: "2017-09-28",
      sentPrecision: "range",
      sentOnEnd: "",
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { sentOnEnd: ["errors.date.endRequired"] } });
    ok(
      await run(sendLetterDefinition, {
        id: draft.id,
        sentOn: "2017-09-28",
        sentPrecision: "range",
        sentOnEnd: "2017-09-29",
      }),
    );
    const [s] = await loadLetterSummaries(t.db, { filter: { letterIds: [draft.id] }, now: NOW });
    expect(s!.sent).toEqual({ date: "2017-09-28", precision: "range", end: "2017-09-29" });
    expect(s!.deadline).toBe("2017-10-29");
    expect(s!.clock).toMatchObject({ state: "overdue", deadline: "2017-10-29", approximate: true });
  });
});
