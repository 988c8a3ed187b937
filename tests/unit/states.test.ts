import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTargetRecord } from "@/db/queries/public-targets";
import { publicPageExists } from "@/db/queries/public-visibility";
import {
  createBody,
  createResolution,
  createResolutionText,
  createSession,
  recordPositions,
  retractPosition,
} from "@/db/queries/resolutions";
import { loadSitemapRecords } from "@/db/queries/sitemap";
import { loadStateList, loadStateRecord } from "@/db/queries/states";
import { campaigns, campaignTargets, letters, letterTargets, responses, targets } from "@/db/schema";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * The state page's data: a state's positions across resolutions, the targets linked to
 * it that visitors may see, and every letter addressed to those targets, each on the
 * target's own clock. A target's own page is the same record for one target.
 */

let t: TestDb;
let missionRetractedId: string;
const NOW = new Date("2020-06-01T03:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  await db.transaction(async (tx) => {
    const ga = await createBody(tx, {
      values: { slug: "ga3", name: "Third Committee", kind: "ga_third_committee" },
    });
    const session = await createSession(tx, {
      values: {
        bodyId: ga.id,
        number: 74,
        label: "74th session",
        startsOn: "2019-10-01",
        endsOn: "2019-11-30",
      },
    });
    const line = await createResolution(tx, { values: { slug: "dprk-ga", title: "DPRK", bodyId: ga.id } });
    const text = await createResolutionText(tx, {
      values: { resolutionId: line.id, sessionId: session.id, title: "DPRK" },
    });
    if (!text.ok) throw new Error("no text");
    const base = {
      textId: text.data.text.id,
      occurredOn: "2019-11-01",
      precision: "month" as const,
      stateIso3s: ["KOR"],
      recordedBy: null,
      now: NOW,
    };
    const wrong = await recordPositions(tx, { ...base, kind: "cosponsor" });
    await recordPositions(tx, {
      ...base,
      kind: "withdrew_cosponsorship",
      sourceUrl: "https://example.org/hrw",
    });
    if (!wrong.ok) throw new Error("not recorded");
    missionRetractedId = wrong.data.ids[0];
    await retractPosition(tx, { id: missionRetractedId, reason: "Recorded on the wrong text" });
  });

  const [rok, mission, hidden] = await db
    .insert(targets)
    .values([
      { slug: "rok", name: "Government of the Republic of Korea", stateIso3: "KOR", timeZone: "Asia/Seoul" },
      {
        slug: "rok-geneva",
        name: "Permanent Mission of the Republic of Korea in Geneva",
        stateIso3: "KOR",
        timeZone: "Europe/Zurich",
      },
      { slug: "rok-private", name: "Only in a private campaign", stateIso3: "KOR" },
    ])
    .returning();
  const [campaign, draft] = await db
    .insert(campaigns)
    .values([
      { slug: "public", title: "Public campaign", targetId: rok.id, status: "active" },
      {
        slug: "private",
        title: "Private campaign",
        targetId: hidden.id,
        status: "active",
        visibility: "private",
      },
    ])
    .returning();
  await db.insert(campaignTargets).values([
    { campaignId: campaign.id, targetId: rok.id },
    { campaignId: campaign.id, targetId: mission.id },
  ]);
  const [toBoth, legacy, secret, draftLetter] = await db
    .insert(letters)
    .values([
      {
        campaignId: campaign.id,
        slug: "to-both",
        title: "To both",
        addressee: "President Moon Jae-in",
        status: "sent",
        sentOn: "2020-03-03",
        deadlineRule: "calendar_days",
        deadlineDays: 30,
      },
      // Saved before letters had several targets: no letter_targets rows.
      {
        campaignId: campaign.id,
        slug: "legacy",
        title: "Legacy",
        addressee: "President Moon Jae-in",
        status: "sent",
        sentOn: "2019-12-01",
      },
      {
        campaignId: draft.id,
        slug: "secret",
        title: "Secret",
        addressee: "Nobody",
        status: "sent",
        sentOn: "2020-01-01",
      },
      // Not published: no page, no place in the sitemap or on the target's page.
      {
        campaignId: campaign.id,
        slug: "draft-letter",
        title: "Draft",
        addressee: "President Moon Jae-in",
        status: "draft",
      },
    ])
    .returning();
  await db.insert(letterTargets).values([
    { letterId: toBoth.id, targetId: rok.id, addressee: "President Moon Jae-in", sort: 0 },
    { letterId: toBoth.id, targetId: mission.id, addressee: "Ambassador, Permanent Representative", sort: 1 },
    { letterId: secret.id, targetId: hidden.id, addressee: "Nobody" },
    { letterId: draftLetter.id, targetId: rok.id, addressee: "President Moon Jae-in" },
  ]);
  await db.insert(responses).values([
    {
      campaignId: campaign.id,
      letterId: toBoth.id,
      targetId: mission.id,
      kind: "written_reply",
      stance: "noncommittal",
      respondedOn: "2020-03-10",
      summary: "The mission acknowledged the letter.",
    },
    // No target: a response saved before responses named one is the main target's.
    {
      campaignId: campaign.id,
      letterId: legacy.id,
      kind: "public_statement",
      stance: "negative",
      respondedOn: "2020-01-15",
      summary: "The government defended its decision.",
    },
  ]);
});

