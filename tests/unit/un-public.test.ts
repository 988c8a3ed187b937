import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCampaignPage } from "@/db/queries/public-campaigns";
import { publicPageExists } from "@/db/queries/public-visibility";
import { loadCampaignPositionNews } from "@/db/queries/un-public";
import { asks, campaigns, campaignTargets, targets } from "@/db/schema";
import { setupTestDb } from "../helpers/test-db";
import { seedStoryRecord } from "../helpers/un-story";

/*
 * The campaign timeline's share of the UN record, read from the demo story's record: the
 * position changes of the states a campaign presses, on the lines its asks are linked to,
 * without staff logging them as events. And the UN record's pages exist for visitors
 * exactly when what they show is stored.
 */

const t = setupTestDb();
let story: { id: string; slug: string };
/** Presses Japan, whose sample record co-sponsors every year and votes once. */
let steady: { id: string };
/** Presses Japan too, on no resolution line. */
let unlinked: { id: string };

const NOW = new Date("2026-11-28T12:00:00Z");

beforeAll(async () => {
  const { db } = t;
  const [rok, japan] = await db
    .insert(targets)
    .values([
      {
        slug: "republic-of-korea",
        name: "Government of the Republic of Korea",
        kind: "government",
        timeZone: "Asia/Seoul",
      },
      { slug: "japan", name: "Government of Japan", kind: "government", stateIso3: "JPN" },
    ])
    .returning();
  const [storyRow, steadyRow, unlinkedRow] = await db
    .insert(campaigns)
    .values([
      { slug: "story", title: "Story", targetId: rok.id, status: "active" },
      { slug: "steady", title: "Steady", targetId: japan.id, status: "active" },
      { slug: "unlinked", title: "Unlinked", targetId: japan.id, status: "active" },
    ])
    .returning();
  story = storyRow;
  steady = steadyRow;
  unlinked = unlinkedRow;
  await db.insert(asks).values({ campaignId: unlinked.id, title: "Say something" });
  const { gaAsk } = await seedStoryRecord(db, { campaignId: story.id, targetId: rok.id });
  // The steady campaign presses Japan through campaign_targets too, with an ask on the GA line.
  const [{ resolutionTextId }] = await db
    .select({ resolutionTextId: asks.resolutionTextId })
    .from(asks)
    .where(eq(asks.id, gaAsk.id));
  await db.insert(asks).values({
    campaignId: steady.id,
    title: "Keep co-sponsoring",
    resolutionTextId,
    wantedPosition: "cosponsor",
  });
  await db.insert(campaignTargets).values({ campaignId: steady.id, targetId: japan.id });
});

describe("loadCampaignPositionNews", () => {
  it("gives the story's campaign the Republic of Korea's withdrawal, sourced and dated, and nothing repeated", async () => {
    const news = await loadCampaignPositionNews(t.db, { campaignIds: [story.id, steady.id, unlinked.id] });
    // The campaign whose asks link no resolution line has no news at all.
    expect(new Set(news.keys())).toEqual(new Set([story.id, steady.id]));
    expect(news.get(story.id)).toEqual([
      {
        id: expect.any(String),
        change: "dropped",
        kind: "withdrew_cosponsorship",
        state: { iso3: "KOR", name: "Republic of Korea" },
        resolution: {
          slug: "dprk-human-rights-general-assembly",
          title: "Situation of human rights in the Democratic People's Republic of Korea (General Assembly)",
        },
        session: expect.stringMatching(/^74/),
        symbol: "A/C.3/74/L.27",
        date: { date: "2019-11-01", precision: "month" },
        source: {
          url: "https://www.hrw.org/asia/north-korea",
          label: "Human Rights Watch news release, 3 March 2020",
        },
      },
    ]);
  });

  it("gives a state's vote, but not its co-sponsorship repeated every session", async () => {
    const news = await loadCampaignPositionNews(t.db, { campaignIds: [steady.id] });
    expect(news.get(steady.id)?.map((n) => [n.state.iso3, n.change, n.kind, n.session])).toEqual([
      ["JPN", "vote", "vote_yes", expect.stringMatching(/^69/)],
    ]);
  });

  it("asks nothing of the database for no campaigns", async () => {
    expect((await loadCampaignPositionNews(t.db, { campaignIds: [] })).size).toBe(0);
  });
});

describe("the campaign page", () => {
  it("puts the withdrawal on the timeline in words, and links the target to its state", async () => {
    const page = await loadCampaignPage(t.db, { slug: "story", now: NOW });
    expect(page?.target.stateIso3).toBe("KOR");
    const positions = page!.timeline.filter((e) => e.kind === "position");
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      subject: "Republic of Korea",
      date: { date: "2019-11-01", precision: "month" },
      position: {
        change: "dropped",
        symbol: "A/C.3/74/L.27",
        resolutionSlug: "dprk-human-rights-general-assembly",
      },
    });
  });
});

describe("publicPageExists for the UN record", () => {
  it("finds stored resolution lines, their regional-group views and states", async () => {
    const line = "dprk-human-rights-general-assembly";
    expect(await publicPageExists(t.db, { kind: "resolution", resolutionSlug: line })).toBe(true);
    expect(await publicPageExists(t.db, { kind: "resolution", resolutionSlug: line, group: "weog" })).toBe(
      true,
    );
    expect(await publicPageExists(t.db, { kind: "resolution", resolutionSlug: line, group: "nowhere" })).toBe(
      false,
    );
    expect(await publicPageExists(t.db, { kind: "resolution", resolutionSlug: "no-such-line" })).toBe(false);
    expect(await publicPageExists(t.db, { kind: "state", iso3: "kor" })).toBe(true);
    expect(await publicPageExists(t.db, { kind: "state", iso3: "KOR" })).toBe(true);
    expect(await publicPageExists(t.db, { kind: "state", iso3: "xyz" })).toBe(false);
    expect(await publicPageExists(t.db, { kind: "state", iso3: "korea" })).toBe(false);
  });
});
