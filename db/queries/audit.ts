import type { Executor } from "@/db";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function writeAudit(
  db: Executor,
  { actorUserId, ip, entries }: { actorUserId: string | null; ip: string | null; entries: AuditEntry[] },
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((e) => ({
      actorUserId,
      ip,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}
