import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { loadCampaignPage, loadHomeCampaigns } from "@/db/queries/public-campaigns";
import { CAMPAIGN_SLUG } from "@/db/seed/story";
import { daysBetween } from "@/lib/domain/deadlines";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(async () => {
  await t?.close();
});

// 15 February 2020 in London is already the 16th in Seoul, the target's zone.
const before = new Date("2020-02-15T20:00:00Z");
const today = new Date("2026-12-06T12:00:00Z");

describe("the status strip of the demo campaign", () => {
  it("names the overdue letters with their days and deadlines, the next decision and the letter to sign", async () => {
    const page = (await loadCampaignPage(t.db, { slug: CAMPAIGN_SLUG, now: before }))!;
    expect(page.strip.status).toBe("active");
    // The December letter's 30 days ran out on 30 January; the March letter is not yet due.
    expect(page.strip.overdueLetters).toEqual([
      {
        slug: "december-2019-letter",
        title: "Letter to President Moon Jae-in, December 2019",
        daysWithoutResponse: daysBetween("2019-12-01", "2020-02-16"),
        approximate: true,
        deadline: "2020-01-30",
      },
    ]);
    // The HRC session in March 2020, counted down from the 16th in Seoul.
    expect(page.strip.nextDecision).toMatchObject({
      decision: { date: "2020-03-01", precision: "month" },
      countdownDays: 14,
    });
    const collecting = page.letters.find((l) => l.slug === "follow-up-letter-2026")!;
    expect(page.strip.collectingLetters).toEqual([
      expect.objectContaining({
        slug: "follow-up-letter-2026",
        signed: collecting.tally.organisations + collecting.tally.individuals,
      }),
    ]);
    expect(page.strip.collectingLetters[0]!.signed).toBeGreaterThan(0);
  });

  it("is the same on the home page's card, and has no next decision once every decision date has passed", async () => {
    const [card] = await loadHomeCampaigns(t.db, { now: today });
    const page = (await loadCampaignPage(t.db, { slug: CAMPAIGN_SLUG, now: today }))!;
    expect(card!.strip).toEqual(page.strip);
    expect(card!.strip.nextDecision).toBeNull();
    expect(card!.strip.overdueLetters.map((l) => [l.slug, l.deadline])).toEqual([
      ["december-2019-letter", "2020-01-30"],
      ["march-2020-joint-letter", "2020-04-02"],
    ]);
  });

  it("reads a letter's clocks as of the day in its target's zone", async () => {
    const [march] = await loadLetterSummaries(t.db, { now: before, filter: { onlySent: true } });
    expect(march!.asOf).toBe("2020-02-16");
  });
});
