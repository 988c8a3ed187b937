import { after } from "next/server";
import { type Db, getDb } from "@/db";
import type { QueuedMail } from "@/db/queries/outbox";
import { deliverPendingMail, logMail } from "./deliver";
import { getTransport } from "./transport";

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
  // Without a mail server, "delivery" is a line in the log: no reason to defer it.
  if (!getTransport()) {
    for (const mail of mails) logMail(mail);
    return;
  }
  const ids = mails.map((m) => m.id);
  const run = () => deliverPendingMail({ ids, db: db ?? getDb() }).then(() => undefined);
  try {
    after(run);
  } catch {
    await run();
  }
}
