import { and, count, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { emailOutbox } from "@/db/schema";

/*
 * The e-mail outbox. Every message the app sends is first a row here, written in the
 * same transaction as the change it reports, so a rollback never leaves a stray e-mail
 * and a crash after commit never loses one. What the statuses mean:
 *   pending  not handed to a mail server yet. Without SMTP_URL (the embedded default)
 *            messages stay pending: they are printed to the server log and read here.
 *   sent     accepted by the SMTP server, at sentAt.
 *   failed   the last attempt failed (lastError); retried until MAIL_MAX_ATTEMPTS.
 */

export const MAIL_MAX_ATTEMPTS = 5;

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the message is for: "signature_confirmation", … */
  kind: string;
  /** The same key twice stores one message. */
  dedupeKey?: string;
};

/** Adds a message to the outbox; null when its dedupeKey was already used. */
export async function insertOutboxMail(db: Executor, mail: OutgoingMail): Promise<string | null> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      kind: mail.kind,
      dedupeKey: mail.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return row?.id ?? null;
}

export type QueuedMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  attempts: number;
};

const queuedColumns = {
  id: emailOutbox.id,
  to: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  text: emailOutbox.textBody,
  html: emailOutbox.htmlBody,
  kind: emailOutbox.kind,
  attempts: emailOutbox.attempts,
};

/** The given messages, if they still wait to be sent. */
export async function loadQueuedMail(
  db: Executor,
  { ids }: { ids: readonly string[] },
): Promise<QueuedMail[]> {
  if (ids.length === 0) return [];
  return db
    .select(queuedColumns)
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.id, [...ids]), eq(emailOutbox.status, "pending")))
    .orderBy(emailOutbox.createdAt);
}

/**
 * Messages a retry should send: failed ones with attempts left, and pending ones old
 * enough that the request which wrote them is surely done delivering them itself.
 */
export async function loadRetryableMail(
  db: Executor,
  { limit, pendingBefore }: { limit: number; pendingBefore: Date },
): Promise<QueuedMail[]> {
  return db
    .select(queuedColumns)
    .from(emailOutbox)
    .where(
      or(
        and(eq(emailOutbox.status, "failed"), lt(emailOutbox.attempts, MAIL_MAX_ATTEMPTS)),
        and(eq(emailOutbox.status, "pending"), lt(emailOutbox.createdAt, pendingBefore)),
      ),
    )
    .orderBy(emailOutbox.createdAt)
    .limit(limit);
}

/** Marks a message sent; the bodies are replaced by copies without their single-use links. */
export async function markMailSent(
  db: Executor,
  { id, text, html, at = new Date() }: { id: string; text: string; html: string | null; at?: Date },
) {
  await db
    .update(emailOutbox)
    .set({
      status: "sent",
      sentAt: at,
      attempts: sql`${emailOutbox.attempts} + 1`,
      lastError: null,
      textBody: text,
      htmlBody: html,
    })
    .where(eq(emailOutbox.id, id));
}

export async function markMailFailed(db: Executor, { id, error }: { id: string; error: string }) {
  await db
    .update(emailOutbox)
    .set({ status: "failed", attempts: sql`${emailOutbox.attempts} + 1`, lastError: error.slice(0, 1000) })
    .where(eq(emailOutbox.id, id));
}

/**
 * One outbox row as staff read it: the recipient and the whole text. A pending message
 * still holds its confirmation link (without a mail server this is how staff pass it
 * on); a sent one no longer does.
 */
export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  text: string;
};

/** The newest messages first, for the staff outbox page. */
export async function listOutbox(
  db: Executor,
  { limit = 100, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<{ entries: OutboxEntry[]; total: number }> {
  const [entries, [{ total }]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        to: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        kind: emailOutbox.kind,
        status: emailOutbox.status,
        attempts: emailOutbox.attempts,
        lastError: emailOutbox.lastError,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
        text: emailOutbox.textBody,
      })
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(emailOutbox),
  ]);
  return { entries, total };
}
