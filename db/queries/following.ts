import { and, asc, count, eq, gt, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  campaigns,
  emailOutbox,
  emailTokens,
  follows,
  letters,
  notificationDeliveries,
  notificationNews,
  signatures,
} from "@/db/schema";
import { normaliseEmail } from "@/lib/domain/email";
import { FollowingRefused, type FollowLevel, MAJOR_NEWS_KINDS } from "@/lib/domain/following";
import { type Locale, toLocale } from "@/lib/domain/locales";
import { hashToken } from "@/lib/domain/tokens";
import type { SubscriptionRef } from "@/lib/domain/unsubscribe-token";
import { publicCampaign, publicLetter } from "./public-visibility";

/*
 * Following a campaign or a letter by e-mail, and the other ways a person hears a
 * campaign's news (a signature whose signer did not decline it): asking, confirming,
 * changing and stopping, the list one address holds, the counts staff see, and erasing
 * an address. Addresses leave this module only to be written to (the caller e-mails
 * them) or for their owner's own eyes, masked.
 */

// ── What can be followed ─────────────────────────────────────────────────────

/** A public campaign, or one of its public letters, as a follow names it. */
export type FollowTarget = {
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
  letterId: string | null;
  letterSlug: string | null;
  letterTitle: string | null;
};

/** The public campaign (and letter) the slugs name, or null. */
export async function findFollowTarget(
  db: Executor,
  { campaignSlug, letterSlug }: { campaignSlug: string; letterSlug?: string | null },
): Promise<FollowTarget | null> {
  if (!letterSlug) {
    const [row] = await db
      .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title })
      .from(campaigns)
      .where(and(eq(campaigns.slug, campaignSlug), publicCampaign));
    return row
      ? {
          campaignId: row.id,
          campaignSlug: row.slug,
          campaignTitle: row.title,
          letterId: null,
          letterSlug: null,
          letterTitle: null,
        }
      : null;
  }
  const [row] = await db
    .select({
      campaignId: campaigns.id,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      letterId: letters.id,
      letterSlug: letters.slug,
      letterTitle: letters.title,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(campaigns.slug, campaignSlug), eq(letters.slug, letterSlug), publicLetter));
  return row ?? null;
}

/** Public campaigns a signed-in member may follow, by title. */
export async function listFollowableCampaigns(db: Executor): Promise<Array<{ id: string; title: string }>> {
  return db
    .select({ id: campaigns.id, title: campaigns.title })
    .from(campaigns)
    .where(publicCampaign)
    .orderBy(asc(campaigns.title));
}

/** The public campaign with this id, as a follow target. */
export async function findCampaignFollowTarget(db: Executor, { id }: { id: string }) {
  const [row] = await db
    .select({ slug: campaigns.slug })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), publicCampaign));
  return row ? findFollowTarget(db, { campaignSlug: row.slug }) : null;
}

// ── Asking, confirming ───────────────────────────────────────────────────────

const sameFollow = (emailNormalised: string, target: { campaignId: string; letterId: string | null }) =>
  target.letterId
    ? and(eq(follows.emailNormalised, emailNormalised), eq(follows.letterId, target.letterId))
    : and(
        eq(follows.emailNormalised, emailNormalised),
        eq(follows.campaignId, target.campaignId),
        isNull(follows.letterId),
      );

const isActive = (row: { confirmedAt: Date | null; stoppedAt: Date | null }) =>
  row.confirmedAt !== null && row.stoppedAt === null;

export type FollowRequest = {
  email: string;
  target: Pick<FollowTarget, "campaignId" | "letterId">;
  level: FollowLevel;
  /** The language of the follow's e-mails. */
  locale: Locale;
  now?: Date;
};

/**
 * Records that an address asked to follow: a new follow, or one stopped or never
 * confirmed, waits for its link with the level asked for; an active one is left as it
 * is (anyone may type anyone's address: only the link's owner changes it).
 */
