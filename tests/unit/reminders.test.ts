import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/db/queries/dashboard";
import { asks, auditLog, campaigns, emailOutbox, letters, users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { addDays, daysBetween } from "@/lib/domain/deadlines";
import { enqueueReminders, REMINDER_EMAIL_KIND } from "@/lib/jobs/reminders";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { DEMO_PASSWORD } from "../pages/sign-in-page";

let t: TestDb;
// Late November in Seoul and in UTC alike.
const now = new Date("2026-11-20T03:00:00Z");
const today = "2026-11-20";

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
});
afterAll(async () => {
  await t?.close();
});

const reminders = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, REMINDER_EMAIL_KIND));

describe("the staff dashboard", () => {
  it("lists the overdue demo letters, most overdue first, with days", async () => {
    const dashboard = await loadDashboard(t.db, { now });
    // Sent "in December 2019" with 30 days: due 30 January 2020, its silence about so many days.
    expect(dashboard.overdue.map((l) => [l.slug, l.daysOverdue, l.approximate])).toEqual([
      ["december-2019-letter", daysBetween("2020-01-30", today), true],
      ["march-2020-joint-letter", daysBetween("2020-04-02", today), false],
    ]);
    expect(dashboard.decisionPoints).toEqual([]);
    // The demo's asks are linked to resolution texts: their outcome is derived, never owed.
    expect(dashboard.needsOutcome).toEqual([]);
    expect(dashboard.pendingSignatures.total).toBe(0);
  });

  it("counts a month-precision decision point from the month's start, and keeps it all month", async () => {
    const [campaign] = await t.db.select({ id: campaigns.id }).from(campaigns);
    const [ask] = await t.db
      .insert(asks)
      .values({
        campaignId: campaign!.id,
        title: "Vote at the December session",
        decisionOn: "2026-12-01",
        decisionPrecision: "month",
      })
      .returning();
    const inNovember = await loadDashboard(t.db, { now });
    expect(inNovember.decisionPoints).toMatchObject([
      { id: ask!.id, daysUntil: daysBetween(today, "2026-12-01") },
    ]);
    expect(inNovember.needsOutcome).toEqual([]);
    const midDecember = await loadDashboard(t.db, { now: new Date("2026-12-20T03:00:00Z") });
    expect(midDecember.decisionPoints).toMatchObject([{ id: ask!.id, daysUntil: 0 }]);
    expect(midDecember.needsOutcome).toEqual([]);
    // Once December is over with no outcome recorded, staff owe the record one.
    const january = await loadDashboard(t.db, { now: new Date("2027-01-02T03:00:00Z") });
    expect(january.decisionPoints).toEqual([]);
    expect(january.needsOutcome).toMatchObject([
      { id: ask!.id, decision: { date: "2026-12-01", precision: "month" } },
    ]);
    await t.db.update(asks).set({ outcome: "not_met", outcomeOn: "2026-12-15" }).where(eq(asks.id, ask!.id));
    expect((await loadDashboard(t.db, { now: new Date("2027-01-02T03:00:00Z") })).needsOutcome).toEqual([]);
    await t.db.delete(asks).where(eq(asks.id, ask!.id));
  });
});

