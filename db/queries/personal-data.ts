import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db";
import {
  auditLog,
  campaigns,
  emailOutbox,
  emailTokens,
  erasureRequests,
  follows,
  letters,
  signatures,
  users,
} from "@/db/schema";
import { ERASED_NAME } from "@/lib/domain/personal-data";
import { eraseNotificationData } from "./following";

/*
 * Erasing signers' personal data a set time after their letter closed (the retention
 * job, lib/jobs/retention.ts), and the pieces that erasing at a person's request shares
 * with it (db/queries/data-subject.ts). No "server-only" here: `npm run maintenance`
 * runs it in plain Node.
 *
 * What a letter keeps is its public record: each confirmed signature's name as listed
 * (or "name withheld"), its kind, organisation and country when shown, its text version
 * and dates, so every count and list reads as before. Everything else that ties a person
 * to it goes: e-mail addresses, who signed for an organisation, the bot and
 * shared-connection signals, every signature that never counted, their links, the
 * e-mails about them, and the IP addresses in the audit log's entries about them.
 */

/** When a closed letter's data is due, computed in UTC as lib/domain/personal-data's addMonths does. */
const dueAt = (siteMonths: number): SQL<Date> =>
  sql<Date>`((${letters.closedAt} at time zone 'UTC') + make_interval(months => coalesce(${letters.retentionMonths}, ${siteMonths}::int))) at time zone 'UTC'`;

/** A closed letter whose signers' personal data has not been erased yet. */
const notErased = and(eq(letters.status, "closed"), isNull(letters.personalDataErasedAt));

/** A letter whose signers' data the retention job has to erase, or soon will. */
export type ErasureDueLetter = {
  id: string;
  title: string;
  campaignTitle: string;
  closedAt: Date;
  months: number;
  dueAt: Date;
};

/**
 * Closed letters whose signers' data is due for erasure by `until` and not erased yet,
 * soonest first (for the dashboard, those due within its notice period, overdue ones
 * too: the maintenance timer may be off).
 */
export async function listLettersDueForErasure(
  db: Executor,
  { until, siteMonths, limit = 100 }: { until: Date; siteMonths: number; limit?: number },
): Promise<ErasureDueLetter[]> {
  const rows = await db
    .select({
      id: letters.id,
      title: letters.title,
      campaignTitle: campaigns.title,
      closedAt: letters.closedAt,
      months: sql<number>`coalesce(${letters.retentionMonths}, ${siteMonths}::int)`,
      dueAt: dueAt(siteMonths),
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(notErased, sql`${dueAt(siteMonths)} <= ${until.toISOString()}::timestamptz`))
    .orderBy(asc(dueAt(siteMonths)), asc(letters.title))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    closedAt: r.closedAt!,
    months: Number(r.months),
    dueAt: new Date(r.dueAt),
  }));
}

/**
 * Takes one letter due for erasure at `now` for this transaction, locked, or null when
 * none is left. Letters another process holds are skipped, not waited for: several
 * instances and cron may run the job at once, each erasing different letters.
 */
export async function claimLetterDueForErasure(
  tx: Tx,
  { now, siteMonths }: { now: Date; siteMonths: number },
): Promise<ErasureDueLetter | null> {
  const [row] = await tx
    .select({
      id: letters.id,
      title: letters.title,
      closedAt: letters.closedAt,
      months: sql<number>`coalesce(${letters.retentionMonths}, ${siteMonths}::int)`,
      dueAt: dueAt(siteMonths),
    })
    .from(letters)
    .where(and(notErased, sql`${dueAt(siteMonths)} <= ${now.toISOString()}::timestamptz`))
    .orderBy(asc(letters.closedAt))
    .limit(1)
    .for("update", { skipLocked: true });
  if (!row) return null;
  return {
    ...row,
    campaignTitle: "",
    closedAt: row.closedAt!,
    months: Number(row.months),
    dueAt: new Date(row.dueAt),
  };
}

/** Marks a letter's signers' data as erased: the job will not take it again. */
export async function markLetterErased(tx: Tx, { letterId, now }: { letterId: string; now: Date }) {
  await tx.update(letters).set({ personalDataErasedAt: now }).where(eq(letters.id, letterId));
}

// ── The steps ────────────────────────────────────────────────────────────────

/** What one letter's erasure works on, read before any step runs. */
export type RetentionScope = {
  letterId: string;
  /** Every signature the letter had when the erasure began. */
  signatureIds: string[];
  /** Every address its signatures held, as typed and normalised, in lower case. */
  addresses: string[];
  now: Date;
};

