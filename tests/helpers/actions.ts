import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import type { ActorDto } from "@/db/queries/users";
import { auditLog } from "@/db/schema";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";

/** Where the tests' actions come from. */
const IP = "127.0.0.1";

/** What executeAction takes besides the input: who acts, from where, on which database. */
export function callerOf(t: { db: Db }, actor: ActorDto | null) {
  return { actor, ip: IP, db: t.db };
}

/**
 * Runs action definitions on the test database as `defaultActor()` (read when the action
 * runs, so it may be made in beforeAll), or as the actor given.
 */
export function actionRunner(t: { db: Db }, defaultActor: () => ActorDto | null) {
  // biome-ignore lint/suspicious/noExplicitAny: each definition has its own input type.
  return <T>(def: ActionDefinition<any, T>, raw: unknown, actor: ActorDto | null = defaultActor()) =>
    executeAction(def, raw, callerOf(t, actor));
}

/** A successful action's data; a refusal fails the test, saying what was refused. */
export async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r.data;
}

/** The fields as a browser posts a form. */
export function formData(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The audit log's entries for an action (on one entity, if given), oldest first. */
export function auditEntries(db: Db, action: string, entityId?: string) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.action, action), entityId === undefined ? undefined : eq(auditLog.entityId, entityId)),
    )
    .orderBy(asc(auditLog.id));
}
