import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  asks,
  campaigns,
  events,
  follows,
  letters,
  notificationDeliveries,
  notificationNews,
  responses,
  signatures,
  targets,
} from "@/db/schema";
import type { DatePrecision, PreciseDate } from "@/lib/domain/dates";
import { type DeliverySource, MAJOR_NEWS_KINDS, type NewsKind } from "@/lib/domain/following";
import { type Locale, toLocale } from "@/lib/domain/locales";
import { recipientKeySql } from "./following";
import { publicCampaign } from "./public-visibility";

/*
 * The news followers and signers hear, from the staff write that makes it to the digest
 * that tells it: recording and withdrawing news (in the write's own transaction), fanning
 * it out to its recipients in batches of INSERT … SELECT, and what the digest job reads
 * and marks. The rules (what is major, how often a person may be written to) are in
 * lib/domain/following.ts; the job that runs them is lib/jobs/notifications.ts.
 */

// Any fixed number: the steps of notification rounds in several processes take turns on it.
const NOTIFICATION_LOCK = 7_365_014;

/** Makes the steps of concurrent notification rounds take turns until the transaction ends. */
export async function lockNotificationStep(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${NOTIFICATION_LOCK})`);
}

const majorKinds = sql`(${sql.join(
  MAJOR_NEWS_KINDS.map((k) => sql`${k}::news_kind`),
  sql`, `,
)})`;

// ── Recording news ───────────────────────────────────────────────────────────

export type NewsRecord = {
  campaignId: string;
  letterId: string | null;
  kind: NewsKind;
  recordId: string;
  recordKey: string;
  detail?: Record<string, string | null>;
};

/** Records news of a record, once: the same record's news again is ignored. */
export async function recordNews(tx: Executor, news: NewsRecord & { now?: Date }): Promise<void> {
  await tx
    .insert(notificationNews)
    .values({
      campaignId: news.campaignId,
      letterId: news.letterId,
      kind: news.kind,
      recordId: news.recordId,
      recordKey: news.recordKey,
      detail: news.detail ?? {},
      ...(news.now ? { createdAt: news.now } : {}),
    })
    .onConflictDoNothing();
}

/**
 * Withdraws the live news of a record (of `kind`, about `recordId`): what waits to be
 * told of it is told to no one. With `retract`, those already told hear that it was
 * retracted (a retraction news, told only to them); without, it was only superseded (a
 * newer outcome of the same ask says what changed).
 */
export async function withdrawNews(
  tx: Executor,
  {
    kind,
    recordId,
    retract,
    now = new Date(),
  }: { kind: NewsKind; recordId: string; retract: boolean; now?: Date },
): Promise<void> {
  const withdrawn = await tx
    .update(notificationNews)
    .set({ withdrawnAt: now })
    .where(
      and(
        eq(notificationNews.kind, kind),
        eq(notificationNews.recordId, recordId),
        eq(notificationNews.retraction, false),
        isNull(notificationNews.withdrawnAt),
      ),
    )
    .returning();
  if (!retract || withdrawn.length === 0) return;
  await tx
    .insert(notificationNews)
    .values(
      withdrawn.map((n) => ({
        campaignId: n.campaignId,
        letterId: n.letterId,
        kind: n.kind,
        recordId: n.recordId,
        recordKey: n.recordKey,
        retraction: true,
        detail: n.detail,
        createdAt: now,
      })),
    )
    .onConflictDoNothing();
}

// ── Fanning out ──────────────────────────────────────────────────────────────

export type UnfannedNews = {
  id: string;
  campaignId: string;
  letterId: string | null;
  kind: NewsKind;
  recordKey: string;
  retraction: boolean;
  createdAt: Date;
  /** Whether the news may still go out: its campaign is public and it was not withdrawn. */
  live: boolean;
};

/** News not yet fanned out, oldest first. */
export async function listUnfannedNews(db: Executor, { limit = 100 } = {}): Promise<UnfannedNews[]> {
  const rows = await db
    .select({
      id: notificationNews.id,
      campaignId: notificationNews.campaignId,
      letterId: notificationNews.letterId,
      kind: notificationNews.kind,
      recordKey: notificationNews.recordKey,
      retraction: notificationNews.retraction,
      createdAt: notificationNews.createdAt,
      withdrawnAt: notificationNews.withdrawnAt,
      isPublic: sql<boolean>`${publicCampaign}`,
    })
    .from(notificationNews)
    .innerJoin(campaigns, eq(campaigns.id, notificationNews.campaignId))
    .where(isNull(notificationNews.fannedOutAt))
    .orderBy(asc(notificationNews.createdAt))
    .limit(limit);
  return rows.map(({ withdrawnAt, isPublic, ...n }) => ({
    ...n,
    live: isPublic && (n.retraction || withdrawnAt === null),
  }));
}

export async function markNewsFannedOut(db: Executor, { id, now }: { id: string; now: Date }): Promise<void> {
  await db.update(notificationNews).set({ fannedOutAt: now }).where(eq(notificationNews.id, id));
}

const deliveryColumns = sql`(news_id, recipient_key, record_key, retraction, campaign_id, source, follow_id, signature_id)`;

/**
 * Queues news for the followers who hear it, in one statement: those of its campaign,
 * and of its letter, confirmed before it happened and not stopped, at a level that hears
 * it. A person who follows both the campaign and the letter is queued once (by the
 * campaign's follow). Returns how many were queued.
 */
export async function fanOutToFollowers(db: Executor, news: UnfannedNews): Promise<number> {
  const result = await db.execute(sql`
    insert into ${notificationDeliveries} ${deliveryColumns}
    select distinct on (f.email_normalised)
      ${news.id}::uuid, ${recipientKeySql(sql`f.email_normalised`)}, ${news.recordKey}, false, ${news.campaignId}::uuid,
      (case when f.letter_id is null then 'follow_campaign' else 'follow_letter' end)::delivery_source, f.id, null
    from ${follows} f
    where f.campaign_id = ${news.campaignId}
      and (f.letter_id is null or f.letter_id = ${news.letterId}::uuid)
      and f.confirmed_at is not null and f.confirmed_at <= ${news.createdAt.toISOString()}::timestamptz
      and f.stopped_at is null
      and (f.level = 'all' or ${news.kind}::news_kind in ${majorKinds})
    order by f.email_normalised, (f.letter_id is null) desc
    on conflict do nothing`);
  return result.rowCount ?? 0;
}

/**
 * Queues news for the next `limit` signers of its letter after `after` (by signature id)
 * who hear it: individuals, confirmed, who did not decline. One statement per batch, so
 * a letter's 50,000 signers are queued in a few dozen round trips and no statement holds
 * the database long. Returns the last signature seen (null when none was left) and how
 * many were queued.
 */
export async function fanOutToSigners(
  db: Executor,
  news: UnfannedNews,
  { after, limit }: { after: string | null; limit: number },
): Promise<{ last: string | null; queued: number }> {
  if (!news.letterId) return { last: null, queued: 0 };
  const result = await db.execute<{ last: string | null; queued: number }>(sql`
    with chunk as (
      select s.id, s.email_normalised from ${signatures} s
      where s.letter_id = ${news.letterId} and s.notify_updates and s.status = 'confirmed'
        and s.email_normalised is not null and s.kind = 'individual'
        and (${after}::uuid is null or s.id > ${after}::uuid)
      order by s.id
      limit ${limit}
    ),
    queued as (
      insert into ${notificationDeliveries} ${deliveryColumns}
      select ${news.id}::uuid, ${recipientKeySql(sql`c.email_normalised`)}, ${news.recordKey}, false, ${news.campaignId}::uuid,
        'signature'::delivery_source, null, c.id
      from chunk c
      on conflict do nothing
      returning 1
    )
    select (select id::text from chunk order by id desc limit 1) as last,
      (select count(*)::int from queued) as queued`);
  const row = result.rows[0];
  return { last: row?.last ?? null, queued: Number(row?.queued ?? 0) };
}

/**
 * Queues a retraction for the next `limit` people (after delivery `after`) who were told
 * the news it retracts; nobody else hears of it. Returns the last delivery seen and how
 * many were queued.
 */
export async function fanOutRetraction(
  db: Executor,
  news: UnfannedNews,
  { after, limit }: { after: number | null; limit: number },
): Promise<{ last: number | null; queued: number }> {
  const result = await db.execute<{ last: string | null; queued: number }>(sql`
    with chunk as (
      select d.id, d.recipient_key, d.campaign_id, d.source, d.follow_id, d.signature_id
      from ${notificationDeliveries} d
      join ${notificationNews} n on n.id = d.news_id
      where n.record_key = ${news.recordKey} and not n.retraction and not d.retraction and d.status = 'sent'
        and (${after}::bigint is null or d.id > ${after}::bigint)
      order by d.id
      limit ${limit}
    ),
    queued as (
      insert into ${notificationDeliveries} ${deliveryColumns}
      select ${news.id}::uuid, c.recipient_key, ${news.recordKey}, true, c.campaign_id, c.source, c.follow_id, c.signature_id
      from chunk c
      on conflict do nothing
      returning 1
    )
    select (select id::text from chunk order by id desc limit 1) as last,
      (select count(*)::int from queued) as queued`);
  const row = result.rows[0];
  return { last: row?.last ? Number(row.last) : null, queued: Number(row?.queued ?? 0) };
}

// ── Digests ──────────────────────────────────────────────────────────────────

/** One person's news about one campaign. */
export type DigestGroup = { recipientKey: string; campaignId: string };

/**
 * The next `limit` people-and-campaigns (after `after`, in key order) with news ready
 * (recorded before `readyBefore`), each saying whether it was written to about that
 * campaign since `quietSince` (then it waits). Walked through the pending index, each
 * group's last e-mail looked up on its own, so a batch costs the same however many
 * deliveries were sent before.
 */
export async function listDigestGroups(
  db: Executor,
  {
    readyBefore,
    quietSince,
    after,
    limit,
  }: { readyBefore: Date; quietSince: Date; after: DigestGroup | null; limit: number },
): Promise<Array<DigestGroup & { waiting: boolean }>> {
  const result = await db.execute<{ recipient_key: string; campaign_id: string; waiting: boolean }>(sql`
    with candidates as (
      select d.recipient_key, d.campaign_id
      from ${notificationDeliveries} d
      join ${notificationNews} n on n.id = d.news_id
      where d.status = 'pending' and n.created_at <= ${readyBefore.toISOString()}::timestamptz
        ${after ? sql`and (d.recipient_key, d.campaign_id) > (${after.recipientKey}, ${after.campaignId}::uuid)` : sql``}
      group by d.recipient_key, d.campaign_id
      order by d.recipient_key, d.campaign_id
      limit ${limit}
    )
    select c.recipient_key, c.campaign_id, exists (select 1 from ${notificationDeliveries} s
        where s.status = 'sent' and s.recipient_key = c.recipient_key and s.campaign_id = c.campaign_id
          and s.sent_at > ${quietSince.toISOString()}::timestamptz) as waiting
    from candidates c
    order by c.recipient_key, c.campaign_id`);
  return result.rows.map((r) => ({
    recipientKey: r.recipient_key,
    campaignId: r.campaign_id,
    waiting: Boolean(r.waiting),
  }));
}

/** One piece of news waiting for one person, with the address and language to write in. */
export type PendingDelivery = {
  id: number;
  recipientKey: string;
  campaignId: string;
  newsId: string;
  retraction: boolean;
  source: DeliverySource;
  followId: string | null;
  signatureId: string | null;
  email: string | null;
  /** The language of the follow or signature: the digest's. */
  locale: Locale;
  /**
   * Whether it may still go: its news was not withdrawn, its campaign is still public,
   * and its follow or signature still hears it (not stopped, not turned to "responses
   * and outcomes only", news not turned off).
   */
  deliverable: boolean;
};

/** The ready news waiting for these people-and-campaigns, oldest first within each. */
export async function loadPendingDeliveries(
  db: Executor,
  { groups, readyBefore }: { groups: readonly DigestGroup[]; readyBefore: Date },
): Promise<PendingDelivery[]> {
  if (groups.length === 0) return [];
  const keys = JSON.stringify(
    groups.map((g) => ({ recipient_key: g.recipientKey, campaign_id: g.campaignId })),
  );
  const result = await db.execute<{
    id: string;
    recipient_key: string;
    campaign_id: string;
    news_id: string;
    retraction: boolean;
    source: DeliverySource;
    follow_id: string | null;
    signature_id: string | null;
    email: string | null;
    locale: string | null;
    deliverable: boolean;
  }>(sql`
    select d.id, d.recipient_key, d.campaign_id, d.news_id, d.retraction, d.source, d.follow_id, d.signature_id,
      coalesce(f.email, s.email) as email, coalesce(f.locale, s.locale) as locale,
      (n.retraction or n.withdrawn_at is null)
        and ${publicCampaign}
        and (case
          when f.id is not null then f.confirmed_at is not null and f.stopped_at is null
            and (f.level = 'all' or n.kind in ${majorKinds})
          when s.id is not null then s.status = 'confirmed' and s.notify_updates and s.email is not null
            and n.kind in ${majorKinds}
          else false end) as deliverable
    from json_to_recordset(${keys}::json) as g(recipient_key text, campaign_id uuid)
    join ${notificationDeliveries} d on d.recipient_key = g.recipient_key and d.campaign_id = g.campaign_id
    join ${notificationNews} n on n.id = d.news_id
    join ${campaigns} on ${campaigns.id} = n.campaign_id
    left join ${follows} f on f.id = d.follow_id
    left join ${signatures} s on s.id = d.signature_id
    where d.status = 'pending' and n.created_at <= ${readyBefore.toISOString()}::timestamptz
    order by d.recipient_key, d.campaign_id, n.created_at, d.id`);
  return result.rows.map((r) => ({
    id: Number(r.id),
    recipientKey: r.recipient_key,
    campaignId: r.campaign_id,
    newsId: r.news_id,
    retraction: r.retraction,
    source: r.source,
    followId: r.follow_id,
    signatureId: r.signature_id,
    email: r.email,
    locale: toLocale(r.locale),
    deliverable: Boolean(r.deliverable),
  }));
}

/** Marks deliveries sent in the given outbox messages, or cancelled (outboxId null: no address left). */
export async function markDeliveries(
  db: Executor,
  { rows, now }: { rows: ReadonlyArray<{ id: number; outboxId: string | null }>; now: Date },
): Promise<void> {
  if (rows.length === 0) return;
  const values = JSON.stringify(rows.map((r) => ({ id: r.id, outbox_id: r.outboxId })));
  await db.execute(sql`
    update ${notificationDeliveries} d set
      status = (case when v.outbox_id is null then 'cancelled' else 'sent' end)::delivery_status,
      sent_at = case when v.outbox_id is null then null else ${now.toISOString()}::timestamptz end,
      outbox_id = v.outbox_id
    from json_to_recordset(${values}::json) as v(id bigint, outbox_id uuid)
    where d.id = v.id and d.status = 'pending'`);
}

// ── What the news says ───────────────────────────────────────────────────────

/** Everything a digest says of one piece of news, read when it is written (edits made meanwhile count). */
export type NewsFacts = {
  id: string;
  kind: NewsKind;
  retraction: boolean;
  campaign: { title: string; slug: string };
  letter: { title: string; slug: string; addressee: string } | null;
  /** When it happened, at its precision. */
  on: PreciseDate | null;
  /** Who did it: the target that responded, or whose deadline passed. */
  who: string | null;
  /** The response's kind and stance, the outcome, the event's kind. */
  what: { responseKind?: string; stance?: string; outcome?: string; eventKind?: string };
  /** The ask a response or outcome is about. */
  ask: string | null;
  title: string | null;
  summary: string | null;
  source: string | null;
  /** Why a retracted record was retracted, as staff wrote it. */
  retractionReason: string | null;
  /** The anchor of the record on its campaign page, for the link. */
  anchor: string | null;
};

const dateOf = (date: string | null, precision: DatePrecision, end: string | null): PreciseDate | null =>
  date ? { date, precision, end } : null;

/** The facts of the given news, by id. */
export async function loadNewsFacts(
  db: Executor,
  { ids }: { ids: readonly string[] },
): Promise<Map<string, NewsFacts>> {
  const out = new Map<string, NewsFacts>();
  if (ids.length === 0) return out;
  const news = await db
    .select({
      id: notificationNews.id,
      kind: notificationNews.kind,
      retraction: notificationNews.retraction,
      recordId: notificationNews.recordId,
      detail: notificationNews.detail,
      campaignTitle: campaigns.title,
      campaignSlug: campaigns.slug,
      mainTarget: targets.name,
      letterTitle: letters.title,
      letterSlug: letters.slug,
      addressee: letters.addressee,
      sentOn: letters.sentOn,
      sentPrecision: letters.sentPrecision,
      sentEnd: letters.sentEnd,
      letterSource: letters.sourceUrl,
    })
    .from(notificationNews)
    .innerJoin(campaigns, eq(campaigns.id, notificationNews.campaignId))
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .leftJoin(letters, eq(letters.id, notificationNews.letterId))
    .where(inArray(notificationNews.id, [...ids]));
  const idsOf = (kind: NewsKind) => [...new Set(news.filter((n) => n.kind === kind).map((n) => n.recordId))];
  const [responseRows, askRows, eventRows, targetRows] = await Promise.all([
    byIds(idsOf("response"), (rs) =>
      db
        .select({
          id: responses.id,
          kind: responses.kind,
          stance: responses.stance,
          on: responses.respondedOn,
          precision: responses.precision,
          end: responses.respondedEnd,
          summary: responses.summary,
          source: responses.sourceUrl,
          reason: responses.retractionReason,
          target: targets.name,
          ask: asks.title,
        })
        .from(responses)
        .leftJoin(targets, eq(targets.id, responses.targetId))
        .leftJoin(asks, eq(asks.id, responses.askId))
        .where(inArray(responses.id, rs)),
    ),
    byIds(idsOf("outcome"), (rs) =>
      db
        .select({
          id: asks.id,
          title: asks.title,
          note: asks.outcomeNote,
          source: asks.outcomeSourceUrl,
          reason: asks.retractionReason,
        })
        .from(asks)
        .where(inArray(asks.id, rs)),
    ),
    byIds(idsOf("event"), (rs) =>
      db
        .select({
          id: events.id,
          kind: events.kind,
          title: events.title,
          description: events.description,
          on: events.occurredOn,
          precision: events.precision,
          end: events.occurredEnd,
          sources: events.sources,
          reason: events.retractionReason,
        })
        .from(events)
        .where(inArray(events.id, rs)),
    ),
    byIds([...new Set(news.flatMap((n) => (n.detail.targetId ? [n.detail.targetId] : [])))], (ts) =>
      db.select({ id: targets.id, name: targets.name }).from(targets).where(inArray(targets.id, ts)),
    ),
  ]);
  const responseById = new Map(responseRows.map((r) => [r.id, r]));
  const askById = new Map(askRows.map((r) => [r.id, r]));
  const eventById = new Map(eventRows.map((r) => [r.id, r]));
  const targetById = new Map(targetRows.map((r) => [r.id, r.name]));

  for (const n of news) {
    const base: NewsFacts = {
      id: n.id,
      kind: n.kind,
      retraction: n.retraction,
      campaign: { title: n.campaignTitle, slug: n.campaignSlug },
      letter:
        n.letterTitle && n.letterSlug
          ? { title: n.letterTitle, slug: n.letterSlug, addressee: n.addressee ?? "" }
          : null,
      on: null,
      who: null,
      what: {},
      ask: null,
      title: null,
      summary: null,
      source: null,
      retractionReason: null,
      anchor: null,
    };
    if (n.kind === "response") {
      const r = responseById.get(n.recordId);
      if (!r) continue;
      out.set(n.id, {
        ...base,
        on: dateOf(r.on, r.precision, r.end),
        who: r.target ?? n.mainTarget,
        what: { responseKind: r.kind, stance: r.stance },
        ask: r.ask,
        summary: r.summary,
        source: r.source,
        retractionReason: r.reason,
        anchor: `response-${r.id}`,
      });
    } else if (n.kind === "outcome") {
      const a = askById.get(n.recordId);
      if (!a) continue;
      out.set(n.id, {
        ...base,
        on: n.detail.on ? { date: n.detail.on, precision: "day" } : null,
        what: { outcome: n.detail.outcome ?? undefined },
        ask: a.title,
        summary: a.note,
        source: a.source,
        retractionReason: a.reason,
        anchor: `ask-${a.id}`,
      });
    } else if (n.kind === "event") {
      const e = eventById.get(n.recordId);
      if (!e) continue;
      out.set(n.id, {
        ...base,
        on: dateOf(e.on, e.precision, e.end),
        what: { eventKind: e.kind },
        title: e.title,
        summary: e.description,
        source: e.sources[0]?.url ?? null,
        retractionReason: e.reason,
        anchor: `event-${e.id}`,
      });
    } else if (n.kind === "deadline_missed") {
      out.set(n.id, {
        ...base,
        on: n.detail.deadline ? { date: n.detail.deadline, precision: "day" } : null,
        who: (n.detail.targetId && targetById.get(n.detail.targetId)) || n.mainTarget,
      });
    } else {
      out.set(n.id, {
        ...base,
        on: dateOf(n.sentOn, n.sentPrecision ?? "day", n.sentEnd),
        source: n.letterSource,
      });
    }
  }
  return out;
}

async function byIds<T>(ids: string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : load(ids);
}

/** News of a campaign's records, newest first: what staff see was told (tests and the staff page). */
export async function listCampaignNews(db: Executor, { campaignId }: { campaignId: string }) {
  return db
    .select({
      kind: notificationNews.kind,
      recordKey: notificationNews.recordKey,
      retraction: notificationNews.retraction,
      withdrawn: sql<boolean>`${notificationNews.withdrawnAt} is not null`,
    })
    .from(notificationNews)
    .where(eq(notificationNews.campaignId, campaignId))
    .orderBy(sql`${notificationNews.createdAt} desc`);
}

/** A helper for callers that build statements around deliveries. */
export const pendingDelivery: SQL = eq(notificationDeliveries.status, "pending");
