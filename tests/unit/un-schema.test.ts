import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "@/db/config";
import { syncStates } from "@/db/queries/state-sync";
import {
  asks,
  bodyMemberships,
  campaigns,
  campaignTargets,
  letters,
  letterTargets,
  positions,
  resolutions,
  resolutionTexts,
  responses,
  states,
  targets,
  unBodies,
  unSessions,
} from "@/db/schema";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createCampaign } from "../helpers/signing-fixtures";
import { createTestDb, setupTestDb } from "../helpers/test-db";

/*
 * The UN record's tables: the states every database holds, the constraints that keep
 * the record honest (append-only positions, one text per line and session, membership
 * by session or year), and the migration's backfill of the many-target links.
 */

const t = setupTestDb();
let hrcId: string;
let hrc43Id: string;
let hrc44Id: string;
let gaId: string;
let lineId: string;
let textId: string;

async function pgError(
  fn: () => Promise<unknown>,
): Promise<{ code?: string; constraint?: string; message?: string }> {
  try {
    await fn();
  } catch (error) {
    let e = error as { code?: string; constraint?: string; message?: string; cause?: unknown };
    while (!e.code && e.cause) e = e.cause as typeof e;
    return { code: e.code, constraint: e.constraint, message: e.message };
  }
  throw new Error("expected the database to refuse the write");
}

/** The database refuses `write` with this error (code, and constraint where one is named). */
async function expectRefused(write: () => Promise<unknown>, refusal: { code: string; constraint?: string }) {
  expect(await pgError(write)).toMatchObject(refusal);
}

beforeAll(async () => {
  const { db } = t;
  const [hrc, ga] = await db
    .insert(unBodies)
    .values([
      { slug: "hrc", name: "Human Rights Council", shortName: "HRC", kind: "hrc" },
      { slug: "ga3", name: "Third Committee", kind: "ga_third_committee" },
    ])
    .returning();
  hrcId = hrc.id;
  gaId = ga.id;
  const [s43, s44] = await db
    .insert(unSessions)
    .values([
      { bodyId: hrcId, number: 43, label: "HRC43", startsOn: "2020-02-24", endsOn: "2020-03-20" },
      { bodyId: hrcId, number: 44, label: "HRC44", startsOn: "2020-06-30", endsOn: "2020-07-17" },
    ])
    .returning();
  hrc43Id = s43.id;
  hrc44Id = s44.id;
  const [line] = await db
    .insert(resolutions)
    .values({ slug: "dprk-hrc", title: "DPRK", bodyId: hrcId })
    .returning();
  lineId = line.id;
  const [text] = await db
    .insert(resolutionTexts)
    .values({ resolutionId: lineId, sessionId: hrc43Id, title: "DPRK" })
    .returning();
  textId = text.id;
});

describe("states", () => {
  it("holds every UN member state and both observer states after migrating", async () => {
    const counts = await t.db
      .select({ status: states.unStatus, n: sql<number>`count(*)::int` })
      .from(states)
      .groupBy(states.unStatus);
    expect(Object.fromEntries(counts.map((c) => [c.status, c.n]))).toEqual({ member: 193, observer: 2 });
    const [korea] = await t.db.select().from(states).where(eq(states.iso3, "KOR"));
    expect(korea).toMatchObject({ iso2: "KR", name: "Republic of Korea", regionalGroup: "asia_pacific" });
  });

  it("syncs again without changing anything, and links government targets to their state", async () => {
    const before = await t.db.select().from(states).orderBy(states.iso3);
    const [target] = await t.db
      .insert(targets)
      .values({ slug: "rok", name: "Government of the Republic of Korea", country: "KR" })
      .returning();
    const [company] = await t.db
      .insert(targets)
      .values({ slug: "acme", name: "Acme", kind: "company", country: "KR" })
      .returning();
    await syncStates(t.db);
    const after = await t.db.select().from(states).orderBy(states.iso3);
    expect(after).toEqual(before);
    const [linked] = await t.db.select().from(targets).where(eq(targets.id, target.id));
    expect(linked.stateIso3).toBe("KOR");
    const [notLinked] = await t.db.select().from(targets).where(eq(targets.id, company.id));
    expect(notLinked.stateIso3).toBeNull();
  });
});