export async function requestFollow(
  tx: Executor,
  { email, target, level, locale, now = new Date() }: FollowRequest,
): Promise<{ followId: string; state: "pending" | "active"; level: FollowLevel }> {
  const emailNormalised = normaliseEmail(email);
  const [inserted] = await tx
    .insert(follows)
    .values({
      email,
      emailNormalised,
      campaignId: target.campaignId,
      letterId: target.letterId,
      level,
      locale,
    })
    .onConflictDoNothing()
    .returning({ id: follows.id });
  if (inserted) return { followId: inserted.id, state: "pending", level };
  const [existing] = await tx
    .select({
      id: follows.id,
      level: follows.level,
      confirmedAt: follows.confirmedAt,
      stoppedAt: follows.stoppedAt,
    })
    .from(follows)
    .where(sameFollow(emailNormalised, target))
    .for("update");
  if (!existing) throw new FollowingRefused("errors.following.targetNotFound");
  if (isActive(existing)) return { followId: existing.id, state: "active", level: existing.level };
  await tx
    .update(follows)
    .set({ email, level, locale, confirmedAt: null, stoppedAt: null, updatedAt: now })
    .where(eq(follows.id, existing.id));
  return { followId: existing.id, state: "pending", level };
}

/**
 * Follows at once, confirmed: for an address already proven (a signed-in member's
 * verified one, a signer's just confirmed). An existing follow takes the level given.
 */
export async function followConfirmed(
  tx: Executor,
  { email, target, level, locale, now = new Date() }: FollowRequest,
): Promise<{ followId: string }> {
  const emailNormalised = normaliseEmail(email);
  const [inserted] = await tx
    .insert(follows)
    .values({
      email,
      emailNormalised,
      campaignId: target.campaignId,
      letterId: target.letterId,
      level,
      locale,
      confirmedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: follows.id });
  if (inserted) return { followId: inserted.id };
  const [updated] = await tx
    .update(follows)
    .set({
      email,
      level,
      locale,
      stoppedAt: null,
      confirmedAt: sql`coalesce(${follows.confirmedAt}, ${now.toISOString()}::timestamptz)`,
      updatedAt: now,
    })
    .where(sameFollow(emailNormalised, target))
    .returning({ id: follows.id });
  if (!updated) throw new FollowingRefused("errors.following.targetNotFound");
  return { followId: updated.id };
}

/** Stores a follow's confirmation link (its hash). */
export async function insertFollowToken(
  tx: Executor,
  { followId, hash, expiresAt }: { followId: string; hash: string; expiresAt: Date },
): Promise<void> {
  await tx.insert(emailTokens).values({ tokenHash: hash, purpose: "confirm_follow", followId, expiresAt });
}

/** What a follow's confirmation page shows before anything changes (a GET changes nothing). */
export type FollowConfirmation =
  | {
      state: "ready" | "confirmed";
      campaignTitle: string;
      campaignSlug: string;
      letterTitle: string | null;
      letterSlug: string | null;
      level: FollowLevel;
    }
  | { state: "expired" | "invalid" };

const followTargetColumns = {
  campaignTitle: campaigns.title,
  campaignSlug: campaigns.slug,
  letterTitle: letters.title,
  letterSlug: letters.slug,
};

/** The follow a confirmation link is for, and where it stands. */
export async function getFollowConfirmation(
  db: Executor,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<FollowConfirmation> {
  const [row] = await db
    .select({
      expiresAt: emailTokens.expiresAt,
      usedAt: emailTokens.usedAt,
      confirmedAt: follows.confirmedAt,
      stoppedAt: follows.stoppedAt,
      level: follows.level,
      ...followTargetColumns,
    })
    .from(emailTokens)
    .innerJoin(follows, eq(follows.id, emailTokens.followId))
    .innerJoin(campaigns, eq(campaigns.id, follows.campaignId))
    .leftJoin(letters, eq(letters.id, follows.letterId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, "confirm_follow")));
  if (!row) return { state: "invalid" };
  const { expiresAt, usedAt, confirmedAt, stoppedAt, ...shown } = row;
  if (usedAt !== null && confirmedAt !== null && stoppedAt === null) return { state: "confirmed", ...shown };
  if (usedAt !== null) return { state: "invalid" };
  if (expiresAt <= now) return { state: "expired" };
  return { state: "ready", ...shown };
}