/**
 * One kind of personal data a letter's erasure removes; `erase` returns how many rows
 * it changed or removed, and changes nothing when run again. New tables that hold
 * signers' data (followers, notifications) add a step here.
 */
export type RetentionStep = { name: string; erase: (tx: Tx, scope: RetentionScope) => Promise<number> };

/** The letter's signatures and the addresses they hold. */
export async function readRetentionScope(
  tx: Tx,
  { letterId, now }: { letterId: string; now: Date },
): Promise<RetentionScope> {
  const rows = await tx
    .select({ id: signatures.id, email: signatures.email, emailNormalised: signatures.emailNormalised })
    .from(signatures)
    .where(eq(signatures.letterId, letterId));
  const addresses = new Set<string>();
  for (const row of rows) {
    if (row.email) addresses.add(row.email.trim().toLowerCase());
    if (row.emailNormalised) addresses.add(row.emailNormalised);
  }
  return { letterId, signatureIds: rows.map((r) => r.id), addresses: [...addresses], now };
}

/** Rows a DELETE or UPDATE changed, read the same way on PGlite and node-postgres. */
async function changed(db: Executor, statement: SQL): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`with done as (${statement} returning 1)
    select count(*)::int as n from done`);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Every signature that never counted (never confirmed, waiting for approval, withdrawn,
 * rejected): none is on the public record. Their links and e-mails go with them (the
 * foreign keys cascade).
 */
async function deleteUncountedSignatures(tx: Tx, { letterId }: RetentionScope): Promise<number> {
  return changed(
    tx,
    sql`delete from ${signatures} where ${signatures.letterId} = ${letterId} and ${signatures.status} <> 'confirmed'`,
  );
}

/**
 * The counted signatures keep what the public sees and lose the rest: addresses, who
 * signed for an organisation, the signals, and, where the name was withheld, the name,
 * title and country nobody was shown. Each is marked erased, so it is done once.
 */
async function anonymiseCountedSignatures(tx: Tx, { letterId, now }: RetentionScope): Promise<number> {
  const withheld = sql`${signatures.kind} = 'individual' and ${signatures.visibility} = 'name_withheld'`;
  return changed(
    tx,
    sql`update ${signatures} set
      email = null, email_normalised = null, signed_by_user_id = null, flags = '[]'::jsonb,
      rejection_reason = null,
      display_name = case when ${withheld} then ${ERASED_NAME} else ${signatures.displayName} end,
      title_affiliation = case when ${withheld} then null else ${signatures.titleAffiliation} end,
      country = case when ${withheld} then null else ${signatures.country} end,
      erased_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    where ${signatures.letterId} = ${letterId} and ${signatures.status} = 'confirmed' and ${signatures.erasedAt} is null`,
  );
}

/** The ids of a letter's signatures, as a subquery: a letter may have more than a statement's parameters. */
const letterSignatureIds = (letterId: string) =>
  sql`(select ${signatures.id} from ${signatures} where ${signatures.letterId} = ${letterId})`;

/** A list of values as one JSON parameter, as a subquery of text: any length, one parameter. */
export const textList = (values: readonly string[]) =>
  sql`(select value from json_array_elements_text(${JSON.stringify(values)}::json))`;

/** The confirmation links of the signatures that stay. */
async function deleteSignatureTokens(tx: Tx, { letterId }: RetentionScope): Promise<number> {
  return changed(
    tx,
    sql`delete from ${emailTokens} where ${emailTokens.signatureId} in ${letterSignatureIds(letterId)}`,
  );
}

/** The e-mails about the signatures that stay (their confirmations). */
async function deleteSignatureMail(tx: Tx, { letterId }: RetentionScope): Promise<number> {
  return changed(
    tx,
    sql`delete from ${emailOutbox} where ${emailOutbox.signatureId} in ${letterSignatureIds(letterId)}`,
  );
}

/**
 * Whether the site still needs an address: a signature, an account or an open erasure
 * request holds it. (lowered: an SQL expression for the address, in lower case.)
 */
export function addressStillHeld(lowered: SQL): SQL {
  return sql`(exists (select 1 from ${signatures} where ${signatures.emailNormalised} = ${lowered}
      or lower(${signatures.email}) = ${lowered})
    or exists (select 1 from ${users} where ${users.email} = ${lowered})
    or exists (select 1 from ${erasureRequests} where ${erasureRequests.email} = ${lowered})
    or exists (select 1 from ${follows} where ${follows.emailNormalised} = ${lowered}
      and ${follows.stoppedAt} is null))`;
}

