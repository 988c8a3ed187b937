import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { Db } from "@/db";
import { writeAudit } from "@/db/queries/audit-log";
import {
  type DecisionPoint,
  loadOverdueLetters,
  loadUpcomingDecisionPoints,
  type OverdueLetter,
} from "@/db/queries/dashboard";
import {
  listRemindedItems,
  listReminderRecipients,
  lockReminderRun,
  REMINDER_AUDIT_ACTION,
} from "@/db/queries/reminders";
import { type Locale, toLocale } from "@/lib/domain/locales";
import { messagesFor } from "@/lib/i18n/catalogs";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { enqueueMail } from "@/lib/mail";
import { siteUrl } from "@/lib/server/env";

/*
 * The staff reminders (`npm run reminders`, for cron): each admin and staff member gets
 * one digest of the letters that have become overdue and the ask decision points due
 * within a week (a letter to several targets once per target that missed its deadline),
 * leaving out anything that person has already been reminded of. Each
 * reminded item is recorded in the audit log ("reminder.enqueue", with the recipient),
 * and each digest's dedupe key is made from its items, so two runs at once cannot both
 * send it: the unique key refuses the second. No "server-only" import: it runs in plain Node.
 */

/** Decision points this many days ahead are reminded of. */
export const REMINDER_DECISION_DAYS = 7;
export const REMINDER_EMAIL_KIND = "staff_reminder";

type Item = {
  /** Stable per fact: a letter overdue past one deadline, an ask's decision on one date. */
  key: string;
  entityType: "letter" | "ask";
  entityId: string;
};

export type ReminderDigest = {
  to: string;
  outboxId: string;
  overdue: number;
  decisionPoints: number;
};

export type ReminderRun = {
  overdueLetters: number;
  decisionPoints: number;
  recipients: number;
  digests: ReminderDigest[];
};

/**
 * A letter to one target keeps the key it always had, so nobody is reminded twice of it;
 * a letter to several is reminded of once per target that misses its deadline.
 */
const overdueKey = (l: OverdueLetter): Item => ({
  key: l.targetCount > 1 ? `overdue:${l.id}:${l.targetId}:${l.deadline}` : `overdue:${l.id}:${l.deadline}`,
  entityType: "letter",
  entityId: l.id,
});
const decisionKey = (d: DecisionPoint): Item => ({
  key: `decision:${d.id}:${d.decision.date}:${d.decision.precision}${d.decision.end ? `:${d.decision.end}` : ""}`,
  entityType: "ask",
  entityId: d.id,
});

/** A part of the digest: its heading, each item's lines, then a blank line; nothing without items. */
function digestSection<T>(heading: string, items: readonly T[], itemLines: (item: T) => string[]): string[] {
  return items.length === 0 ? [] : [heading, ...items.flatMap(itemLines), ""];
}

function digestText({
  name,
  overdue,
  decisionPoints,
  locale,
}: {
  name: string | null;
  overdue: OverdueLetter[];
  decisionPoints: DecisionPoint[];
  locale: Locale;
}): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "staffReminders" });
  const base = siteUrl();
  const lines = [
    name ? t("greetingNamed", { name }) : t("greeting"),
    "",
    ...digestSection(t("overdueHeading"), overdue, (l) => [
      t("overdueItem", {
        title: l.title,
        campaign: l.campaignTitle,
        target: l.targetName,
        deadline: formatDay(l.deadline, locale),
        days: l.daysOverdue,
        silent: l.daysWithoutResponse,
        approximate: l.approximate ? "yes" : "no",
      }),
      `  ${base}/staff/letters/${l.id}`,
    ]),
    ...digestSection(t("decisionHeading"), decisionPoints, (d) => [
      t("decisionItem", {
        title: d.title,
        campaign: d.campaignTitle,
        date: formatPreciseDate(d.decision, locale),
        venue: d.venue ?? "",
        hasVenue: d.venue ? "yes" : "no",
      }),
    ]),
    t("footer", { url: `${base}/staff` }),
  ];
  return {
    subject: t("subject", { overdue: overdue.length, decisions: decisionPoints.length }),
    text: `${lines.join("\n")}\n`,
  };
}

/**
 * Enqueues one digest per admin and staff member with what they have not yet been
 * reminded of, as of `now`; returns what it did. Running it again enqueues nothing new.
 */
export async function enqueueReminders(
  db: Db,
  { now = new Date() }: { now?: Date } = {},
): Promise<ReminderRun> {
  // Read before the transaction: PGlite has one connection.
  const [overdue, decisionPoints] = await Promise.all([
    loadOverdueLetters(db, { now }),
    loadUpcomingDecisionPoints(db, { now, days: REMINDER_DECISION_DAYS }),
  ]);
  const items: Array<{ item: Item; overdue?: OverdueLetter; decision?: DecisionPoint }> = [
    ...overdue.map((l) => ({ item: overdueKey(l), overdue: l })),
    ...decisionPoints.map((d) => ({ item: decisionKey(d), decision: d })),
  ];

  return db.transaction(async (tx) => {
    await lockReminderRun(tx);
    const recipients = await listReminderRecipients(tx);
    const run: ReminderRun = {
      overdueLetters: overdue.length,
      decisionPoints: decisionPoints.length,
      recipients: recipients.length,
      digests: [],
    };
    if (items.length === 0 || recipients.length === 0) return run;

    const reminded = await listRemindedItems(tx, { entityIds: items.map((i) => i.item.entityId) });
    const done = new Set(reminded.map((r) => `${r.userId} ${r.item}`));

    for (const user of recipients) {
      const fresh = items.filter((i) => !done.has(`${user.id} ${i.item.key}`));
      if (fresh.length === 0) continue;
      const freshOverdue = fresh.flatMap((i) => (i.overdue ? [i.overdue] : []));
      const freshDecisions = fresh.flatMap((i) => (i.decision ? [i.decision] : []));
      // In the language the person last signed in in.
      const locale = toLocale(user.locale);
      const { subject, text } = digestText({
        name: user.name,
        overdue: freshOverdue,
        decisionPoints: freshDecisions,
        locale,
      });
      const fingerprint = createHash("sha256")
        .update(
          fresh
            .map((i) => i.item.key)
            .sort()
            .join("\n"),
        )
        .digest("hex")
        .slice(0, 32);
      const queued = await enqueueMail(tx, {
        locale,
        to: user.email,
        subject,
        text,
        kind: REMINDER_EMAIL_KIND,
        dedupeKey: `reminder:${user.id}:${fingerprint}`,
      });
      // Already enqueued by an earlier run that recorded nothing: never send it twice.
      if (!queued) continue;
      const outboxId = queued.id;
      await writeAudit(tx, {
        actorUserId: null,
        ip: "cli",
        entries: fresh.map((i) => ({
          action: REMINDER_AUDIT_ACTION,
          entityType: i.item.entityType,
          entityId: i.item.entityId,
          after: { userId: user.id, to: user.email, item: i.item.key, outboxId },
        })),
      });
      run.digests.push({
        to: user.email,
        outboxId,
        overdue: freshOverdue.length,
        decisionPoints: freshDecisions.length,
      });
    }
    return run;
  });
}