export type ConfirmedFollow = {
  followId: string;
  email: string;
  campaignId: string;
  campaignTitle: string;
  campaignSlug: string;
  letterTitle: string | null;
  letterSlug: string | null;
  level: FollowLevel;
};

/** Confirms a follow from its link's token: once, within its lifetime. */
export async function confirmFollow(
  tx: Executor,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<ConfirmedFollow> {
  const tokenHash = hashToken(token);
  const [claimed] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, "confirm_follow"),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ followId: emailTokens.followId });
  if (!claimed?.followId) {
    const [known] = await tx
      .select({ usedAt: emailTokens.usedAt })
      .from(emailTokens)
      .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, "confirm_follow")));
    throw new FollowingRefused(
      known && !known.usedAt ? "errors.following.tokenExpired" : "errors.following.tokenInvalid",
    );
  }
  await tx
    .update(follows)
    .set({ confirmedAt: now, stoppedAt: null, updatedAt: now })
    .where(eq(follows.id, claimed.followId));
  // Its other links (asked for again) are spent too.
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.followId, claimed.followId), isNull(emailTokens.usedAt)));
  const [row] = await tx
    .select({
      followId: follows.id,
      email: follows.email,
      campaignId: follows.campaignId,
      level: follows.level,
      ...followTargetColumns,
    })
    .from(follows)
    .innerJoin(campaigns, eq(campaigns.id, follows.campaignId))
    .leftJoin(letters, eq(letters.id, follows.letterId))
    .where(eq(follows.id, claimed.followId));
  return row!;
}

// ── One address's subscriptions ──────────────────────────────────────────────

/** A signature whose signer may hear its letter's news: an individual's, confirmed, with an address. */
const newsSignature: SQL = and(
  eq(signatures.kind, "individual"),
  eq(signatures.status, "confirmed"),
  isNotNull(signatures.emailNormalised),
)!;

export type FollowEntry = {
  id: string;
  campaignTitle: string;
  campaignSlug: string;
  letterTitle: string | null;
  letterSlug: string | null;
  level: FollowLevel;
  /** False while its confirmation link has not been opened. */
  confirmed: boolean;
};

export type SignatureNewsEntry = {
  id: string;
  letterTitle: string;
  letterSlug: string;
  campaignTitle: string;
  campaignSlug: string;
  /** Whether the signer hears the letter's responses and missed deadlines. */
  notify: boolean;
};

export type Subscriptions = { follows: FollowEntry[]; signatures: SignatureNewsEntry[] };

/** Every follow (not stopped) and every signature that can hear news, of one address. */
export async function listSubscriptions(db: Executor, { email }: { email: string }): Promise<Subscriptions> {
  const emailNormalised = normaliseEmail(email);
  const [followRows, signatureRows] = await Promise.all([
    db
      .select({
        id: follows.id,
        level: follows.level,
        confirmedAt: follows.confirmedAt,
        ...followTargetColumns,
      })
      .from(follows)
      .innerJoin(campaigns, eq(campaigns.id, follows.campaignId))
      .leftJoin(letters, eq(letters.id, follows.letterId))
      .where(and(eq(follows.emailNormalised, emailNormalised), isNull(follows.stoppedAt)))
      .orderBy(asc(campaigns.title), sql`${letters.title} nulls first`),
    db
      .select({
        id: signatures.id,
        notify: signatures.notifyUpdates,
        letterTitle: letters.title,
        letterSlug: letters.slug,
        campaignTitle: campaigns.title,
        campaignSlug: campaigns.slug,
      })
      .from(signatures)
      .innerJoin(letters, eq(letters.id, signatures.letterId))
      .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
      .where(and(eq(signatures.emailNormalised, emailNormalised), newsSignature))
      .orderBy(asc(campaigns.title), asc(letters.title)),
  ]);
  return {
    follows: followRows.map(({ confirmedAt, ...f }) => ({ ...f, confirmed: confirmedAt !== null })),
    signatures: signatureRows,
  };
}

