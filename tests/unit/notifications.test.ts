import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { eraseNotificationData, followConfirmed, stopCampaignNews } from "@/db/queries/following";
import type { ActorDto } from "@/db/queries/users";
import {
  emailOutbox,
  emailTokens,
  follows,
  letters,
  notificationDeliveries,
  notificationNews,
  signatures,
} from "@/db/schema";
import {
  createAskDefinition,
  createEventDefinition,
  recordAskOutcomeDefinition,
  recordResponseDefinition,
  retractResponseDefinition,
} from "@/lib/actions/campaigns/definitions";
import { sendLetterDefinition } from "@/lib/actions/letters/definitions";
import { normaliseEmail } from "@/lib/domain/email";
import { DIGEST_INTERVAL_MS, NEWS_GRACE_MS, outcomeNews } from "@/lib/domain/following";
import { readUnsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { runNotifications } from "@/lib/jobs/notifications";
import { actionRunner, ok } from "../helpers/actions";
import { createActor, createCampaign, createLetter } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * What followers and signers hear when staff record a response, an outcome or an event,
 * or a letter's deadline passes unanswered: one digest per person per campaign per day,
 * each record told once, a retraction told only to those who heard the record, and
 * "responses and outcomes only" meaning just that. Time is given to the job, so "the
 * next day" is a parameter, not a wait.
 */

process.env.AUTH_SECRET ||= "test-secret-for-unsubscribe-links";
const t = setupTestDb();
let staff: ActorDto;
const run = actionRunner(t, () => staff);

beforeAll(async () => {
  staff = await createActor(t.db, { name: "Staff", role: "staff" });
});

const MINUTE = 60_000;
/** A time `ms` after the real now (news is stamped by the database clock). */
const later = (ms: number) => new Date(Date.now() + ms);
const afterGrace = () => later(NEWS_GRACE_MS + MINUTE);

type Scenario = Awaited<ReturnType<typeof scenario>>;

/**
 * A public campaign with a sent letter, and the people around it: followers of the
 * campaign at each level, of the letter, one not confirmed, one stopped; signers who
 * hear the letter's news, one who declined, one who also follows the campaign; an
 * organisation's signature (no address).
 */
async function scenario(db: Db) {
  const tag = randomUUID().slice(0, 6);
  const campaign = await createCampaign(db);
  const letter = await createLetter(db, campaign.id, {
    status: "sent",
    sentOn: "2026-01-10",
    title: `Letter ${tag}`,
  });
  const address = (who: string) => `${who}-${tag}@example.org`;
  const target = { campaignId: campaign.id, letterId: null };
  const people = {
    all: address("all"),
    responses: address("responses"),
    letter: address("letter"),
    unconfirmed: address("unconfirmed"),
    stopped: address("stopped"),
    signer: address("signer"),
    declined: address("declined"),
    both: address("both"),
  };
  await followConfirmed(db, { email: people.all, target, level: "all", locale: "en-GB" });
  await followConfirmed(db, { email: people.responses, target, level: "responses", locale: "en-GB" });
  await followConfirmed(db, {
    email: people.letter,
    target: { campaignId: campaign.id, letterId: letter.id },
    level: "all",
    locale: "en-GB",
  });
  await followConfirmed(db, { email: people.both, target, level: "responses", locale: "en-GB" });
  await db.insert(follows).values({
    email: people.unconfirmed,
    emailNormalised: people.unconfirmed,
    campaignId: campaign.id,
    level: "all",
  });
  await db.insert(follows).values({
    email: people.stopped,
    emailNormalised: people.stopped,
    campaignId: campaign.id,
    level: "all",
    confirmedAt: new Date(),
    stoppedAt: new Date(),
  });
  const individual = (email: string, notifyUpdates = true) => ({
    letterId: letter.id,
    kind: "individual" as const,
    displayName: email.split("@")[0]!,
    email,
    emailNormalised: normaliseEmail(email),
    status: "confirmed" as const,
    confirmedAt: new Date(Date.now() - 3600_000),
    notifyUpdates,
  });
  await db
    .insert(signatures)
    .values([individual(people.signer), individual(people.declined, false), individual(people.both)]);
  return { campaign, letter, people };
}

const respond = (s: Scenario, summary: string, extra: Record<string, string> = {}) =>
  ok(
    run(recordResponseDefinition, {
      campaignId: s.campaign.id,
      letterId: s.letter.id,
      askId: "",
      kind: "written_reply",
      stance: "negative",
      respondedOn: "2026-02-01",
      precision: "day",
      summary,
      sourceUrl: "https://example.org/reply",
      ...extra,
    }),
  );

/** The digests written to an address, oldest first. */
async function digestsTo(db: Db, to: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, "notification_digest")))
    .orderBy(emailOutbox.createdAt);
}