describe("positions", () => {
  it("keeps a position as recorded: no edit, no delete; a retraction needs a reason and happens once", async () => {
    const [p] = await t.db
      .insert(positions)
      .values({
        textId,
        stateIso3: "JPN",
        kind: "cosponsor",
        sponsorship: "original",
        occurredOn: "2020-03-01",
      })
      .returning();
    await expectRefused(
      () => t.db.update(positions).set({ kind: "not_cosponsor" }).where(eq(positions.id, p.id)),
      { code: "23000" },
    );
    await expectRefused(() => t.db.delete(positions).where(eq(positions.id, p.id)), {
      code: "23000",
    });
    await expectRefused(
      () => t.db.update(positions).set({ retractedAt: new Date() }).where(eq(positions.id, p.id)),
      { code: "23514", constraint: "positions_retraction_reason" },
    );
    await expectRefused(
      () =>
        t.db
          .update(positions)
          .set({ retractedAt: new Date(), retractionReason: "  " })
          .where(eq(positions.id, p.id)),
      { code: "23514", constraint: "positions_retraction_reason" },
    );

    await t.db
      .update(positions)
      .set({ retractedAt: new Date(), retractionReason: "Wrong state: it was Jordan" })
      .where(eq(positions.id, p.id));
    await expectRefused(
      () => t.db.update(positions).set({ retractionReason: "Changed my mind" }).where(eq(positions.id, p.id)),
      { code: "23000" },
    );
    const [kept] = await t.db.select().from(positions).where(eq(positions.id, p.id));
    expect(kept).toMatchObject({ kind: "cosponsor", retractionReason: "Wrong state: it was Jordan" });
  });

  it("gives a sponsorship type only to a co-sponsorship", async () => {
    await expectRefused(
      () =>
        t.db.insert(positions).values({
          textId,
          stateIso3: "JPN",
          kind: "vote_yes",
          sponsorship: "original",
          occurredOn: "2020-03-01",
        }),
      { code: "23514", constraint: "positions_sponsorship_kind" },
    );
  });

  it("refuses a state that is not on record", async () => {
    await expectRefused(
      () =>
        t.db
          .insert(positions)
          .values({ textId, stateIso3: "XXX", kind: "cosponsor", occurredOn: "2020-03-01" }),
      { code: "23503" },
    );
  });
});

