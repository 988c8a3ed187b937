import { type Db, getDb } from "@/db";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { type DeliveryReport, drainDueMail } from "@/lib/mail/deliver";
import { type NotificationReport, runNotifications } from "./notifications";
import { eraseDuePersonalData, type RetentionReport } from "./retention";

/*
 * Housekeeping that no request does: tell followers and signers what happened (missed
 * deadlines found, news fanned out, daily digests written: lib/jobs/notifications.ts),
 * send outbox messages that are due (those digests, retries after a mail-server failure,
 * and any a crashed request never sent), drop rate-limit counters too old for any limit
 * to read, and erase the personal data that is kept no longer (./retention.ts). Run by
 * each server process on a timer (scripts/start.ts) and by `npm run maintenance` for
 * cron; several at once over one PostgreSQL are safe (messages and letters are claimed;
 * deleting a row twice deletes it once).
 */

export type MaintenanceReport = {
  notifications: NotificationReport | null;
  mail: DeliveryReport;
  prunedRateLimits: number;
  retention: RetentionReport;
};

/**
 * Outbox messages one round sends at most: a notification to a letter's 50,000 signers
 * goes out over the rounds that follow, the oldest due first.
 */
export const MAIL_PER_ROUND = 2_000;

/** One round of housekeeping as of `now`. */
export async function runMaintenance({
  db = getDb(),
  now = new Date(),
}: {
  db?: Db;
  now?: Date;
} = {}): Promise<MaintenanceReport> {
  // A failing notification step is logged and tried again next round; the mail still goes.
  const notifications = await runNotifications({ db, now }).catch((error) => {
    console.error("[maintenance] notifications failed", error);
    return null;
  });
  const mail = await drainDueMail({ db, now, limit: MAIL_PER_ROUND });
  const prunedRateLimits = await pruneRateLimits(db, { now });
  const retention = await eraseDuePersonalData({ db, now });
  return { notifications, mail, prunedRateLimits, retention };
}

export const MAINTENANCE_INTERVAL_DEFAULT_SECONDS = 60;

/** ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS (default 60); null when 0 turns the timer off. */
export function maintenanceIntervalMs(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS?.trim();
  const seconds = raw ? Number(raw) : MAINTENANCE_INTERVAL_DEFAULT_SECONDS;
  if (!Number.isFinite(seconds) || seconds < 0) return MAINTENANCE_INTERVAL_DEFAULT_SECONDS * 1000;
  return seconds === 0 ? null : Math.max(seconds, 1) * 1000;
}

export type MaintenanceTimer = { stop: () => Promise<void> };

/**
 * Runs `runMaintenance` every `intervalMs`, the first time after a short, random delay
 * (so instances started together do not run in step). A round never overlaps the last;
 * a failed round is logged and the next one runs as usual. `stop` waits for a round in
 * progress, so the database can be closed after it.
 */
export function startMaintenanceTimer({
  intervalMs,
  run = () => runMaintenance(),
  log = (message: string) => console.log(`[maintenance] ${message}`),
}: {
  intervalMs: number;
  run?: () => Promise<MaintenanceReport>;
  log?: (message: string) => void;
}): MaintenanceTimer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const round = async () => {
    try {
      const { notifications, mail, prunedRateLimits, retention } = await run();
      const done = [
        notifications?.deadlines && `${notifications.deadlines} missed deadline(s) recorded as news`,
        notifications?.digests && `${notifications.digests} notification digest(s) queued`,
        mail.sent && `${mail.sent} e-mail(s) sent`,
        mail.failed && `${mail.failed} failed, to be retried`,
        mail.gaveUp && `${mail.gaveUp} given up`,
        prunedRateLimits && `${prunedRateLimits} old rate-limit row(s) pruned`,
        retention.letters.length &&
          `signers' personal data erased on ${retention.letters.length} closed letter(s)`,
        retention.prunedMail && `${retention.prunedMail} old sent e-mail(s) pruned`,
      ].filter(Boolean);
      if (done.length > 0) log(done.join(", "));
    } catch (error) {
      console.error("[maintenance] round failed", error);
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = round().then(() => schedule(intervalMs));
    }, delayMs);
    // Housekeeping never keeps a process alive on its own.
    timer.unref();
  };
  schedule(Math.min(intervalMs, 5_000 + Math.floor(Math.random() * 5_000)));

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
