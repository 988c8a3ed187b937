/*
 * npm run maintenance — for cron, e.g. every five minutes:
 *   0-59/5 * * * *  cd /srv/answerable && npm run maintenance
 * Tells followers and signers what happened (daily digests), sends the outbox messages
 * that are due (those, and retries after a mail-server failure), prunes rate-limit rows
 * too old to count, and erases signers' personal data on letters closed longer ago than
 * their retention period (lib/jobs/retention.ts). `npm start` does the same on a timer, so this
 * is for deployments that turn the timer off (ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS=0)
 * or want a sweep of their own; running both at once over PostgreSQL is safe. With the
 * embedded database it takes the data-directory lock, like every script: run it while
 * the server is stopped.
 */
import { closeDb, getDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { mailMaxAttempts } from "@/lib/mail/retry-policy";
import { smtpUrl } from "@/lib/mail/transport";
import { ensureAuthSecret } from "@/lib/server/secrets";
import { runCli } from "./cli";

async function main(): Promise<void> {
  const db = getDb(); // takes the data-directory lock, or stops here with a clear message
  await runMigrations();
  ensureAuthSecret(); // unsubscribe links in notifications are signed with it
  const { notifications, mail, prunedRateLimits, retention } = await runMaintenance({ db });
  if (notifications)
    console.log(
      `Notifications: ${notifications.deadlines} missed deadline(s) recorded, ${notifications.queued} queued, ${notifications.cancelled} cancelled, ${notifications.digests} digest(s) written to the outbox.`,
    );
  console.log(
    smtpUrl()
      ? `E-mail: ${mail.sent} sent, ${mail.failed} failed and due again later, ${mail.gaveUp} given up after ${mailMaxAttempts()} attempts.`
      : "E-mail: no SMTP_URL, so nothing is sent; pending messages are read in the outbox (staff → Outbox).",
  );
  console.log(`Rate limits: ${prunedRateLimits} old row(s) pruned.`);
  console.log(
    retention.letters.length === 0
      ? "Personal data: no closed letter is due for erasure."
      : `Personal data: erased for the signers of ${retention.letters.length} closed letter(s): ${retention.letters
          .map((l) => `"${l.title}"`)
          .join(", ")}.`,
  );
  console.log(
    `Sent e-mails pruned: ${retention.prunedMail}; audit-log IP addresses forgotten: ${retention.prunedAuditAddresses}.`,
  );
  await closeDb();
}

runCli(main);