/** Whether an address has anything to manage: a follow or a signature that hears news. */
export async function hasSubscriptions(db: Executor, { email }: { email: string }): Promise<boolean> {
  const { follows: f, signatures: s } = await listSubscriptions(db, { email });
  return f.length > 0 || s.length > 0;
}

/** Stores a link to manage an address's subscriptions (its hash). */
export async function insertManageToken(
  tx: Executor,
  { email, hash, expiresAt }: { email: string; hash: string; expiresAt: Date },
): Promise<void> {
  await tx.insert(emailTokens).values({
    tokenHash: hash,
    purpose: "manage_subscriptions",
    emailNormalised: normaliseEmail(email),
    expiresAt,
  });
}

/** The address a manage link is for, while it works; it works any number of times until it expires. */
export async function readManageToken(
  db: Executor,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<{ state: "ready"; email: string } | { state: "expired" | "invalid" }> {
  const [row] = await db
    .select({ email: emailTokens.emailNormalised, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, "manage_subscriptions")));
  if (!row?.email) return { state: "invalid" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "ready", email: row.email };
}

// ── Changing and stopping ────────────────────────────────────────────────────

/** The follow, if it is this address's (a manage link or an account may change only its own). */
async function ownFollow(tx: Executor, { id, email }: { id: string; email: string }) {
  const [row] = await tx
    .select({ id: follows.id, campaignId: follows.campaignId, emailNormalised: follows.emailNormalised })
    .from(follows)
    .where(and(eq(follows.id, id), eq(follows.emailNormalised, normaliseEmail(email))))
    .for("update");
  if (!row) throw new FollowingRefused("errors.following.subscriptionNotFound");
  return row;
}

async function ownSignature(tx: Executor, { id, email }: { id: string; email: string }) {
  const [row] = await tx
    .select({
      id: signatures.id,
      campaignId: letters.campaignId,
      emailNormalised: signatures.emailNormalised,
    })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(eq(signatures.id, id), eq(signatures.emailNormalised, normaliseEmail(email)), newsSignature))
    .for("update", { of: signatures });
  if (!row?.emailNormalised) throw new FollowingRefused("errors.following.subscriptionNotFound");
  return { ...row, emailNormalised: row.emailNormalised };
}

/** Changes what one of the address's follows hears, or stops it. */
export async function changeFollow(
  tx: Executor,
  {
    id,
    email,
    level,
    now = new Date(),
  }: { id: string; email: string; level: FollowLevel | "stop"; now?: Date },
): Promise<void> {
  const follow = await ownFollow(tx, { id, email });
  await tx
    .update(follows)
    .set(level === "stop" ? { stoppedAt: now, updatedAt: now } : { level, updatedAt: now })
    .where(eq(follows.id, id));
  await resourcePendingNews(tx, follow);
}

/** Turns a signature's news on or off for its signer. */
export async function setSignatureNews(
  tx: Executor,
  { id, email, notify, now = new Date() }: { id: string; email: string; notify: boolean; now?: Date },
): Promise<void> {
  const signature = await ownSignature(tx, { id, email });
  await tx.update(signatures).set({ notifyUpdates: notify, updatedAt: now }).where(eq(signatures.id, id));
  await resourcePendingNews(tx, signature);
}

/**
 * After a person's subscriptions in a campaign changed: each piece of news still waiting
 * for them goes through a subscription that still hears it (a follow of the campaign
 * first, then of the letter, then a signature), or, if none does, is cancelled.
 */