describe("npm run reminders", () => {
  it("first run e-mails admin and staff one digest each about the overdue demo letters", async () => {
    const run = await enqueueReminders(t.db, { now });
    expect(run.overdueLetters).toBe(2);
    expect(run.digests.map((d) => [d.to, d.overdue, d.decisionPoints])).toEqual([
      ["admin@answerable.example", 2, 0],
      ["staff@answerable.example", 2, 0],
    ]);
    const mails = await reminders();
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      "admin@answerable.example",
      "staff@answerable.example",
    ]);
    for (const mail of mails) {
      expect(mail.status).toBe("pending");
      expect(mail.dedupeKey).toMatch(/^reminder:/);
      expect(mail.subject).toContain("2 letters overdue");
      expect(mail.textBody).toContain("Letter to President Moon Jae-in, December 2019");
      expect(mail.textBody).toContain("Joint open letter to President Moon Jae-in, 3 March 2020");
      expect(mail.textBody).toContain(
        `${daysBetween("2020-01-30", today).toLocaleString("en-GB")} days overdue, no response for about ${daysBetween("2019-12-01", today).toLocaleString("en-GB")} days.`,
      );
    }
    const recorded = await t.db.select().from(auditLog).where(eq(auditLog.action, "reminder.enqueue"));
    expect(recorded.length).toBe(4);
  });

  it("second run enqueues nothing", async () => {
    const run = await enqueueReminders(t.db, { now });
    expect(run.digests).toEqual([]);
    expect((await reminders()).length).toBe(2);
    // Nor a day later: the letters are still overdue, but everyone has been told.
    expect((await enqueueReminders(t.db, { now: new Date("2026-11-21T03:00:00Z") })).digests).toEqual([]);
  });

  it("later reminds only of what is new: a decision point this week, not the old letters again", async () => {
    const [campaign] = await t.db.select({ id: campaigns.id }).from(campaigns);
    await t.db.insert(asks).values({
      campaignId: campaign!.id,
      title: "Co-sponsor the resolution at next week's vote",
      venue: "UN General Assembly",
      decisionOn: addDays(today, 5),
      decisionPrecision: "day",
    });
    // A disabled staff account and a member are never mailed.
    await t.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.email, "staff@answerable.example"));

    const run = await enqueueReminders(t.db, { now });
    expect(run.digests.map((d) => [d.to, d.overdue, d.decisionPoints])).toEqual([
      ["admin@answerable.example", 0, 1],
    ]);
    const [mail] = (await reminders()).filter((m) => m.textBody.includes("next week's vote"));
    expect(mail?.textBody).toContain("UN General Assembly");
    expect(mail?.textBody).not.toContain("December 2019");
    expect((await enqueueReminders(t.db, { now })).digests).toEqual([]);
    await t.db.update(users).set({ disabledAt: null }).where(eq(users.email, "staff@answerable.example"));
  });

  it("reminds again when a letter becomes overdue past a new deadline", async () => {
    // Staff move the December letter's deadline: a new fact, so one new reminder each.
    await t.db.update(letters).set({ deadlineDays: 60 }).where(eq(letters.slug, "december-2019-letter"));
    const run = await enqueueReminders(t.db, { now });
    // The re-enabled staff member also hears of the decision point, once.
    expect(run.digests.map((d) => [d.to, d.overdue, d.decisionPoints])).toEqual([
      ["admin@answerable.example", 1, 0],
      ["staff@answerable.example", 1, 1],
    ]);
    expect((await enqueueReminders(t.db, { now })).digests).toEqual([]);
  });
});

describe("reminders in each person's language", () => {
  let own: TestDb;
  beforeAll(async () => {
    own = await createTestDb();
    await seedDemo(own.db);
  });
  afterAll(async () => {
    await own?.close();
  });

  it("signing in in Korean makes the account's reminders Korean; the others stay English", async () => {
    const signedIn = await checkCredentials(own.db, {
      email: "staff@answerable.example",
      password: DEMO_PASSWORD,
      ip: "192.0.2.201",
      locale: "ko",
    });
    expect(signedIn.ok).toBe(true);
    const [staff] = await own.db.select().from(users).where(eq(users.email, "staff@answerable.example"));
    expect(staff!.locale).toBe("ko");

    await enqueueReminders(own.db, { now });
    const mails = await own.db.select().from(emailOutbox).where(eq(emailOutbox.kind, REMINDER_EMAIL_KIND));
    const to = (address: string) => mails.find((m) => m.toAddress === address)!;
    expect(to("staff@answerable.example").subject).toMatch(/[가-힣]/);
    expect(to("staff@answerable.example").textBody).toContain("/ko/");
    expect(to("admin@answerable.example").subject).toContain("2 letters overdue");
  });
});
