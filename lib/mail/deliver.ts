/*
 * Sending outbox messages: claim, send over SMTP, record the outcome. No Next.js import
 * here, so that the start script's timer and the command-line scripts load it as plain
 * Node (next/server refuses to load before Next has set itself up).
 */
import { type Db, getDb } from "@/db";
import {
  claimDueMail,
  claimMailByIds,
  loadQueuedMail,
  markMailAttemptFailed,
  markMailSent,
  type QueuedMail,
} from "@/db/queries/outbox";
import { maskAddress, redactAddresses } from "@/lib/domain/email";
import { redactTokens } from "@/lib/domain/tokens";
import { MAIL_CLAIM_LEASE_MS, mailMaxAttempts, retryDelayMs } from "./retry-policy";
import { getTransport, mailFrom } from "./transport";

/** What a delivery did: sent, failed (to be retried), given up on, or only logged. */
export type DeliveryReport = { sent: number; failed: number; gaveUp: number; logged: number };

const emptyReport = (): DeliveryReport => ({ sent: 0, failed: 0, gaveUp: 0, logged: 0 });

/**
 * Prints a message's recipient (masked), subject and links: without a mail server, the
 * way a link reaches anyone. The log is kept longer and read more widely than the outbox,
 * so it names no address: the outbox (staff → Outbox) has the message in full.
 */
export function logMail(mail: QueuedMail): void {
  // The documented way to finish a flow without a mail server: its links are printed.
  // One short entry per message: under a rush of signatures the log is written often.
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  console.info(
    `[mail] to ${maskAddress(mail.to)} subject "${redactAddresses(mail.subject)}" (${mail.kind}, outbox ${mail.id})${links.map((l) => `\n    ${l}`).join("")}`,
  );
}

/** Sends messages this process has claimed, recording each outcome; never throws. */
async function sendClaimed(
  mails: readonly QueuedMail[],
  { db, now, report }: { db: Db; now: Date; report: DeliveryReport },
): Promise<void> {
  const transport = getTransport();
  if (!transport) return;
  const maxAttempts = mailMaxAttempts();
  for (const mail of mails) {
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        headers: mail.headers ?? undefined,
      });
    } catch (error) {
      // A mail server's refusal often quotes the address: the log gets it masked.
      const message = redactAddresses(error instanceof Error ? error.message : String(error));
      const giveUp = mail.attempts >= maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + retryDelayMs(mail.attempts));
      console.error(
        `[mail] outbox ${mail.id} (${mail.kind}) not sent, attempt ${mail.attempts} of ${maxAttempts}: ${message}` +
          (retryAt ? `; next attempt at ${retryAt.toISOString()}` : "; giving up"),
      );
      if (giveUp) report.gaveUp++;
      else report.failed++;
      await markMailAttemptFailed(db, { id: mail.id, error: message, retryAt }).catch((e) =>
        console.error("[mail] could not record a failure", e),
      );
      continue;
    }
    report.sent++;
    await markMailSent(db, {
      id: mail.id,
      text: redactTokens(mail.text),
      html: mail.html === null ? null : redactTokens(mail.html),
      headers: mail.headers
        ? Object.fromEntries(Object.entries(mail.headers).map(([name, value]) => [name, redactTokens(value)]))
        : null,
    }).catch((e) => console.error("[mail] sent, but could not mark it sent", e));
  }
}

/**
 * Sends the outbox messages that are due at `now` (new ones, and failed ones whose
 * retry time has come), in claimed batches, at most `limit` of them. Safe to run in
 * several processes at once over one PostgreSQL: each message is claimed by one of them.
 * Without SMTP_URL there is nothing to do: pending messages are read in the outbox.
 */
export async function drainDueMail({
  db = getDb(),
  now = new Date(),
  batchSize = 10,
  limit = 100,
}: {
  db?: Db;
  now?: Date;
  batchSize?: number;
  limit?: number;
} = {}): Promise<DeliveryReport> {
  const report = emptyReport();
  if (!getTransport()) return report;
  let taken = 0;
  while (taken < limit) {
    const leaseUntil = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
    const batch = await claimDueMail(db, { now, leaseUntil, limit: Math.min(batchSize, limit - taken) });
    if (batch.length === 0) break;
    taken += batch.length;
    await sendClaimed(batch, { db, now, report });
  }
  return report;
}

/**
 * Sends the given messages now if nobody else has taken them, or (without ids) drains
 * what is due (drainDueMail). With SMTP_URL each is marked sent, or due again later, or
 * failed for good after the last attempt; without it each given message is printed to
 * the log and stays pending in the outbox, where staff read it. A failure is recorded,
 * never thrown: the change the message reports is already saved.
 */
export async function deliverPendingMail({
  ids,
  db = getDb(),
  now = new Date(),
  limit = 100,
}: {
  ids?: readonly string[];
  db?: Db;
  now?: Date;
  limit?: number;
} = {}): Promise<DeliveryReport> {
  const report = emptyReport();
  try {
    if (!ids) return await drainDueMail({ db, now, limit });
    if (!getTransport()) {
      // Read only to print: claiming would count an attempt that was never made.
      for (const mail of await loadQueuedMail(db, { ids })) {
        logMail(mail);
        report.logged++;
      }
      return report;
    }
    const claimed = await claimMailByIds(db, {
      ids,
      now,
      leaseUntil: new Date(now.getTime() + MAIL_CLAIM_LEASE_MS),
    });
    await sendClaimed(claimed, { db, now, report });
  } catch (error) {
    // The outbox could not be read; the messages wait for the next drain.
    console.error("[mail] delivery failed", error);
  }
  return report;
}
