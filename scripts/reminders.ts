/*
 * npm run reminders — for cron, e.g. every morning:
 *   15 7 * * *  cd /srv/answerable && npm run reminders
 * E-mails each admin and staff member one digest of what has newly become overdue or
 * due (lib/jobs/reminders.ts says what and how). With the embedded database it takes
 * the data-directory lock, like every script: run it while the server is stopped, or
 * point DATABASE_URL at PostgreSQL.
 */
import { closeDb, getDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { enqueueReminders, REMINDER_DECISION_DAYS } from "@/lib/jobs/reminders";
import { runCli } from "./cli";

/**
 * Hands the new digests to the mail module. It is written for the app ("server-only"),
 * so plain Node may refuse to load it; the digests then wait in the outbox, which is
 * where they are meant to be read anyway when no SMTP_URL is set.
 */
async function deliver(ids: string[]): Promise<string> {
  if (ids.length === 0) return "";
  let mail: typeof import("@/lib/mail");
  try {
    mail = await import("@/lib/mail");
  } catch {
    return "The digests wait in the e-mail outbox (staff → Outbox): the mail module could not be loaded here.";
  }
  const report = await mail.deliverPendingMail({ ids });
  return report.sent + report.failed > 0
    ? `Delivered: ${report.sent} sent, ${report.failed} failed (failed ones are retried).`
    : `No SMTP_URL: ${report.logged} digest(s) printed above and kept in the e-mail outbox.`;
}

async function main(): Promise<void> {
  const db = getDb(); // takes the data-directory lock, or stops here with a clear message
  await runMigrations();
  const run = await enqueueReminders(db);
  console.log(
    `Found ${run.overdueLetters} overdue letter(s) and ${run.decisionPoints} decision point(s) ` +
      `in the next ${REMINDER_DECISION_DAYS} days; ${run.recipients} staff recipient(s).`,
  );
  for (const d of run.digests) {
    console.log(
      `  queued a digest for ${d.to}: ${d.overdue} overdue, ${d.decisionPoints} decision point(s) (outbox ${d.outboxId})`,
    );
  }
  if (run.digests.length === 0) console.log("Nothing new to remind anyone of.");
  else console.log(await deliver(run.digests.map((d) => d.outboxId)));
  await closeDb();
}

runCli(main);
