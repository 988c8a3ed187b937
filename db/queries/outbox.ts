import { and, asc, count, desc, eq, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { emailOutbox } from "@/db/schema";
import type { EmailStatus } from "@/lib/domain/email";
import { MASKED_TOKEN, redactTokens } from "@/lib/domain/tokens";

/*
 * The e-mail outbox. Every message the app sends is first a row here, written in the
 * same transaction as the change it reports, so a rollback never leaves a stray e-mail
 * and a crash after commit never loses one. What the statuses mean:
 *   pending  not accepted by a mail server yet. Due at nextAttemptAt: at once when
 *            written, later after a failed attempt (lastError says why). Without
 *            SMTP_URL (the embedded default) messages stay pending: they are printed to
 *            the server log and read here.
 *   sent     accepted by the SMTP server, at sentAt.
 *   failed   given up on after the last allowed attempt; lastError says why.
 * A sender first claims a message (one statement: attempts + 1, nextAttemptAt moved to
 * the end of a lease), so two senders, in one process or in two app instances, never
 * both send it.
 */

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the message is for: "signature_confirmation", … */
  kind: string;
  /** The same key twice stores one message. */
  dedupeKey?: string;
  /** The signature the message is about: it goes when that signer's data is erased. */
  signatureId?: string;
  /** Headers of this message alone: List-Unsubscribe on a notification. */
  headers?: Record<string, string>;
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
      headers: mail.headers ?? null,
      kind: mail.kind,
      dedupeKey: mail.dedupeKey ?? null,
      signatureId: mail.signatureId ?? null,
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
  /** Attempts so far; a claimed message counts the one being made. */
  attempts: number;
  headers?: Record<string, string> | null;
};

const queuedColumns = {
  id: emailOutbox.id,
  to: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  text: emailOutbox.textBody,
  html: emailOutbox.htmlBody,
  kind: emailOutbox.kind,
  attempts: emailOutbox.attempts,
  headers: emailOutbox.headers,
};

/**
 * Adds many messages to the outbox in one statement, their rows travelling as one JSON
 * parameter (a batch of any size costs one round trip to build and send). Each carries
 * its own id, so the caller can point at it; none has a dedupe key.
 */
export async function insertOutboxMails(
  db: Executor,
  mails: ReadonlyArray<OutgoingMail & { id: string }>,
): Promise<void> {
  if (mails.length === 0) return;
  const rows = JSON.stringify(
    mails.map((m) => ({
      id: m.id,
      to_address: m.to,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html ?? null,
      headers: m.headers ?? null,
      kind: m.kind,
    })),
  );
  await db.execute(sql`insert into ${emailOutbox} (id, to_address, subject, text_body, html_body, headers, kind)
    select id, to_address, subject, text_body, html_body, headers, kind
    from json_to_recordset(${rows}::json)
      as v(id uuid, to_address text, subject text, text_body text, html_body text, headers jsonb, kind text)`);
}

/** The given messages, if they still wait to be sent (to print them, without a mail server). */
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

/** Takes the rows picked by `which` for one attempt until `leaseUntil`, atomically. */
async function claim(db: Executor, which: SQL | undefined, limit: number, leaseUntil: Date) {
  const picked = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(which)
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.createdAt))
    .limit(limit)
    // Rows another sender is claiming right now are left to it, not waited for; rows it
    // has claimed no longer match (their nextAttemptAt moved), so neither takes both.
    .for("update", { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(inArray(emailOutbox.id, picked))
    .returning(queuedColumns);
}

/**
 * Claims pending messages that are due at `now` (oldest due first), for one attempt
 * each, leased until `leaseUntil`.
 */
export async function claimDueMail(
  db: Executor,
  { now, leaseUntil, limit }: { now: Date; leaseUntil: Date; limit: number },
): Promise<QueuedMail[]> {
  const due = and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now));
  return claim(db, due, limit, leaseUntil);
}

/**
 * Claims the given messages, just written, for their first attempt: those no other
 * sender has taken meanwhile (or that are due again at `now`).
 */
export async function claimMailByIds(
  db: Executor,
  { ids, now, leaseUntil }: { ids: readonly string[]; now: Date; leaseUntil: Date },
): Promise<QueuedMail[]> {
  if (ids.length === 0) return [];
  const free = and(
    inArray(emailOutbox.id, [...ids]),
    eq(emailOutbox.status, "pending"),
    or(eq(emailOutbox.attempts, 0), lte(emailOutbox.nextAttemptAt, now)),
  );
  return claim(db, free, ids.length, leaseUntil);
}

/** Marks a message sent; the bodies and headers are replaced by copies without their single-use links. */
export async function markMailSent(
  db: Executor,
  {
    id,
    text,
    html,
    headers,
    at = new Date(),
  }: { id: string; text: string; html: string | null; headers?: Record<string, string> | null; at?: Date },
) {
  await db
    .update(emailOutbox)
    .set({
      status: "sent",
      sentAt: at,
      nextAttemptAt: null,
      lastError: null,
      textBody: text,
      htmlBody: html,
      ...(headers === undefined ? {} : { headers }),
    })
    .where(eq(emailOutbox.id, id));
}

/**
 * Records a failed attempt: the message is due again at `retryAt`, or, with no retry
 * left (`retryAt` null), failed for good.
 */
export async function markMailAttemptFailed(
  db: Executor,
  { id, error, retryAt }: { id: string; error: string; retryAt: Date | null },
) {
  await db
    .update(emailOutbox)
    .set({
      status: retryAt ? "pending" : "failed",
      nextAttemptAt: retryAt,
      lastError: error.slice(0, 1000),
    })
    .where(eq(emailOutbox.id, id));
}

/**
 * One outbox row as staff read it: the recipient and the text, with every single-use
 * link's token masked (MASKED_TOKEN). A working link exists only in the e-mail itself:
 * staff who could read one could confirm a signature, or set a password, for anyone.
 */
export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  /** For a pending message that has been tried: when it is tried again. */
  nextAttemptAt: Date | null;
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
        nextAttemptAt: emailOutbox.nextAttemptAt,
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
  return {
    entries: entries.map((entry) => ({ ...entry, text: redactTokens(entry.text, MASKED_TOKEN) })),
    total,
  };
}