async function resourcePendingNews(
  tx: Executor,
  { emailNormalised, campaignId }: { emailNormalised: string; campaignId: string },
): Promise<void> {
  await tx.execute(sql`
    with pending as (
      select d.id, n.letter_id, n.kind in ${majorKinds} as major
      from ${notificationDeliveries} d
      join ${notificationNews} n on n.id = d.news_id
      where d.status = 'pending' and d.campaign_id = ${campaignId}
        and d.recipient_key = ${recipientKeySql(sql`${emailNormalised}::text`)}
    ),
    best as (
      select p.id,
        (select f.id from ${follows} f
          where f.email_normalised = ${emailNormalised} and f.campaign_id = ${campaignId}
            and f.confirmed_at is not null and f.stopped_at is null
            and (f.letter_id is null or f.letter_id = p.letter_id) and (f.level = 'all' or p.major)
          order by (f.letter_id is null) desc limit 1) as follow_id,
        (select s.id from ${signatures} s
          where s.email_normalised = ${emailNormalised} and s.letter_id = p.letter_id and p.major
            and s.kind = 'individual' and s.status = 'confirmed' and s.notify_updates
          limit 1) as signature_id
      from pending p
    )
    update ${notificationDeliveries} d set
      status = case when b.follow_id is null and b.signature_id is null then 'cancelled' else 'pending' end::delivery_status,
      follow_id = b.follow_id,
      signature_id = case when b.follow_id is null then b.signature_id end,
      source = case
        when b.follow_id is not null then
          case when (select letter_id from ${follows} where id = b.follow_id) is null then 'follow_campaign' else 'follow_letter' end
        else 'signature' end::delivery_source
    from best b
    where d.id = b.id`);
}

/** The major kinds of news, as an SQL list. */
const majorKinds = sql`(${sql.join(
  MAJOR_NEWS_KINDS.map((k) => sql`${k}::news_kind`),
  sql`, `,
)})`;

/** How a recipient is known in the deliveries: the SHA-256 (hex) of their normalised address. */
export function recipientKeySql(emailNormalised: SQL): SQL {
  return sql`encode(sha256(convert_to(${emailNormalised}, 'UTF8')), 'hex')`;
}

/** What an unsubscribe link's subscription is: whose, and which campaign's news it hears. */
export type SubscriptionSubject = {
  email: string;
  emailNormalised: string;
  campaignId: string;
  campaignTitle: string;
  campaignSlug: string;
  /** Whether the address still hears anything from the campaign. */
  hearing: boolean;
};

/** The address and campaign an unsubscribe link's subscription belongs to, or null. */
export async function getSubscriptionSubject(
  db: Executor,
  ref: SubscriptionRef,
): Promise<SubscriptionSubject | null> {
  const [row] =
    ref.kind === "follow"
      ? await db
          .select({
            email: follows.email,
            emailNormalised: follows.emailNormalised,
            campaignId: campaigns.id,
            campaignTitle: campaigns.title,
            campaignSlug: campaigns.slug,
          })
          .from(follows)
          .innerJoin(campaigns, eq(campaigns.id, follows.campaignId))
          .where(eq(follows.id, ref.id))
      : await db
          .select({
            email: signatures.email,
            emailNormalised: signatures.emailNormalised,
            campaignId: campaigns.id,
            campaignTitle: campaigns.title,
            campaignSlug: campaigns.slug,
          })
          .from(signatures)
          .innerJoin(letters, eq(letters.id, signatures.letterId))
          .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
          .where(eq(signatures.id, ref.id));
  if (!row?.email || !row.emailNormalised) return null;
  const subject = { ...row, email: row.email, emailNormalised: row.emailNormalised };
  return { ...subject, hearing: await hearsCampaign(db, subject) };
}