async function digestCounts(db: Db, s: Scenario) {
  const counts: Record<string, number> = {};
  for (const [who, address] of Object.entries(s.people)) counts[who] = (await digestsTo(db, address)).length;
  return counts;
}

describe("a government response", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario(t.db);
  });

  it("waits out the grace period, so what staff record together goes together", async () => {
    await respond(s, "The ministry rejected the coalition's requests.");
    const report = await runNotifications({ db: t.db, now: later(MINUTE) });
    expect(report.digests).toBe(0);
    expect(Object.values(await digestCounts(t.db, s)).every((n) => n === 0)).toBe(true);
  });

  it("reaches each follower and signer who hears it exactly once, whichever ways they hear it", async () => {
    await runNotifications({ db: t.db, now: afterGrace() });
    expect(await digestCounts(t.db, s)).toEqual({
      all: 1,
      responses: 1,
      letter: 1,
      unconfirmed: 0,
      stopped: 0,
      signer: 1,
      declined: 0,
      // Follows the campaign and signed the letter: one e-mail.
      both: 1,
    });
    // Running again sends nothing more.
    expect((await runNotifications({ db: t.db, now: afterGrace() })).digests).toBe(0);
  });

  it("says what happened, its source and where to read more, with a one-click unsubscribe", async () => {
    const [mail] = await digestsTo(t.db, s.people.signer);
    expect(mail!.subject).toBe("Test campaign: a response");
    expect(mail!.textBody).toContain(
      `Government of Testland responded to “${s.letter.title}” on 1 February 2026: Written reply, negative.`,
    );
    expect(mail!.textBody).toContain("“The ministry rejected the coalition's requests.”");
    expect(mail!.textBody).toContain("Source: https://example.org/reply");
    expect(mail!.textBody).toContain(
      `More: http://localhost:3000/campaigns/${s.campaign.slug}/letters/${s.letter.slug}`,
    );
    expect(mail!.textBody).toContain(`you signed “${s.letter.title}”`);
    const unsubscribe = mail!.headers!["List-Unsubscribe"]!;
    expect(unsubscribe).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    expect(mail!.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    // The visible link goes to the page with a button; the token names the signer's signature.
    const token = /\/api\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(unsubscribe)![1]!;
    expect(mail!.textBody).toContain(`http://localhost:3000/unsubscribe/${token}`);
    expect(mail!.textBody).toContain("Manage all your subscriptions: http://localhost:3000/subscriptions");
    const [signature] = await t.db
      .select({ id: signatures.id })
      .from(signatures)
      .where(eq(signatures.email, s.people.signer));
    expect(readUnsubscribeToken(token, process.env.AUTH_SECRET!)).toEqual({
      kind: "signature",
      id: signature!.id,
    });
    expect(readUnsubscribeToken(token, "another secret")).toBeNull();
    // A campaign follower is told why in their own terms.
    const [followerMail] = await digestsTo(t.db, s.people.all);
    expect(followerMail!.textBody).toContain("because you follow “Test campaign”");
  });

  it("is told at most once a day per campaign: a second update waits, then both come in one digest", async () => {
    await respond(s, "A second reply, the same day.");
    await ok(
      run(createEventDefinition, {
        campaignId: s.campaign.id,
        kind: "coalition_action",
        title: "Press conference in Seoul",
        description: "",
        occurredOn: "2026-02-02",
        precision: "day",
        "sources.0.url": "https://example.org/press",
        "sources.0.label": "",
      }),
    );
    const sameDay = await runNotifications({ db: t.db, now: later(2 * NEWS_GRACE_MS + 60 * MINUTE) });
    expect(sameDay.digests).toBe(0);
    const nextDay = later(DIGEST_INTERVAL_MS + 2 * NEWS_GRACE_MS);
    await runNotifications({ db: t.db, now: nextDay });
    const counts = await digestCounts(t.db, s);
    expect(counts).toMatchObject({ all: 2, responses: 2, letter: 2, signer: 2, both: 2, declined: 0 });
    const [, second] = await digestsTo(t.db, s.people.all);
    expect(second!.subject).toBe("Test campaign: 2 updates");
    expect(second!.textBody).toContain("A second reply, the same day.");
    expect(second!.textBody).toContain("Coalition action, 2 February 2026: Press conference in Seoul");
    // "Responses and outcomes only": the reply, not the press conference.
    const [, toResponses] = await digestsTo(t.db, s.people.responses);
    expect(toResponses!.textBody).toContain("A second reply, the same day.");
    expect(toResponses!.textBody).not.toContain("Press conference");
    const [, toSigner] = await digestsTo(t.db, s.people.signer);
    expect(toSigner!.textBody).not.toContain("Press conference");
  });

  it("tells those who heard a record that it was retracted, and nobody else", async () => {
    const [first] = await t.db
      .select({ id: notificationNews.recordId })
      .from(notificationNews)
      .where(
        and(
          eq(notificationNews.campaignId, s.campaign.id),
          eq(notificationNews.kind, "response"),
          eq(notificationNews.retraction, false),
        ),
      )
      .orderBy(notificationNews.createdAt)
      .limit(1);
    // Someone who starts following now never heard of it.
    const newcomer = `newcomer-${randomUUID().slice(0, 6)}@example.org`;
    await followConfirmed(t.db, {
      email: newcomer,
      target: { campaignId: s.campaign.id, letterId: null },
      level: "all",
      locale: "en-GB",
    });
    await ok(run(retractResponseDefinition, { id: first!.id, reason: "Recorded against the wrong letter" }));
    await runNotifications({ db: t.db, now: later(3 * DIGEST_INTERVAL_MS) });
    const [, , correction] = await digestsTo(t.db, s.people.signer);
    expect(correction!.subject).toBe("Test campaign: a correction");
    expect(correction!.textBody).toContain("has been retracted from the record");
    expect(correction!.textBody).toContain("Why: Recorded against the wrong letter");
    expect(await digestsTo(t.db, newcomer)).toHaveLength(0);
    expect((await digestCounts(t.db, s)).declined).toBe(0);
    // Retracting is told once, however often the job runs.
    await runNotifications({ db: t.db, now: later(5 * DIGEST_INTERVAL_MS) });
    expect(await digestsTo(t.db, s.people.signer)).toHaveLength(3);
  });

  it("never stores the same record twice for one person, even asked directly", async () => {
    const [delivery] = await t.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.campaignId, s.campaign.id))
      .limit(1);
    const { id: _id, ...copy } = delivery!;
    await expect(t.db.insert(notificationDeliveries).values(copy)).rejects.toThrow();
  });
});

