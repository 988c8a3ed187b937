import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { auditLog, users } from "@/db/schema";

/*
 * What the staff reminders (lib/jobs/reminders.ts) read besides the dashboard's overdue
 * letters and decision points: who gets a digest, and what each has been told already.
 * No "server-only" import here: `npm run reminders` runs in plain Node.
 */

/** The audit action that records one reminded item for one person. */
export const REMINDER_AUDIT_ACTION = "reminder.enqueue";

// Any fixed number: two runs against one PostgreSQL queue on it.
const REMINDER_LOCK = 7_365_003;

/** Makes concurrent reminder runs take turns until the transaction ends. */
export async function lockReminderRun(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${REMINDER_LOCK})`);
}

export type ReminderRecipient = { id: string; email: string; name: string | null; locale: string };

/** Admins and staff whose accounts are not disabled, by e-mail address. */
export async function listReminderRecipients(db: Executor): Promise<ReminderRecipient[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.role, ["admin", "staff"]), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}

/** Who has been reminded of which item, among the items about these letters and asks. */
export async function listRemindedItems(
  db: Executor,
  { entityIds }: { entityIds: readonly string[] },
): Promise<Array<{ userId: string; item: string }>> {
  if (entityIds.length === 0) return [];
  return db
    .select({
      userId: sql<string>`${auditLog.after}->>'userId'`,
      item: sql<string>`${auditLog.after}->>'item'`,
    })
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.entityType, ["letter", "ask"]),
        inArray(auditLog.entityId, [...entityIds]),
        eq(auditLog.action, REMINDER_AUDIT_ACTION),
      ),
    );
}
