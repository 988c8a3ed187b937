import { and, asc, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { auditLog, users } from "@/db/schema";
import { isCalendarDate } from "@/lib/domain/dates";
import { cleanSearchText } from "@/lib/domain/text";
import { fromAuditWithActor } from "./joins";
import { readPage } from "./pages";

/*
 * The audit log: entries written beside the change they record (by the action wrapper,
 * and by the scripts), and read by admins newest first, filtered by who, what and when.
 * No "server-only" import here, unlike most query modules: the command-line scripts
 * (user:create, reminders) write entries from plain Node.
 */

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Records what an actor did; run it in the transaction that made the change. */
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

// ── Reading ──────────────────────────────────────────────────────────────────

export const AUDIT_PAGE_SIZE = 50;

/** Filters as the page's GET form sends them; every one optional. */
export type AuditFilter = {
  /** Part of the actor's e-mail address, any case. */
  actor?: string;
  /** The start of the action name: "signature." or "signature.import". */
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Calendar days (UTC), both included. */
  from?: string;
  to?: string;
};

export type AuditEntryDto = {
  id: number;
  at: string;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/**
 * Who did what to which record, and when: the columns every list of audit entries reads,
 * from auditLog left-joined to its actor (see fromAuditWithActor).
 */
export const auditEntryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorEmail: users.email,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
};

export type AuditPage = {
  entries: AuditEntryDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

const TEXT_MAX = 200;

/**
 * Reads the filter form's query string. Anything unusable is dropped and named in
 * `invalid`, so the page can say so beside the field instead of failing.
 */
export function auditFilterFrom(params: Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  page: number;
  invalid: Array<"from" | "to">;
} {
  const one = (key: string) => {
    const value = params[key];
    // Control characters (U+0000 would fail the query) are no part of any filter.
    const text = cleanSearchText((Array.isArray(value) ? value[0] : value) ?? "").trim();
    return text ? text.slice(0, TEXT_MAX) : undefined;
  };
  const invalid: Array<"from" | "to"> = [];
  const day = (key: "from" | "to") => {
    const value = one(key);
    if (value === undefined) return undefined;
    if (isCalendarDate(value)) return value;
    invalid.push(key);
    return undefined;
  };
  const pageNumber = Number.parseInt(one("page") ?? "1", 10);
  return {
    filter: {
      actor: one("actor"),
      action: one("action"),
      entityType: one("entityType"),
      entityId: one("entityId"),
      from: day("from"),
      to: day("to"),
    },
    page: Number.isFinite(pageNumber) && pageNumber > 0 ? pageNumber : 1,
    invalid,
  };
}

/** Escapes LIKE's wildcards, so "100%" or "a_b" mean exactly that. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

function nextDay(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  // auditFilterFrom has cleaned them already; a filter built elsewhere is cleaned here.
  const actor = cleanSearchText(filter.actor ?? "");
  const action = cleanSearchText(filter.action ?? "");
  const entityType = cleanSearchText(filter.entityType ?? "");
  const entityId = cleanSearchText(filter.entityId ?? "");
  if (actor) where.push(ilike(users.email, `%${escapeLike(actor)}%`));
  if (action) where.push(ilike(auditLog.action, `${escapeLike(action)}%`));
  if (entityType) where.push(eq(auditLog.entityType, entityType));
  if (entityId) where.push(eq(auditLog.entityId, entityId));
  if (filter.from && isCalendarDate(filter.from))
    where.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to && isCalendarDate(filter.to)) where.push(lt(auditLog.at, nextDay(filter.to)));
  return where.length > 0 ? and(...where) : undefined;
}

/** One page of audit entries matching `filter`, newest first. */
export async function listAuditEntries(
  db: Executor,
  {
    filter = {},
    page = 1,
    pageSize = AUDIT_PAGE_SIZE,
  }: { filter?: AuditFilter; page?: number; pageSize?: number },
): Promise<AuditPage> {
  const where = conditions(filter);
  const [counted] = await fromAuditWithActor(db.select({ total: count() })).where(where);
  const entries = fromAuditWithActor(
    db.select({
      ...auditEntryColumns,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
    }),
  )
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const { rows, ...shown } = await readPage(entries.$dynamic(), {
    total: counted?.total ?? 0,
    page,
    pageSize,
  });
  return { entries: rows.map(({ at, ...row }) => ({ ...row, at: at.toISOString() })), ...shown };
}

/** The entity types and action names on record, for the filter form's choices. */
export async function listAuditFacets(db: Executor): Promise<{ entityTypes: string[]; actions: string[] }> {
  const [types, actions] = await Promise.all([
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
  ]);
  const prefixes = new Set<string>();
  for (const { value } of actions) {
    const dot = value.indexOf(".");
    if (dot > 0) prefixes.add(value.slice(0, dot + 1));
    prefixes.add(value);
  }
  return { entityTypes: types.map((t) => t.value), actions: [...prefixes].sort() };
}