describe("a record retracted before its news went out", () => {
  it("sends nothing at all: neither the record nor its retraction", async () => {
    const s = await scenario(t.db);
    const { id } = await respond(s, "Entered by mistake.");
    await ok(run(retractResponseDefinition, { id, reason: "Entered by mistake" }));
    await runNotifications({ db: t.db, now: afterGrace() });
    await runNotifications({ db: t.db, now: later(2 * DIGEST_INTERVAL_MS) });
    expect(Object.values(await digestCounts(t.db, s)).every((n) => n === 0)).toBe(true);
  });
});

describe("other updates", () => {
  it("a letter sent reaches only those who asked for every update", async () => {
    const s = await scenario(t.db);
    const draft = await createLetter(t.db, s.campaign.id, { title: "Second letter" });
    await ok(run(sendLetterDefinition, { id: draft.id, sentOn: "2026-02-03", sentPrecision: "day" }));
    await runNotifications({ db: t.db, now: afterGrace() });
    expect(await digestCounts(t.db, s)).toMatchObject({
      all: 1,
      responses: 0,
      letter: 0,
      signer: 0,
      both: 0,
    });
    const [mail] = await digestsTo(t.db, s.people.all);
    expect(mail!.textBody).toContain("“Second letter” was sent to The Minister of Tests on 3 February 2026.");
  });

  it("an ask's outcome is news for the campaign's followers; a changed outcome replaces the untold one", async () => {
    const s = await scenario(t.db);
    const { id: askId } = await ok(
      run(createAskDefinition, {
        campaignId: s.campaign.id,
        title: "Co-sponsor the resolution",
        decisionOn: "",
      }),
    );
    const outcome = (value: string) =>
      ok(
        run(recordAskOutcomeDefinition, {
          id: askId,
          outcome: value,
          outcomeOn: value === "pending" ? "" : "2026-03-01",
          outcomeSourceUrl: value === "pending" ? "" : "https://example.org/vote",
          outcomeNote: "",
        }),
      );
    await outcome("met");
    await outcome("partially_met");
    await runNotifications({ db: t.db, now: afterGrace() });
    const [mail] = await digestsTo(t.db, s.people.responses);
    expect(mail!.textBody).toContain(
      "The ask “Co-sponsor the resolution” was partially met on 1 March 2026.",
    );
    expect(mail!.textBody).not.toContain("was met");
    // Signers hear their letter's news, not the campaign's asks.
    expect(await digestsTo(t.db, s.people.signer)).toHaveLength(0);
    // Back to pending: those told of the outcome hear that it was withdrawn.
    await outcome("pending");
    await runNotifications({ db: t.db, now: later(2 * DIGEST_INTERVAL_MS) });
    const [, correction] = await digestsTo(t.db, s.people.responses);
    expect(correction!.textBody).toContain("has been withdrawn from the record");
  });

  it("tells apart what recording an outcome says", () => {
    const o = (outcome: string, outcomeOn: string | null = "2026-03-01") => ({ outcome, outcomeOn });
    expect(outcomeNews(o("pending", null), o("met"))).toEqual({ withdraw: null, tell: true });
    expect(outcomeNews(o("met"), o("met"))).toEqual({ withdraw: null, tell: false });
    expect(outcomeNews(o("met"), o("not_met"))).toEqual({ withdraw: "supersede", tell: true });
    expect(outcomeNews(o("met"), o("pending", null))).toEqual({ withdraw: "retract", tell: false });
  });
});

