import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createBody,
  createResolution,
  createResolutionText,
  createSession,
  listBodyMembers,
  loadResolutionList,
  loadResolutionMatrix,
  recordMemberships,
  recordPositions,
  retractPosition,
  updateSession,
} from "@/db/queries/resolutions";
import {
  asks,
  campaigns,
  campaignTargets,
  letterTargets,
  positions,
  targets,
  unBodies,
  users,
} from "@/db/schema";
import { resolutionMatrix } from "@/lib/domain/un/positions";
import { createCampaign } from "../helpers/signing-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { seedStoryRecord } from "../helpers/un-story";

/*
 * The staff writes of the UN record and the public matrix read: positions go in all
 * together or not at all, what the record cannot hold is refused with a reason, and the
 * matrix shows what was recorded.
 */

let t: TestDb;
let staffId: string;
let hrcId: string;
let gaId: string;
let hrc43Id: string;
let ga73Id: string;
let ga74Id: string;
let gaLineId: string;
let ga73TextId: string;
let ga74TextId: string;
let hrcTextId: string;

const NOW = new Date("2020-03-10T12:00:00Z");

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; refusal: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.refusal)}`);
  return r.data;
}

const countPositions = async () => t.db.$count(positions);

beforeAll(async () => {
  t = await createTestDb();
  const [staff] = await t.db.insert(users).values({ email: "staff@example.org", role: "staff" }).returning();
  staffId = staff.id;
  await t.db.transaction(async (tx) => {
    const hrc = await createBody(tx, {
      values: { slug: "hrc", name: "Human Rights Council", shortName: "HRC", kind: "hrc" },
    });
    const ga = await createBody(tx, {
      values: {
        slug: "ga3",
        name: "Third Committee",
        shortName: "Third Committee",
        kind: "ga_third_committee",
      },
    });
    hrcId = hrc.id;
    gaId = ga.id;
    const sessionIn = async (values: Parameters<typeof createSession>[1]["values"]) =>
      (await createSession(tx, { values })).id;
    hrc43Id = await sessionIn({
      bodyId: hrcId,
      kind: "regular",
      number: 43,
      label: "HRC43",
      startsOn: "2020-02-24",
      endsOn: "2020-03-20",
    });
    ga73Id = await sessionIn({
      bodyId: gaId,
      number: 73,
      label: "73rd session",
      startsOn: "2018-10-01",
      endsOn: "2018-11-30",
    });
    ga74Id = await sessionIn({
      bodyId: gaId,
      number: 74,
      label: "74th session",
      startsOn: "2019-10-01",
      endsOn: "2019-11-30",
    });
    gaLineId = (
      await createResolution(tx, {
        values: { slug: "dprk-ga", title: "Human rights in the DPRK", bodyId: gaId },
      })
    ).id;
    const hrcLine = await createResolution(tx, {
      values: { slug: "dprk-hrc", title: "DPRK (HRC)", bodyId: hrcId },
    });
    ga73TextId = (
      await ok(
        createResolutionText(tx, { values: { resolutionId: gaLineId, sessionId: ga73Id, title: "DPRK" } }),
      )
    ).text.id;
    ga74TextId = (
      await ok(
        createResolutionText(tx, {
          values: {
            resolutionId: gaLineId,
            sessionId: ga74Id,
            title: "DPRK",
            draftSymbol: "A/C.3/74/L.27",
            adoption: "without_vote",
            adoptedOn: "2019-11-14",
          },
        }),
      )
    ).text.id;
    hrcTextId = (
      await ok(
        createResolutionText(tx, { values: { resolutionId: hrcLine.id, sessionId: hrc43Id, title: "DPRK" } }),
      )
    ).text.id;
  });
});

afterAll(async () => {
  await t?.close();
});

const cosponsors = (textId: string, stateIso3s: string[], occurredOn: string) => ({
  textId,
  kind: "cosponsor" as const,
  sponsorship: "original" as const,
  occurredOn,
  precision: "month" as const,
  sourceUrl: "https://example.org/list",
  stateIso3s,
  recordedBy: staffId,
  now: NOW,
});

/** The states listed as voting `kind` on the day. */
const votes = (
  textId: string,
  kind: "vote_yes" | "vote_abstain",
  stateIso3s: string[],
  occurredOn: string,
) => ({
  ...cosponsors(textId, stateIso3s, occurredOn),
  kind,
  sponsorship: null,
  precision: "day" as const,
});

describe("recordPositions", () => {
  it("records every state of the list in one go, and nothing when one code names no state", async () => {
    const before = await countPositions();
    const refused = await t.db.transaction((tx) =>
      recordPositions(tx, cosponsors(ga73TextId, ["KOR", "JPN", "XYZ", "FRA"], "2018-11-01")),
    );
    expect(refused).toEqual({ ok: false, refusal: { reason: "unknown_states", iso3s: ["XYZ"] } });
    expect(await countPositions()).toBe(before);

    const done = await t.db.transaction((tx) =>
      recordPositions(tx, cosponsors(ga73TextId, ["KOR", "jpn", "FRA", "KOR"], "2018-11-01")),
    );
    expect(done.ok && done.data).toMatchObject({
      resolutionSlug: "dprk-ga",
      stateIso3s: ["KOR", "JPN", "FRA"],
    });
    expect(await countPositions()).toBe(before + 3);
  });

  it("saves nothing when the database refuses one row of the list", async () => {
    const before = await countPositions();
    // A sponsorship type on a vote breaks a check on every row: none may be left behind.
    await expect(
      t.db.transaction((tx) =>
        recordPositions(tx, {
          ...cosponsors(ga74TextId, ["JPN", "FRA"], "2019-11-14"),
          kind: "joined_consensus",
        }),
      ),
    ).rejects.toThrow();
    expect(await countPositions()).toBe(before);
  });

  it("refuses an empty list and a date in the future", async () => {
    expect(await recordPositions(t.db, cosponsors(ga74TextId, [], "2019-11-01"))).toEqual({
      ok: false,
      refusal: { reason: "empty_list" },
    });
    const future = await recordPositions(t.db, {
      ...cosponsors(ga74TextId, ["JPN"], "2020-03-12"),
      precision: "day",
    });
    expect(future).toMatchObject({ ok: false, refusal: { reason: "future_date" } });
    // "March 2020" has begun somewhere: it is not in the future.
    expect((await recordPositions(t.db, cosponsors(hrcTextId, ["JPN"], "2020-03-01"))).ok).toBe(true);
  });

  it("refuses a vote by a state that does not sit on the body at that session", async () => {
    const vote = (stateIso3s: string[]) => votes(hrcTextId, "vote_yes", stateIso3s, "2020-03-10");
    expect(await recordPositions(t.db, vote(["KOR"]))).toEqual({
      ok: false,
      refusal: { reason: "membership_unknown" },
    });
    await ok(recordMemberships(t.db, { bodyId: hrcId, year: 2020, stateIso3s: ["KOR", "JPN", "DEU"] }));
    const before = await countPositions();
    expect(await recordPositions(t.db, vote(["KOR", "FRA", "JPN", "USA"]))).toEqual({
      ok: false,
      refusal: { reason: "not_members", iso3s: ["FRA", "USA"] },
    });
    expect(await countPositions()).toBe(before);
    expect((await recordPositions(t.db, vote(["KOR", "JPN"]))).ok).toBe(true);
    // A co-sponsor need not be a member.
    expect((await recordPositions(t.db, cosponsors(hrcTextId, ["FRA"], "2020-03-01"))).ok).toBe(true);
  });

  it("lets every member state vote in the General Assembly, and no observer", async () => {
    const vote = (stateIso3s: string[]) => votes(ga74TextId, "vote_abstain", stateIso3s, "2019-11-14");
    expect(await recordPositions(t.db, vote(["VAT", "CHN"]))).toEqual({
      ok: false,
      refusal: { reason: "not_members", iso3s: ["VAT"] },
    });
    expect((await recordPositions(t.db, vote(["CHN"]))).ok).toBe(true);
  });
});

describe("memberships", () => {
  it("lists a body's members at a session from its members that year, and every member state in the GA", async () => {
    const members = await listBodyMembers(t.db, { bodyId: hrcId, sessionId: hrc43Id });
    expect(members.map((s) => s.iso3)).toEqual(["DEU", "JPN", "KOR"]);
    expect(await listBodyMembers(t.db, { bodyId: hrcId, year: 2021 })).toEqual([]);
    expect(await listBodyMembers(t.db, { bodyId: gaId, sessionId: ga74Id })).toHaveLength(193);
  });

  it("refuses a session of another body and adds each member once", async () => {
    expect(await recordMemberships(t.db, { bodyId: hrcId, sessionId: ga74Id, stateIso3s: ["KOR"] })).toEqual({
      ok: false,
      refusal: { reason: "session_of_other_body" },
    });
    const again = await ok(
      recordMemberships(t.db, { bodyId: hrcId, year: 2020, stateIso3s: ["KOR", "NLD"] }),
    );
    expect(again).toEqual({ added: 1, stateIso3s: ["KOR", "NLD"] });
  });

  it("refuses a text at a session of another body", async () => {
    expect(
      await createResolutionText(t.db, {
        values: { resolutionId: gaLineId, sessionId: hrc43Id, title: "DPRK" },
      }),
    ).toEqual({ ok: false, refusal: { reason: "session_of_other_body" } });
  });
});

describe("the resolution matrix", () => {
  it("returns the line, its texts by session and its live records, for resolutionMatrix to read", async () => {
    await ok(
      recordPositions(t.db, {
        ...cosponsors(ga74TextId, ["KOR"], "2019-11-01"),
        kind: "withdrew_cosponsorship",
        sponsorship: null,
      }),
    );
    await ok(recordPositions(t.db, cosponsors(ga74TextId, ["JPN", "FRA"], "2019-11-01")));
    const data = await loadResolutionMatrix(t.db, { slug: "dprk-ga" });
    expect(data).not.toBeNull();
    expect(data!.resolution).toMatchObject({ slug: "dprk-ga", body: { kind: "ga_third_committee" } });
    expect(data!.texts.map((x) => [x.session.label, x.order, x.draftSymbol])).toEqual([
      ["73rd session", 0, null],
      ["74th session", 1, "A/C.3/74/L.27"],
    ]);
    expect(data!.states).toHaveLength(195);
    const korea = data!.records.filter((r) => r.stateIso3 === "KOR");
    expect(korea.map((r) => [r.textId, r.kind, r.date, r.precision])).toEqual([
      [ga73TextId, "cosponsor", "2018-11-01", "month"],
      [ga74TextId, "withdrew_cosponsorship", "2019-11-01", "month"],
    ]);

    const matrix = resolutionMatrix({
      sessions: data!.texts.map((x) => ({ textId: x.id, sessionLabel: x.session.label, order: x.order })),
      records: data!.records,
      states: data!.states,
    });
    const row = matrix.rows.find((r) => r.state.iso3 === "KOR")!;
    expect(row.cells.map((c) => [c.sponsorship, c.change])).toEqual([
      ["cosponsor", null],
      ["withdrew_cosponsorship", "dropped"],
    ]);
    expect(matrix.totals.map((x) => x.cosponsors)).toEqual([3, 2]);
    expect(await loadResolutionMatrix(t.db, { slug: "no-such-line" })).toBeNull();
  });

  it("leaves a retracted record out, and retracts a record only once", async () => {
    const [p] = await t.db
      .select()
      .from(positions)
      .where(eq(positions.textId, ga74TextId))
      .then((rows) => rows.filter((r) => r.stateIso3 === "FRA" && r.kind === "cosponsor"));
    const retracted = await ok(
      t.db.transaction((tx) => retractPosition(tx, { id: p.id, reason: "France was not on the list" })),
    );
    expect(retracted).toMatchObject({
      resolutionSlug: "dprk-ga",
      after: { retractionReason: "France was not on the list" },
    });
    expect(await retractPosition(t.db, { id: p.id, reason: "again" })).toEqual({
      ok: false,
      refusal: { reason: "already_retracted" },
    });
    const data = await loadResolutionMatrix(t.db, { slug: "dprk-ga" });
    expect(data!.records.find((r) => r.id === p.id)).toBeUndefined();
  });

  it("lists the lines with their latest text and its co-sponsors now", async () => {
    const list = await loadResolutionList(t.db);
    const ga = list.find((l) => l.slug === "dprk-ga")!;
    expect(ga).toMatchObject({
      texts: 2,
      latest: { sessionLabel: "74th session", adoption: "without_vote", votes: null },
    });
    // Japan alone: Korea withdrew, France's record was retracted.
    expect(ga.latest!.cosponsors).toBe(1);
  });
});

describe("what a change to positions touches", () => {
  it("names the campaigns with an ask on the text, and those pressing a target of the states", async () => {
    const [korea, other] = await t.db
      .insert(targets)
      .values([
        { slug: "korea-gov", name: "Government of the Republic of Korea", stateIso3: "KOR" },
        { slug: "elsewhere", name: "Elsewhere" },
      ])
      .returning();
    const [byAsk, byTarget, byExtraTarget] = await t.db
      .insert(campaigns)
      .values([
        { slug: "by-ask", title: "Asks for it", targetId: other.id },
        { slug: "by-target", title: "Presses Korea", targetId: korea.id },
        { slug: "by-extra-target", title: "Presses Korea too", targetId: other.id },
        { slug: "unrelated", title: "Unrelated", targetId: other.id },
      ])
      .returning();
    await t.db.insert(asks).values({
      campaignId: byAsk.id,
      title: "Co-sponsor",
      resolutionTextId: ga74TextId,
      wantedPosition: "cosponsor",
    });
    await t.db.insert(campaignTargets).values({ campaignId: byExtraTarget.id, targetId: korea.id });
    const recorded = await ok(recordPositions(t.db, cosponsors(ga74TextId, ["DEU"], "2019-11-01")));
    expect(recorded.campaignSlugs).toEqual([byAsk.slug]);
    const withKorea = await ok(recordPositions(t.db, cosponsors(ga73TextId, ["KOR"], "2018-11-01")));
    expect(withKorea.campaignSlugs).toEqual([byExtraTarget.slug, byTarget.slug]);
  });
});

describe("sessions carry the asks decided at them", () => {
  it("moves an ask's decision date when its session's dates are corrected", async () => {
    const campaign = await createCampaign(t.db);
    const [ask] = await t.db
      .insert(asks)
      .values({
        campaignId: campaign.id,
        title: "Co-sponsor at HRC43",
        sessionId: hrc43Id,
        decisionOn: "2020-03-20",
      })
      .returning();
    const moved = await ok(
      t.db.transaction((tx) => updateSession(tx, { id: hrc43Id, values: { endsOn: "2020-06-22" } })),
    );
    expect(moved.movedAsks).toEqual([{ id: ask.id, campaignSlug: campaign.slug }]);
    const [after] = await t.db.select().from(asks).where(eq(asks.id, ask.id));
    expect(after).toMatchObject({ decisionOn: "2020-06-22", decisionPrecision: "day" });
  });
});

describe("the demo's UN record", () => {
  it("links the story to the record and shows the Republic of Korea dropping off the GA resolution", async () => {
    const demo = await createTestDb();
    try {
      const { db } = demo;
      const [target] = await db
        .insert(targets)
        .values({ slug: "republic-of-korea", name: "Government of the Republic of Korea" })
        .returning();
      const [campaign] = await db
        .insert(campaigns)
        .values({ slug: "story", title: "Story", targetId: target.id })
        .returning();
      const { letter } = await seedStoryRecord(db, { campaignId: campaign.id, targetId: target.id });

      const [linkedTarget] = await db.select().from(targets).where(eq(targets.id, target.id));
      expect(linkedTarget.stateIso3).toBe("KOR");
      expect(await db.select().from(letterTargets)).toEqual([
        { letterId: letter.id, targetId: target.id, addressee: "President Moon Jae-in", sort: 0 },
      ]);
      const linkedAsks = await db.select().from(asks).where(eq(asks.campaignId, campaign.id));
      expect(linkedAsks.every((a) => a.resolutionTextId && a.wantedPosition === "cosponsor")).toBe(true);

      const data = (await loadResolutionMatrix(db, { slug: "dprk-human-rights-general-assembly" }))!;
      const matrix = resolutionMatrix({
        sessions: data.texts.map((x) => ({ textId: x.id, sessionLabel: x.session.label, order: x.order })),
        records: data.records,
        states: data.states,
      });
      const korea = matrix.rows.find((r) => r.state.iso3 === "KOR")!;
      const at74 = data.texts.findIndex((x) => x.session.number === 74);
      expect(korea.cells[at74]).toMatchObject({ sponsorship: "withdrew_cosponsorship", change: "dropped" });
      expect(korea.cells.slice(0, at74).every((c) => c.sponsorship === "cosponsor")).toBe(true);
      // The facts the release states are not sample data; what was generated is.
      const koreaRecords = data.records.filter((r) => r.stateIso3 === "KOR");
      expect(koreaRecords.every((r) => !r.isSample && r.sourceUrl)).toBe(true);
      expect(data.records.filter((r) => r.stateIso3 !== "KOR").every((r) => r.isSample)).toBe(true);
      const [council] = await db.select().from(unBodies).where(eq(unBodies.slug, "human-rights-council"));
      expect(await listBodyMembers(db, { bodyId: council.id, year: 2020 })).toHaveLength(47);
    } finally {
      await demo.close();
    }
  });
});
