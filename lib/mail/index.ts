import type { Executor } from "@/db";
import { insertOutboxMail, type OutgoingMail, type QueuedMail } from "@/db/queries/outbox";
import type { Locale } from "@/lib/domain/locales";
import { siteUrl } from "@/lib/server/env";
import { withDataFooter } from "./mail-text";

/*
 * E-mail: messages are written to the outbox in the transaction of the change they
 * report, and delivered after it commits. No "server-only" guard here, so that
 * command-line scripts (reminders) can deliver too; nodemailer would not bundle for a
 * browser anyway.
 */

export type { OutgoingMail, QueuedMail } from "@/db/queries/outbox";
export { deliverAfterResponse } from "./after-response";
export { type DeliveryReport, deliverPendingMail, drainDueMail } from "./deliver";

/**
 * Puts a message in the outbox inside the caller's transaction, with the footer every
 * e-mail carries (withDataFooter) in the message's language (`locale`), and returns it as queued;
 * deliver it after the commit (deliverAfterResponse, or deliverPendingMail by id). Null
 * when its dedupeKey was used already.
 */
export async function enqueueMail(
  tx: Executor,
  { locale, ...composed }: OutgoingMail & { locale: Locale },
): Promise<QueuedMail | null> {
  const mail = withDataFooter(composed, { siteUrl: siteUrl(), locale });
  const id = await insertOutboxMail(tx, mail);
  if (!id) return null;
  return {
    id,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    kind: mail.kind,
    attempts: 0,
    headers: mail.headers ?? null,
  };
}