/** Whether an address still hears a campaign: an active follow of it or its letters, or a signature with news on. */
async function hearsCampaign(
  db: Executor,
  { emailNormalised, campaignId }: { emailNormalised: string; campaignId: string },
): Promise<boolean> {
  const [row] = await db
    .execute<{ hearing: boolean }>(sql`select
    exists (select 1 from ${follows} where email_normalised = ${emailNormalised} and campaign_id = ${campaignId}
      and confirmed_at is not null and stopped_at is null)
    or exists (select 1 from ${signatures} s join ${letters} l on l.id = s.letter_id
      where s.email_normalised = ${emailNormalised} and l.campaign_id = ${campaignId}
        and s.kind = 'individual' and s.status = 'confirmed' and s.notify_updates) as hearing`)
    .then((r) => r.rows);
  return Boolean(row?.hearing);
}

/**
 * Stops every e-mail about one campaign to one address: its follows of the campaign and
 * of the campaign's letters, and its signatures' news; what was waiting is cancelled.
 * What an unsubscribe link does. Returns how many subscriptions it stopped.
 */
export async function stopCampaignNews(
  tx: Executor,
  {
    emailNormalised,
    campaignId,
    now = new Date(),
  }: { emailNormalised: string; campaignId: string; now?: Date },
): Promise<number> {
  const stoppedFollows = await tx
    .update(follows)
    .set({ stoppedAt: now, updatedAt: now })
    .where(
      and(
        eq(follows.emailNormalised, emailNormalised),
        eq(follows.campaignId, campaignId),
        isNull(follows.stoppedAt),
      ),
    )
    .returning({ id: follows.id });
  const stoppedSignatures = await tx
    .update(signatures)
    .set({ notifyUpdates: false, updatedAt: now })
    .where(
      and(
        eq(signatures.emailNormalised, emailNormalised),
        eq(signatures.notifyUpdates, true),
        inArray(
          signatures.letterId,
          tx.select({ id: letters.id }).from(letters).where(eq(letters.campaignId, campaignId)),
        ),
      ),
    )
    .returning({ id: signatures.id });
  await tx
    .update(notificationDeliveries)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(notificationDeliveries.status, "pending"),
        eq(notificationDeliveries.campaignId, campaignId),
        sql`${notificationDeliveries.recipientKey} = ${recipientKeySql(sql`${emailNormalised}::text`)}`,
      ),
    );
  return stoppedFollows.length + stoppedSignatures.length;
}

// ── What staff see ───────────────────────────────────────────────────────────

export type FollowerCounts = {
  /** Confirmed, active follows of the campaign itself. */
  campaign: { responses: number; all: number };
  /** Per letter: its own followers, and its signers who hear its news. */
  letters: Map<string, { responses: number; all: number; signers: number }>;
};

/** How many hear a campaign's news, and each of its letters': counts only, never addresses. */
export async function countFollowers(
  db: Executor,
  { campaignId }: { campaignId: string },
): Promise<FollowerCounts> {
  const [followRows, signerRows] = await Promise.all([
    db
      .select({ letterId: follows.letterId, level: follows.level, n: count() })
      .from(follows)
      .where(
        and(eq(follows.campaignId, campaignId), isNotNull(follows.confirmedAt), isNull(follows.stoppedAt)),
      )
      .groupBy(follows.letterId, follows.level),
    db
      .select({ letterId: signatures.letterId, n: count() })
      .from(signatures)
      .innerJoin(letters, eq(letters.id, signatures.letterId))
      .where(and(eq(letters.campaignId, campaignId), newsSignature, eq(signatures.notifyUpdates, true)))
      .groupBy(signatures.letterId),
  ]);
  const out: FollowerCounts = { campaign: { responses: 0, all: 0 }, letters: new Map() };
  const letter = (id: string) => {
    const entry = out.letters.get(id) ?? { responses: 0, all: 0, signers: 0 };
    out.letters.set(id, entry);
    return entry;
  };
  for (const row of followRows) {
    const into = row.letterId ? letter(row.letterId) : out.campaign;
    into[row.level] += row.n;
  }
  for (const row of signerRows) letter(row.letterId).signers += row.n;
  return out;
}

// ── Erasure ──────────────────────────────────────────────────────────────────

