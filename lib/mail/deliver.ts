import { after } from "next/server";
import { type Db, getDb } from "@/db";
import {
  loadQueuedMail,
  loadRetryableMail,
  markMailFailed,
  markMailSent,
  type QueuedMail,
} from "@/db/queries/outbox";
import { redactTokens } from "@/lib/tokens";
import { getTransport, mailFrom } from "./transport";

export type DeliveryReport = { sent: number; failed: number; logged: number };

function logMail(mail: QueuedMail): void {
  // The documented way to finish a flow without a mail server: the link is in this text.
  const body = mail.text.replace(/^/gm, "    ");
  console.info(`[mail] to ${mail.to} subject "${mail.subject}" (${mail.kind}, outbox ${mail.id})\n${body}`);
}

async function deliver(mails: readonly QueuedMail[], db: Db): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, logged: 0 };
  const transport = getTransport();
  for (const mail of mails) {
    if (!transport) {
      logMail(mail);
      report.logged++;
      continue;
    }
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[mail] outbox ${mail.id} (${mail.kind}) not sent: ${message}`);
      report.failed++;
      await markMailFailed(db, { id: mail.id, error: message }).catch((e) =>
        console.error("[mail] could not record a failure", e),
      );
      continue;
    }
    report.sent++;
    await markMailSent(db, {
      id: mail.id,
      text: redactTokens(mail.text),
      html: mail.html === null ? null : redactTokens(mail.html),
    }).catch((e) => console.error("[mail] sent, but could not mark it sent", e));
  }
  return report;
}

/**
 * Sends outbox messages after the transaction that wrote them has committed: the given
 * ones, or (without ids) those a retry should send. With SMTP_URL each goes to the mail
 * server and is marked sent or failed; without it each is printed to the log and stays
 * pending in the outbox, where staff read it. A failure is recorded, never thrown: the
 * change the message reports is already saved.
 */
export async function deliverPendingMail({
  ids,
  db = getDb(),
  limit = 50,
}: {
  ids?: readonly string[];
  db?: Db;
  limit?: number;
} = {}): Promise<DeliveryReport> {
  // Without a mail server a retry has nothing to do: pending messages are read in the outbox.
  if (!ids && !getTransport()) return { sent: 0, failed: 0, logged: 0 };
  try {
    const queued = ids
      ? await loadQueuedMail(db, { ids })
      : await loadRetryableMail(db, { limit, pendingBefore: new Date(Date.now() - 60_000) });
    return await deliver(queued, db);
  } catch (error) {
    // The outbox could not be read; the messages wait for a retry.
    console.error("[mail] delivery failed", error);
    return { sent: 0, failed: 0, logged: 0 };
  }
}

/**
 * Delivers messages just written by a committed transaction: over SMTP once the
 * response has gone out, so that nobody waits on a mail server (outside a request, in
 * scripts and tests, at once). Takes the messages as enqueueMail returned them.
 */
export async function deliverAfterResponse(
  mails: readonly QueuedMail[],
  { db }: { db?: Db } = {},
): Promise<void> {
  if (mails.length === 0) return;
  const run = () =>
    deliver(mails, db ?? getDb()).catch((error) => {
      console.error("[mail] delivery failed", error);
    });
  // Without a mail server, "delivery" is a line in the log: no reason to defer it.
  if (!getTransport()) {
    await run();
    return;
  }
  try {
    after(run);
  } catch {
    await run();
  }
}