describe("a missed deadline", () => {
  it("is found by the job, told once, and an old silence is not news", async () => {
    const s = await scenario(t.db);
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    await t.db
      .update(letters)
      .set({ sentOn: daysAgo(20), deadlineRule: "date", deadlineDate: daysAgo(3) })
      .where(eq(letters.id, s.letter.id));
    const old = await createLetter(t.db, s.campaign.id, {
      title: "Long unanswered",
      status: "sent",
      sentOn: daysAgo(400),
      deadlineRule: "date",
      deadlineDate: daysAgo(300),
    });
    const first = await runNotifications({ db: t.db, now: new Date() });
    expect(first.deadlines).toBeGreaterThanOrEqual(1);
    const news = await t.db
      .select({ letterId: notificationNews.letterId })
      .from(notificationNews)
      .where(
        and(eq(notificationNews.campaignId, s.campaign.id), eq(notificationNews.kind, "deadline_missed")),
      );
    expect(news.map((n) => n.letterId)).toEqual([s.letter.id]);
    expect(news.map((n) => n.letterId)).not.toContain(old.id);
    await runNotifications({ db: t.db, now: afterGrace() });
    const [mail] = await digestsTo(t.db, s.people.signer);
    expect(mail!.textBody).toContain(
      `The deadline for Government of Testland to answer “${s.letter.title}” passed on`,
    );
    expect(mail!.textBody).toContain("with no response");
    await runNotifications({ db: t.db, now: later(2 * DIGEST_INTERVAL_MS) });
    expect(await digestsTo(t.db, s.people.signer)).toHaveLength(1);
  });
});

