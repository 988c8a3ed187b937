import { randomUUID } from "node:crypto";
import { type Db, getDb } from "@/db";
import { usesExternalDatabase } from "@/db/config";
import { loadOverdueLetters } from "@/db/queries/dashboard";
import {
  type DigestGroup,
  fanOutRetraction,
  fanOutToFollowers,
  fanOutToSigners,
  listDigestGroups,
  listUnfannedNews,
  loadNewsFacts,
  loadPendingDeliveries,
  lockNotificationStep,
  markDeliveries,
  markNewsFannedOut,
  type NewsFacts,
  type PendingDelivery,
  recordNews,
  type UnfannedNews,
} from "@/db/queries/notifications";
import { insertOutboxMails, type OutgoingMail } from "@/db/queries/outbox";
import {
  DEADLINE_NEWS_MAX_DAYS,
  DIGEST_INTERVAL_MS,
  isMajorNews,
  NEWS_GRACE_MS,
  newsRecordKey,
} from "@/lib/domain/following";
import { type Locale, localePath } from "@/lib/domain/locales";
import { unsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { oneClickUnsubscribePath, SUBSCRIPTIONS_PATH, unsubscribePath } from "@/lib/domain/urls";
import { withDataFooter } from "@/lib/mail/mail-text";
import { digestMail, newsParagraph } from "@/lib/mail/notification-mail";
import { siteUrl } from "@/lib/server/env";
import { linkSecret } from "@/lib/server/secrets";

/*
 * Telling followers and signers what happened, for the maintenance round (no request
 * does it): a letter's deadline passed unanswered becomes news; news is fanned out to
 * the people who hear it, in batches of INSERT … SELECT; and each person with news ready
 * in a campaign, not written to about it in the last day, gets one digest of all of it,
 * through the outbox (and so its retry policy). Each step runs in short transactions
 * that take turns with other processes' (lockNotificationStep), and the round yields to
 * the event loop between batches, so 50,000 recipients never hold up the public site.
 * No "server-only" import: `npm run maintenance` runs it in plain Node.
 */

/*
 * Batch sizes: signers or retraction recipients queued per statement, and people-and-
 * campaigns written to per transaction. The embedded database runs each statement on the
 * server's own thread, so there a statement must stay short enough not to hold up pages.
 */
const FAN_OUT_BATCH = () => (usesExternalDatabase() ? 5_000 : 1_000);
const DIGEST_BATCH = () => (usesExternalDatabase() ? 500 : 100);

export const DIGEST_EMAIL_KIND = "notification_digest";

export type NotificationReport = {
  /** Missed deadlines found and recorded as news. */
  deadlines: number;
  /** Deliveries queued by fanning news out. */
  queued: number;
  /** Deliveries cancelled (withdrawn news, stopped subscriptions). */
  cancelled: number;
  /** Digests written to the outbox. */
  digests: number;
};

/**
 * After a batch that took `ms`, waits as long again: a send to 50,000 people takes twice
 * as long, and the public site keeps at least half of the server's time meanwhile (the
 * embedded database runs on the server's own thread; PostgreSQL shares its machine).
 */
const pace = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 1_000)));

/** In a transaction of its own that takes its turn with other processes' steps. */
function step<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockNotificationStep(tx);
    return work(tx as unknown as Db);
  });
}

/**
 * The sent letters whose deadline passed (to one of their targets) in the last
 * DEADLINE_NEWS_MAX_DAYS days with no response, as news; an older silence is not news
 * (a letter from the record, or the day this feature was switched on).
 */
export async function recordMissedDeadlines(db: Db, { now }: { now: Date }): Promise<number> {
  const overdue = (await loadOverdueLetters(db, { now })).filter(
    (l) => l.daysOverdue <= DEADLINE_NEWS_MAX_DAYS,
  );
  if (overdue.length === 0) return 0;
  const letterCampaigns = await db.query.letters.findMany({
    columns: { id: true, campaignId: true },
    where: (letters, { inArray }) => inArray(letters.id, [...new Set(overdue.map((l) => l.id))]),
  });
  const campaignOf = new Map(letterCampaigns.map((l) => [l.id, l.campaignId]));
  await step(db, async (tx) => {
    for (const letter of overdue) {
      await recordNews(tx, {
        campaignId: campaignOf.get(letter.id)!,
        letterId: letter.id,
        kind: "deadline_missed",
        recordId: letter.id,
        recordKey: newsRecordKey.deadlineMissed(letter.id, letter.targetId, letter.deadline),
        detail: { targetId: letter.targetId, deadline: letter.deadline },
        now,
      });
    }
  });
  return overdue.length;
}