/**
 * Every other e-mail to these addresses (links to "your data", any sent before
 * e-mails named their signature), once nothing the site keeps needs the address. An
 * address that signed another letter still open keeps its mail until that letter's
 * own erasure.
 */
export async function deleteMailToAddresses(
  tx: Tx,
  { addresses, unlessHeld }: { addresses: readonly string[]; unlessHeld: boolean },
): Promise<number> {
  if (addresses.length === 0) return 0;
  const lowered = sql`lower(${emailOutbox.toAddress})`;
  return changed(
    tx,
    sql`delete from ${emailOutbox}
      where ${lowered} in ${textList(addresses)}
      ${unlessHeld ? sql`and not ${addressStillHeld(lowered)}` : sql``}`,
  );
}

async function deleteMailToUnheldAddresses(tx: Tx, { addresses }: RetentionScope): Promise<number> {
  return deleteMailToAddresses(tx, { addresses, unlessHeld: true });
}

/** The IP addresses recorded with audit entries about these signatures (an organisation signing, a moderation). */
export async function forgetAuditAddresses(
  tx: Tx,
  { signatureIds }: { signatureIds: readonly string[] },
): Promise<number> {
  if (signatureIds.length === 0) return 0;
  return changed(
    tx,
    sql`update ${auditLog} set ip = null
      where ${auditLog.entityType} = 'signature' and ${auditLog.entityId} in ${textList(signatureIds)}
        and ${auditLog.ip} is not null`,
  );
}

/**
 * The steps of a letter's erasure, in order: the signatures first, so that the mail step
 * knows which addresses nothing needs any more.
 */
export const RETENTION_STEPS: readonly RetentionStep[] = [
  { name: "signaturesDeleted", erase: deleteUncountedSignatures },
  { name: "signaturesAnonymised", erase: anonymiseCountedSignatures },
  { name: "links", erase: deleteSignatureTokens },
  { name: "emails", erase: deleteSignatureMail },
  { name: "emailsToAddresses", erase: deleteMailToUnheldAddresses },
  { name: "auditAddresses", erase: (tx, scope) => forgetAuditAddresses(tx, scope) },
  // The news the letter's signers were sent or were due, and those e-mails.
  { name: "notifications", erase: (tx, { signatureIds }) => eraseNotificationRows(tx, { signatureIds }) },
];

/** eraseNotificationData's rows changed, as one count. */
export async function eraseNotificationRows(
  tx: Tx,
  scope: { emails?: readonly string[]; signatureIds?: readonly string[] },
): Promise<number> {
  const done = await eraseNotificationData(tx, scope);
  return done.follows + done.deliveries + done.tokens + done.outbox;
}

/** Runs every step on one letter, in the caller's transaction; how many rows each changed. */
export async function eraseLetterPersonalData(
  tx: Tx,
  {
    letterId,
    now,
    steps = RETENTION_STEPS,
  }: { letterId: string; now: Date; steps?: readonly RetentionStep[] },
): Promise<Record<string, number>> {
  const scope = await readRetentionScope(tx, { letterId, now });
  const done: Record<string, number> = {};
  for (const step of steps) done[step.name] = await step.erase(tx, scope);
  return done;
}

// ── Minimal data, site-wide ──────────────────────────────────────────────────

/**
 * Drops e-mails that went out (or were given up on) more than `keepDays` ago: the outbox
 * is how staff see whether mail got through, not an archive of who was written to.
 */
export async function pruneSentMail(
  db: Executor,
  { now, keepDays }: { now: Date; keepDays: number },
): Promise<number> {
  return changed(
    db,
    sql`delete from ${emailOutbox}
      where ${emailOutbox.status} <> 'pending' and ${emailOutbox.createdAt} < ${daysBefore(now, keepDays)}::timestamptz`,
  );
}

/**
 * Forgets the IP address of audit entries older than `keepDays`: who did what stays on
 * record; where they were connecting from is needed only while an incident is fresh.
 */
export async function pruneAuditAddresses(
  db: Executor,
  { now, keepDays }: { now: Date; keepDays: number },
): Promise<number> {
  return changed(
    db,
    sql`update ${auditLog} set ip = null
      where ${auditLog.ip} is not null and ${auditLog.at} < ${daysBefore(now, keepDays)}::timestamptz`,
  );
}

/** The instant `days` days before `now`, as a timestamp parameter. */
const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
