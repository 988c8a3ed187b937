/*
 * Following a campaign or a letter by e-mail, and the news followers and signers hear:
 * the lists the schema's enums are built from, and the rules of the digest. What counts
 * as news, how often a person may be written to, and what an unsubscribe link proves.
 * Pure: no database, no Next.
 */

/** What a follower hears: responses and outcomes only, or every update. */
export const FOLLOW_LEVELS = ["responses", "all"] as const;
export type FollowLevel = (typeof FOLLOW_LEVELS)[number];

/**
 * What happened, as news: a government response, an ask's outcome, a letter's deadline
 * passed unanswered; and the other updates (a letter sent, an event on the timeline).
 */
export const NEWS_KINDS = ["response", "outcome", "deadline_missed", "letter_sent", "event"] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** The news everyone hears; "responses and outcomes only" followers and signers hear only these. */
export const MAJOR_NEWS_KINDS = [
  "response",
  "outcome",
  "deadline_missed",
] as const satisfies readonly NewsKind[];

export function isMajorNews(kind: NewsKind): boolean {
  return (MAJOR_NEWS_KINDS as readonly NewsKind[]).includes(kind);
}

/** Where a queued piece of news stands for one recipient; db/schema.ts builds its enum from this list. */
export const DELIVERY_STATUSES = ["pending", "sent", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How a recipient came to hear about a campaign: following it, following one of its letters, or signing one. */
export const DELIVERY_SOURCES = ["follow_campaign", "follow_letter", "signature"] as const;
export type DeliverySource = (typeof DELIVERY_SOURCES)[number];

/** At most one e-mail per person per campaign in this span (a rolling day, so never two in one). */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * News waits this long before it is sent: what staff record together goes out together,
 * and a record retracted at once (a slip) is never sent at all.
 */
export const NEWS_GRACE_MS = 10 * 60 * 1000;

/** A deadline missed longer ago than this is old news: never announced (a letter from the record). */
export const DEADLINE_NEWS_MAX_DAYS = 7;

/** How long a follow's confirmation link works. */
export const FOLLOW_CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** How long an e-mailed link to manage one's subscriptions works (any number of times). */
export const MANAGE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** Whether a piece of news recorded at `createdAt` may go out at `now`. */
export function newsReady(createdAt: Date, now: Date): boolean {
  return createdAt.getTime() <= now.getTime() - NEWS_GRACE_MS;
}

/** Whether a person last written to about a campaign at `lastSentAt` may be written to again at `now`. */
export function digestAllowed(lastSentAt: Date | null, now: Date): boolean {
  return lastSentAt === null || lastSentAt.getTime() <= now.getTime() - DIGEST_INTERVAL_MS;
}

/** The identity of what a piece of news is about: one record, said once to each person. */
export const newsRecordKey = {
  response: (responseId: string) => `response:${responseId}`,
  /** An ask's outcome as recorded, on its date: a new outcome is new news. */
  outcome: (askId: string, outcome: string, on: string | null) => `outcome:${askId}:${outcome}:${on ?? ""}`,
  deadlineMissed: (letterId: string, targetId: string, deadline: string) =>
    `deadline:${letterId}:${targetId}:${deadline}`,
  letterSent: (letterId: string) => `letter-sent:${letterId}`,
  event: (eventId: string) => `event:${eventId}`,
};

/**
 * An address as a page may show it to whoever holds a link: enough for its owner to
 * recognise it, not enough to read it off ("j•••@example.org").
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address[0]}•••${address.slice(at)}`;
}

/** A refusal of a following request or link, as a message key (under errors.following) and the field it is about. */
export class FollowingRefused extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "FollowingRefused";
  }
}

/** An ask's outcome as recorded: its value and the day it was reached. */
type RecordedOutcome = { outcome: string; outcomeOn: string | null };

/**
 * What recording an ask's outcome tells people: nothing when neither the outcome nor its
 * date changed (a corrected source or note); otherwise the outcome before is withdrawn —
 * retracted ("it was retracted") when the ask goes back to pending, only superseded when
 * a new outcome replaces it — and a new outcome is news of its own.
 */
export function outcomeNews(
  before: RecordedOutcome,
  after: RecordedOutcome,
): { withdraw: "retract" | "supersede" | null; tell: boolean } {
  if (before.outcome === after.outcome && before.outcomeOn === after.outcomeOn)
    return { withdraw: null, tell: false };
  const pending = after.outcome === "pending";
  return {
    withdraw: before.outcome === "pending" ? null : pending ? "retract" : "supersede",
    tell: !pending,
  };
}