/** Outbox kinds of the e-mails about following; the erasure clears them with the rest. */
export const FOLLOWING_MAIL_KINDS = [
  "follow_confirmation",
  "follow_already",
  "subscriptions_link",
  "notification_digest",
] as const;

/**
 * Erases what following and notifications hold about some people (for the retention job
 * and erasure requests): given addresses, their follows, links, queued and sent news and
 * the e-mails about them go; given signatures, the news they were told or are waiting to
 * be told goes, with those e-mails. The public record is not touched. Returns the rows
 * removed per table. Idempotent.
 */
export async function eraseNotificationData(
  tx: Executor,
  { emails = [], signatureIds = [] }: { emails?: readonly string[]; signatureIds?: readonly string[] },
): Promise<{ follows: number; deliveries: number; tokens: number; outbox: number }> {
  const normalised = [...new Set(emails.map(normaliseEmail))];
  const lowered = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  const keys =
    normalised.length > 0
      ? sql`(${sql.join(
          normalised.map((e) => recipientKeySql(sql`${e}::text`)),
          sql`, `,
        )})`
      : null;
  const deliveryWhere = or(
    keys ? sql`${notificationDeliveries.recipientKey} in ${keys}` : undefined,
    signatureIds.length > 0 ? inArray(notificationDeliveries.signatureId, [...signatureIds]) : undefined,
  );
  if (!deliveryWhere) return { follows: 0, deliveries: 0, tokens: 0, outbox: 0 };
  const deliveries = await tx
    .delete(notificationDeliveries)
    .where(deliveryWhere)
    .returning({ outboxId: notificationDeliveries.outboxId });
  const outboxIds = [...new Set(deliveries.flatMap((d) => (d.outboxId ? [d.outboxId] : [])))];
  const outboxWhere = or(
    outboxIds.length > 0 ? inArray(emailOutbox.id, outboxIds) : undefined,
    lowered.length > 0
      ? and(
          inArray(emailOutbox.kind, [...FOLLOWING_MAIL_KINDS]),
          inArray(sql`lower(${emailOutbox.toAddress})`, lowered),
        )
      : undefined,
  );
  const outbox = outboxWhere
    ? await tx.delete(emailOutbox).where(outboxWhere).returning({ id: emailOutbox.id })
    : [];
  // A follow's tokens go with it (cascade); a manage link names the address itself.
  const tokens =
    normalised.length > 0
      ? await tx
          .delete(emailTokens)
          .where(inArray(emailTokens.emailNormalised, normalised))
          .returning({ id: emailTokens.id })
      : [];
  const gone =
    normalised.length > 0
      ? await tx
          .delete(follows)
          .where(inArray(follows.emailNormalised, normalised))
          .returning({ id: follows.id })
      : [];
  return {
    follows: gone.length,
    deliveries: deliveries.length,
    tokens: tokens.length,
    outbox: outbox.length,
  };
}

/**
 * The signer a signature's confirmation link belongs to, once the signature is confirmed
 * and while the link is within its lifetime: the proof of the address that lets a signer
 * follow the letter's campaign from the confirmation page without a second e-mail.
 */
export async function getConfirmedSigner(
  db: Executor,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<{ email: string; locale: Locale; target: FollowTarget } | null> {
  const [row] = await db
    .select({
      email: signatures.email,
      locale: signatures.locale,
      confirmedAt: signatures.confirmedAt,
      status: signatures.status,
      expiresAt: emailTokens.expiresAt,
      campaignSlug: campaigns.slug,
    })
    .from(emailTokens)
    .innerJoin(signatures, eq(signatures.id, emailTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, "confirm_signature")));
  if (!row?.email || row.confirmedAt === null || row.expiresAt <= now) return null;
  if (row.status !== "confirmed" && row.status !== "pending") return null;
  const target = await findFollowTarget(db, { campaignSlug: row.campaignSlug });
  return target ? { email: row.email, locale: toLocale(row.locale), target } : null;
}