describe("bodies, sessions, texts and memberships", () => {
  it("refuses a second text of a line at the same session", async () => {
    await expectRefused(
      () => t.db.insert(resolutionTexts).values({ resolutionId: lineId, sessionId: hrc43Id, title: "Again" }),
      { code: "23505", constraint: "resolution_texts_resolution_session_key" },
    );
  });

  it("refuses a second session with the same number, and one that ends before it starts", async () => {
    await expectRefused(
      () =>
        t.db.insert(unSessions).values({
          bodyId: hrcId,
          number: 43,
          label: "Again",
          startsOn: "2020-02-24",
          endsOn: "2020-03-20",
        }),
      { code: "23505", constraint: "un_sessions_body_kind_number_key" },
    );
    await expectRefused(
      () =>
        t.db.insert(unSessions).values({
          bodyId: hrcId,
          number: 45,
          label: "HRC45",
          startsOn: "2020-10-07",
          endsOn: "2020-09-14",
        }),
      { code: "23514", constraint: "un_sessions_dates" },
    );
  });

  it("requires the counts of a recorded vote, and none otherwise", async () => {
    await expectRefused(
      () =>
        t.db.insert(resolutionTexts).values({
          resolutionId: lineId,
          sessionId: hrc44Id,
          title: "DPRK",
          adoption: "recorded_vote",
          adoptedOn: "2020-07-17",
          yesCount: 28,
        }),
      { code: "23514", constraint: "resolution_texts_vote_counts" },
    );
    await expectRefused(
      () =>
        t.db
          .insert(resolutionTexts)
          .values({ resolutionId: lineId, sessionId: hrc44Id, title: "DPRK", adoption: "without_vote" }),
      { code: "23514", constraint: "resolution_texts_adopted_on" },
    );
  });

  it("records a membership by session or by year, once, and only at the body's own sessions", async () => {
    await t.db.insert(bodyMemberships).values([
      { bodyId: hrcId, stateIso3: "KOR", year: 2020 },
      { bodyId: hrcId, stateIso3: "KOR", sessionId: hrc43Id },
    ]);
    await expectRefused(
      () => t.db.insert(bodyMemberships).values({ bodyId: hrcId, stateIso3: "KOR", year: 2020 }),
      { code: "23505", constraint: "body_memberships_year_key" },
    );
    await expectRefused(
      () => t.db.insert(bodyMemberships).values({ bodyId: hrcId, stateIso3: "KOR", sessionId: hrc43Id }),
      { code: "23505", constraint: "body_memberships_session_key" },
    );
    await expectRefused(
      () =>
        t.db
          .insert(bodyMemberships)
          .values({ bodyId: hrcId, stateIso3: "JPN", sessionId: hrc43Id, year: 2020 }),
      { code: "23514", constraint: "body_memberships_session_or_year" },
    );
    await expectRefused(() => t.db.insert(bodyMemberships).values({ bodyId: hrcId, stateIso3: "JPN" }), {
      code: "23514",
      constraint: "body_memberships_session_or_year",
    });
    await expectRefused(
      () => t.db.insert(bodyMemberships).values({ bodyId: gaId, stateIso3: "JPN", sessionId: hrc43Id }),
      { code: "23503", constraint: "body_memberships_session_of_body_fk" },
    );
  });

  it("links an ask to a text only together with the position it wants", async () => {
    const campaign = await createCampaign(t.db);
    await expectRefused(
      () =>
        t.db.insert(asks).values({ campaignId: campaign.id, title: "Co-sponsor", resolutionTextId: textId }),
      { code: "23514", constraint: "asks_wanted_position_text" },
    );
    await t.db.insert(asks).values({
      campaignId: campaign.id,
      title: "Co-sponsor",
      resolutionTextId: textId,
      wantedPosition: "cosponsor",
    });
  });
});

describe("the migration's backfill", () => {
  /** The hand-written statements at the end of the migration, as it ran them. */
  function backfillStatements(): string[] {
    const file = readFileSync(path.join(migrationsFolder(), "0002_resolutions_and_positions.sql"), "utf8");
    const chunks = file.split("--> statement-breakpoint").map((s) => s.trim());
    const first = chunks.findIndex((c) => c.startsWith("-- Backfill"));
    expect(first).toBeGreaterThan(0);
    return chunks.slice(first);
  }

  it("links the seeded story's campaign, letters and responses to its target", async () => {
    const demo = await createTestDb();
    try {
      const { db } = demo;
      await seedDemo(db);
      // As a database migrated with the story already in it: no links yet.
      await db.delete(letterTargets);
      await db.delete(campaignTargets);
      await db.update(responses).set({ targetId: null });
      for (const statement of backfillStatements()) await db.execute(sql.raw(statement));

      const campaignRows = await db.select().from(campaigns);
      const linked = await db.select().from(campaignTargets);
      expect(linked).toHaveLength(campaignRows.length);
      expect(linked).toEqual(
        expect.arrayContaining(campaignRows.map((c) => ({ campaignId: c.id, targetId: c.targetId }))),
      );

      const letterRows = await db
        .select({ id: letters.id, addressee: letters.addressee, targetId: campaigns.targetId })
        .from(letters)
        .innerJoin(campaigns, eq(campaigns.id, letters.campaignId));
      expect(letterRows.length).toBeGreaterThanOrEqual(3);
      const addressed = await db.select().from(letterTargets);
      expect(addressed).toHaveLength(letterRows.length);
      for (const letter of letterRows) {
        expect(addressed).toContainEqual({
          letterId: letter.id,
          targetId: letter.targetId,
          addressee: letter.addressee,
          sort: 0,
        });
      }
      expect(addressed.map((a) => a.addressee)).toContain("President Moon Jae-in");

      const unlinked = await db
        .select({ id: responses.id })
        .from(responses)
        .innerJoin(campaigns, eq(campaigns.id, responses.campaignId))
        .where(and(sql`${responses.targetId} is distinct from ${campaigns.targetId}`));
      expect(unlinked).toEqual([]);
    } finally {
      await demo.close();
    }
  });
});
