import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { campaigns, letters, responses } from "@/db/schema";
import { daysBetween } from "@/lib/domain/deadlines";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const now = new Date("2026-11-28T12:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** A written reply to the demo letter `slug` on `respondedOn` (unless `more` says otherwise), stored as is. */
async function recordResponse(
  slug: string,
  respondedOn: string,
  more: Partial<typeof responses.$inferInsert> = {},
) {
  const [letter] = await t.db.select().from(letters).where(eq(letters.slug, slug));
  const [response] = await t.db
    .insert(responses)
    .values({
      campaignId: letter.campaignId,
      letterId: letter.id,
      kind: "written_reply",
      stance: "noncommittal",
      respondedOn,
      summary: "Test reply",
      ...more,
    })
    .returning();
  return response;
}

const bySlug = async () => new Map((await loadLetterSummaries(t.db, { now })).map((l) => [l.slug, l]));

describe("public letter summaries on the demo story", () => {
  it("says the December 2019 letter has had no response for about so many days, its deadline counted from the month's end", async () => {
    const december = (await bySlug()).get("december-2019-letter");
    expect(december?.tally.sentence).toBe("67 organisations and 10 individuals");
    // Sent "in December 2019": perhaps on the 31st, so the 30 days run to 30 January.
    expect(december?.deadline).toBe("2020-01-30");
    expect(december?.clock).toEqual({
      state: "overdue",
      deadline: "2020-01-30",
      daysOverdue: daysBetween("2020-01-30", "2026-11-28"),
      daysWithoutResponse: daysBetween("2019-12-01", "2026-11-28"),
      approximate: true,
    });
    expect((await bySlug()).get("march-2020-joint-letter")?.clock).toMatchObject({
      state: "overdue",
      deadline: "2020-04-02",
      approximate: false,
    });
  });

  it("leads the March 2020 letter's tally with the coalition", async () => {
    const march = (await bySlug()).get("march-2020-joint-letter");
    expect(march?.tally.sentence).toBe(
      "International Coalition to Stop Crimes Against Humanity in North Korea (ICNK), representing over 300 groups, joined by 72 other groups and 10 individuals",
    );
  });

  it("shows the collecting letter as collecting", async () => {
    expect((await bySlug()).get("follow-up-letter-2026")?.clock.state).toBe("collecting");
  });

  it("ends the clock once a response is recorded, and again when it is retracted", async () => {
    const response = await recordResponse("december-2019-letter", "2020-02-10");
    expect((await bySlug()).get("december-2019-letter")?.clock).toMatchObject({
      state: "answered",
      respondedOn: "2020-02-10",
    });
    await t.db
      .update(responses)
      .set({ retractedAt: new Date(), retractionReason: "Recorded in error" })
      .where(eq(responses.id, response.id));
    expect((await bySlug()).get("december-2019-letter")?.clock.state).toBe("overdue");
  });

  it("says when a letter was answered no more precisely than the response's date is known", async () => {
    const response = await recordResponse("march-2020-joint-letter", "2020-03-01", {
      kind: "public_statement",
      precision: "month",
      summary: "A statement some time in March 2020",
    });
    expect((await bySlug()).get("march-2020-joint-letter")?.clock).toMatchObject({
      state: "answered",
      respondedOn: "2020-03-01",
      respondedPrecision: "month",
    });
    await t.db.delete(responses).where(eq(responses.id, response.id));
  });

  it("hides the letters of private campaigns", async () => {
    await t.db.update(campaigns).set({ visibility: "private" });
    expect((await loadLetterSummaries(t.db, { now })).length).toBe(0);
    await t.db.update(campaigns).set({ visibility: "public" });
  });
});