/** Queues one piece of news for everyone who hears it, in batches; then marks it fanned out. */
async function fanOut(db: Db, news: UnfannedNews, now: Date): Promise<number> {
  let queued = 0;
  if (news.live && news.retraction) {
    let after: number | null = null;
    do {
      const started = performance.now();
      const batch = await step(db, (tx) => fanOutRetraction(tx, news, { after, limit: FAN_OUT_BATCH() }));
      queued += batch.queued;
      after = batch.last;
      await pace(performance.now() - started);
    } while (after !== null);
  } else if (news.live) {
    queued += await step(db, (tx) => fanOutToFollowers(tx, news));
    if (news.letterId && isMajorNews(news.kind)) {
      let after: string | null = null;
      do {
        const started = performance.now();
        const batch = await step(db, (tx) => fanOutToSigners(tx, news, { after, limit: FAN_OUT_BATCH() }));
        queued += batch.queued;
        after = batch.last;
        await pace(performance.now() - started);
      } while (after !== null);
    }
  }
  await markNewsFannedOut(db, { id: news.id, now });
  return queued;
}

/** What every digest of a round shares: the news' paragraphs, per language, made once. */
class ParagraphCache {
  private readonly facts = new Map<string, NewsFacts>();
  private readonly text = new Map<string, string>();

  /** Reads the facts not yet read, in the caller's transaction (PGlite has one connection). */
  async load(tx: Db, ids: readonly string[]) {
    const missing = [...new Set(ids)].filter((id) => !this.facts.has(id));
    for (const [id, facts] of await loadNewsFacts(tx, { ids: missing })) this.facts.set(id, facts);
  }

  get(id: string): NewsFacts | undefined {
    return this.facts.get(id);
  }

  paragraph(id: string, locale: Locale): string | null {
    const facts = this.facts.get(id);
    if (!facts) return null;
    const key = `${locale} ${id}`;
    let text = this.text.get(key);
    if (text === undefined) {
      text = newsParagraph(facts, { siteUrl: siteUrl(), locale });
      this.text.set(key, text);
    }
    return text;
  }
}