afterAll(async () => {
  await t?.close();
});

describe("the state record", () => {
  it("lists the state's positions across resolutions, retracted ones marked", async () => {
    const record = (await loadStateRecord(t.db, { iso3: "KOR", now: NOW }))!;
    expect(record.state).toMatchObject({ iso3: "KOR", name: "Republic of Korea", status: "member" });
    expect(record.positions.map((p) => [p.kind, p.retraction?.reason ?? null])).toEqual([
      ["cosponsor", "Recorded on the wrong text"],
      ["withdrew_cosponsorship", null],
    ]);
    expect(record.positions[1]).toMatchObject({
      resolution: { slug: "dprk-ga" },
      session: { label: "74th session" },
      occurred: { date: "2019-11-01", precision: "month" },
      sourceUrl: "https://example.org/hrw",
    });
  });

  it("shows only the targets a public campaign presses", async () => {
    const record = (await loadStateRecord(t.db, { iso3: "KOR", now: NOW }))!;
    expect(record.targets.map((x) => x.slug)).toEqual(["rok", "rok-geneva"]);
  });

  it("puts each target of a letter on its own clock, and a letter without target rows on its campaign's", async () => {
    const record = (await loadStateRecord(t.db, { iso3: "KOR", now: NOW }))!;
    expect(record.letters.map((l) => [l.letterSlug, l.target.slug, l.addressee, l.clock.state])).toEqual([
      ["legacy", "rok", "President Moon Jae-in", "answered"],
      ["to-both", "rok", "President Moon Jae-in", "overdue"],
      ["to-both", "rok-geneva", "Ambassador, Permanent Representative", "answered"],
    ]);
    const overdue = record.letters.find((l) => l.clock.state === "overdue")!;
    expect(overdue).toMatchObject({ deadline: "2020-04-02", clock: { daysWithoutResponse: 90 } });
    expect(record.figures).toEqual({
      lettersSent: 3,
      answered: 2,
      awaiting: 0,
      overdue: 1,
      medianDaysToAnswer: 26,
      medianApproximate: false,
    });
  });

  it("has nothing for a code that names no state", async () => {
    expect(await loadStateRecord(t.db, { iso3: "XYZ", now: NOW })).toBeNull();
  });
});

describe("the list of states", () => {
  it("lists every state with its live positions counted", async () => {
    const list = await loadStateList(t.db);
    expect(list).toHaveLength(195);
    expect(list.find((s) => s.iso3 === "KOR")).toMatchObject({ name: "Republic of Korea", positions: 1 });
    expect(list.find((s) => s.iso3 === "JPN")).toMatchObject({ positions: 0 });
  });
});

describe("the target record", () => {
  it("lists the public letters addressed to the target, each on its clock, with its figures", async () => {
    const record = (await loadTargetRecord(t.db, { slug: "rok", now: NOW }))!;
    expect(record.target).toMatchObject({
      slug: "rok",
      name: "Government of the Republic of Korea",
      stateIso3: "KOR",
      timeZone: "Asia/Seoul",
    });
    expect(record.letters.map((l) => [l.letterSlug, l.clock.state])).toEqual([
      ["legacy", "answered"],
      ["to-both", "overdue"],
    ]);
    expect(record.figures).toMatchObject({ lettersSent: 2, answered: 1, overdue: 1, medianDaysToAnswer: 45 });
  });

  it("gives a letter to several targets this target's own status", async () => {
    const record = (await loadTargetRecord(t.db, { slug: "rok-geneva", now: NOW }))!;
    expect(record.letters).toHaveLength(1);
    expect(record.letters[0]).toMatchObject({
      letterSlug: "to-both",
      addressee: "Ambassador, Permanent Representative",
      clock: { state: "answered", respondedOn: "2020-03-10" },
    });
  });

  it("has no page for a target only a private campaign names, nor for an unknown one", async () => {
    expect(await loadTargetRecord(t.db, { slug: "rok-private", now: NOW })).toBeNull();
    expect(await loadTargetRecord(t.db, { slug: "nobody", now: NOW })).toBeNull();
    expect(await publicPageExists(t.db, { kind: "target", targetSlug: "rok" })).toBe(true);
    expect(await publicPageExists(t.db, { kind: "target", targetSlug: "rok-private" })).toBe(false);
    expect(await publicPageExists(t.db, { kind: "target", targetSlug: "a\u0000" })).toBe(false);
  });
});

describe("the sitemap's records", () => {
  it("lists public campaigns, letters and targets, never a draft or a private campaign's", async () => {
    const records = await loadSitemapRecords(t.db);
    expect(records.campaigns.map((c) => c.slug)).toEqual(["public"]);
    expect(records.letters.map((l) => `${l.campaignSlug}/${l.slug}`)).toEqual([
      "public/legacy",
      "public/to-both",
    ]);
    expect(records.targets.map((x) => x.slug)).toEqual(["rok", "rok-geneva"]);
    expect(records.states.map((x) => x.iso3)).toContain("KOR");
    expect(records.resolutions.map((r) => r.slug)).toEqual(["dprk-ga"]);
  });
});