describe("stopping", () => {
  it("an unsubscription cancels what waits and stops what comes, for that campaign only", async () => {
    const s = await scenario(t.db);
    await respond(s, "A reply nobody unsubscribed will hear.");
    await runNotifications({ db: t.db, now: later(MINUTE) }); // fanned out, still in its grace period
    await t.db.transaction((tx) =>
      stopCampaignNews(tx, { emailNormalised: s.people.both, campaignId: s.campaign.id }),
    );
    await runNotifications({ db: t.db, now: afterGrace() });
    expect(await digestCounts(t.db, s)).toMatchObject({ both: 0, signer: 1, all: 1 });
    const [signature] = await t.db
      .select({ notify: signatures.notifyUpdates })
      .from(signatures)
      .where(eq(signatures.email, s.people.both));
    expect(signature!.notify).toBe(false);
  });
});

describe("fanning out to many signers", () => {
  it("queues every one of 6,000 signers across batches, and writes each one digest", async () => {
    const s = await scenario(t.db);
    await t.db.execute(sql`
      insert into signatures (letter_id, kind, display_name, email, email_normalised, status, source, confirmed_at)
      select ${s.letter.id}, 'individual', 'Many ' || i, 'many' || i || '@example.net', 'many' || i || '@example.net',
        'confirmed', 'import', now() - interval '1 day'
      from generate_series(1, 6000) as i`);
    await respond(s, "A reply to many.");
    const report = await runNotifications({ db: t.db, now: afterGrace() });
    // 6,000 + the scenario's 2 signers and 3 followers who hear responses (one both).
    expect(report.queued).toBe(6_000 + 5);
    expect(report.digests).toBe(6_000 + 5);
    const [{ n }] = (
      await t.db.execute<{ n: number }>(
        sql`select count(distinct to_address)::int as n from email_outbox where kind = 'notification_digest' and to_address like 'many%'`,
      )
    ).rows;
    expect(n).toBe(6_000);
  }, 240_000);
});

describe("erasing an address", () => {
  it("removes its follows, its news and the e-mails about them; a signature's news goes with it", async () => {
    const s = await scenario(t.db);
    await respond(s, "Something to erase.");
    await runNotifications({ db: t.db, now: afterGrace() });
    expect(await digestsTo(t.db, s.people.all)).toHaveLength(1);
    const erased = await t.db.transaction((tx) =>
      eraseNotificationData(tx, { emails: [s.people.all.toUpperCase()] }),
    );
    expect(erased.follows).toBe(1);
    expect(erased.outbox).toBe(1);
    expect(await digestsTo(t.db, s.people.all)).toHaveLength(0);
    expect(await t.db.select().from(follows).where(eq(follows.emailNormalised, s.people.all))).toHaveLength(
      0,
    );
    const [signature] = await t.db
      .select({ id: signatures.id })
      .from(signatures)
      .where(eq(signatures.email, s.people.signer));
    const bySignature = await t.db.transaction((tx) =>
      eraseNotificationData(tx, { signatureIds: [signature!.id] }),
    );
    expect(bySignature.deliveries).toBe(1);
    expect(bySignature.outbox).toBe(1);
    expect(
      await t.db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.signatureId, signature!.id)),
    ).toHaveLength(0);
    // Nothing left to erase the second time.
    expect(
      await t.db.transaction((tx) => eraseNotificationData(tx, { signatureIds: [signature!.id] })),
    ).toEqual({
      follows: 0,
      deliveries: 0,
      tokens: 0,
      outbox: 0,
    });
    expect(
      await t.db.select().from(emailTokens).where(eq(emailTokens.emailNormalised, s.people.all)),
    ).toHaveLength(0);
  });
});