/** One person's digest of one campaign, and the deliveries it carries. */
function composeDigest(
  deliveries: readonly PendingDelivery[],
  cache: ParagraphCache,
  secret: () => string,
): { mail: OutgoingMail & { id: string }; ids: number[]; locale: Locale } | null {
  const first = deliveries[0];
  const to = deliveries.find((d) => d.email)?.email;
  const told = deliveries.filter((d) => cache.get(d.newsId));
  if (!first || !to || told.length === 0) return null;
  const locale = first.locale;
  const paragraphs = told.map((d) => cache.paragraph(d.newsId, locale)!);
  // The reason given is the closest tie: following the campaign, then a letter, then a signature.
  const reasonOf =
    told.find((d) => d.source === "follow_campaign") ??
    told.find((d) => d.source === "follow_letter") ??
    told[0]!;
  const reasonFacts = cache.get(reasonOf.newsId)!;
  const token = unsubscribeToken(
    reasonOf.followId
      ? { kind: "follow", id: reasonOf.followId }
      : { kind: "signature", id: reasonOf.signatureId! },
    secret(),
  );
  const base = siteUrl();
  const only = told.length === 1 ? cache.get(told[0]!.newsId)! : null;
  const { subject, text } = digestMail({
    campaignTitle: reasonFacts.campaign.title,
    paragraphs,
    headline: only ? { kind: only.kind, retraction: only.retraction } : null,
    reason: { source: reasonOf.source, letterTitle: reasonFacts.letter?.title ?? null },
    unsubscribeUrl: `${base}${localePath(locale, unsubscribePath(token))}`,
    manageUrl: `${base}${localePath(locale, SUBSCRIPTIONS_PATH)}`,
    locale,
  });
  return {
    locale,
    mail: {
      id: randomUUID(),
      to,
      subject,
      text,
      kind: DIGEST_EMAIL_KIND,
      headers: {
        "List-Unsubscribe": `<${base}${oneClickUnsubscribePath(token)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    },
    ids: told.map((d) => d.id),
  };
}

/**
 * Writes the digests due at `now`, a batch of people-and-campaigns per transaction: each
 * gets every piece of news ready for them there that may still go, unless they were
 * written to about that campaign within DIGEST_INTERVAL_MS (then it waits); what may no
 * longer go is cancelled. Returns how many digests were written and deliveries cancelled.
 */
async function writeDigests(db: Db, now: Date): Promise<{ digests: number; cancelled: number }> {
  const readyBefore = new Date(now.getTime() - NEWS_GRACE_MS);
  const quietSince = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  const cache = new ParagraphCache();
  let signing: string | undefined;
  // Read only when there is a digest to write: a round with none needs no secret.
  const secret = () => (signing ??= linkSecret());
  let after: DigestGroup | null = null;
  const done = { digests: 0, cancelled: 0 };
  for (;;) {
    const started = performance.now();
    const batch = await step(db, async (tx) => {
      const groups = await listDigestGroups(tx, { readyBefore, quietSince, after, limit: DIGEST_BATCH() });
      if (groups.length === 0) return null;
      const due = groups.filter((g) => !g.waiting);
      const pending = await loadPendingDeliveries(tx, { groups: due, readyBefore });
      await cache.load(
        tx,
        pending.filter((d) => d.deliverable).map((d) => d.newsId),
      );
      const byGroup = new Map<string, PendingDelivery[]>();
      for (const d of pending) {
        const key = `${d.recipientKey} ${d.campaignId}`;
        const list = byGroup.get(key);
        if (list) list.push(d);
        else byGroup.set(key, [d]);
      }
      const mails: Array<OutgoingMail & { id: string }> = [];
      const marks: Array<{ id: number; outboxId: string | null }> = [];
      for (const deliveries of byGroup.values()) {
        const digest = composeDigest(
          deliveries.filter((d) => d.deliverable),
          cache,
          secret,
        );
        // Like every e-mail, a digest ends with its recipient's link to what the site holds.
        if (digest)
          mails.push(withDataFooter(digest.mail, { siteUrl: siteUrl(), now, locale: digest.locale }));
        const carried = new Set(digest?.ids ?? []);
        for (const d of deliveries)
          marks.push({ id: d.id, outboxId: carried.has(d.id) ? digest!.mail.id : null });
      }
      await insertOutboxMails(tx, mails);
      await markDeliveries(tx, { rows: marks, now });
      return {
        last: groups[groups.length - 1]!,
        digests: mails.length,
        cancelled: marks.filter((m) => m.outboxId === null).length,
      };
    });
    if (batch === null) break;
    after = batch.last;
    done.digests += batch.digests;
    done.cancelled += batch.cancelled;
    await pace(performance.now() - started);
  }
  return done;
}

/**
 * One notification round as of `now`: missed deadlines become news, news is fanned out,
 * what may no longer go is cancelled, and the digests due are written to the outbox
 * (the maintenance round then sends what is due). Safe to run in several processes at once.
 */
export async function runNotifications({
  db = getDb(),
  now = new Date(),
}: {
  db?: Db;
  now?: Date;
} = {}): Promise<NotificationReport> {
  const report: NotificationReport = { deadlines: 0, queued: 0, cancelled: 0, digests: 0 };
  report.deadlines = await recordMissedDeadlines(db, { now });
  for (;;) {
    const news = await listUnfannedNews(db, { limit: 50 });
    if (news.length === 0) break;
    for (const item of news) report.queued += await fanOut(db, item, now);
  }
  const { digests, cancelled } = await writeDigests(db, now);
  report.digests = digests;
  report.cancelled = cancelled;
  return report;
}
