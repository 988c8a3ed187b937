import { type Db, getDb } from "@/db";
import { writeAudit } from "@/db/queries/audit-log";
import {
  claimLetterDueForErasure,
  eraseLetterPersonalData,
  markLetterErased,
  pruneAuditAddresses,
  pruneSentMail,
} from "@/db/queries/personal-data";
import { AUDIT_IP_KEEP_DAYS, SENT_MAIL_KEEP_DAYS, siteRetentionMonths } from "@/lib/domain/personal-data";

/*
 * The retention job, a part of every maintenance round (lib/jobs/maintenance.ts): each
 * closed letter whose retention period has run out has its signers' personal data
 * erased (db/queries/personal-data.ts, RETENTION_STEPS), one letter per transaction,
 * recorded in the audit log with how many rows each step changed, never whose. A letter
 * is taken locked and skipped by anyone else meanwhile, and marked done in the same
 * transaction, so several instances and cron may run it at once: each letter is erased
 * once, and a second run finds nothing to do. Sent e-mails and the audit log's IP
 * addresses are pruned after a while too.
 */

export const RETENTION_AUDIT_ACTION = "letter.erase_personal_data";

/** One letter done: what each step removed. */
export type ErasedLetter = { letterId: string; title: string; removed: Record<string, number> };

export type RetentionReport = {
  letters: ErasedLetter[];
  prunedMail: number;
  prunedAuditAddresses: number;
};

/** Erases what is due at `now`, at most `maxLetters` letters (the rest wait for the next round). */
export async function eraseDuePersonalData({
  db = getDb(),
  now = new Date(),
  siteMonths = siteRetentionMonths(),
  maxLetters = 20,
}: {
  db?: Db;
  now?: Date;
  siteMonths?: number;
  maxLetters?: number;
} = {}): Promise<RetentionReport> {
  const letters: ErasedLetter[] = [];
  while (letters.length < maxLetters) {
    const done = await db.transaction(async (tx) => {
      const letter = await claimLetterDueForErasure(tx, { now, siteMonths });
      if (!letter) return null;
      const removed = await eraseLetterPersonalData(tx, { letterId: letter.id, now });
      await markLetterErased(tx, { letterId: letter.id, now });
      await writeAudit(tx, {
        actorUserId: null,
        ip: null,
        entries: [
          {
            action: RETENTION_AUDIT_ACTION,
            entityType: "letter",
            entityId: letter.id,
            after: {
              closedAt: letter.closedAt.toISOString(),
              retentionMonths: letter.months,
              dueAt: letter.dueAt.toISOString(),
              ...removed,
            },
          },
        ],
      });
      return { letterId: letter.id, title: letter.title, removed };
    });
    if (!done) break;
    letters.push(done);
  }
  const [prunedMail, prunedAuditAddresses] = [
    await pruneSentMail(db, { now, keepDays: SENT_MAIL_KEEP_DAYS }),
    await pruneAuditAddresses(db, { now, keepDays: AUDIT_IP_KEEP_DAYS }),
  ];
  return { letters, prunedMail, prunedAuditAddresses };
}
