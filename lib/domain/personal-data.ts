/*
 * How long signers' personal data is kept, and what erasing it leaves. Pure rules: the
 * retention job (lib/jobs/retention.ts), the sign page, the confirmation e-mail, the
 * staff dashboard and the letter form ask the same questions here.
 *
 * A letter's signers' e-mail addresses, the IP-derived signals on their signatures and
 * every signature that never counted are kept until a set time after the letter is
 * closed (ANSWERABLE_RETENTION_MONTHS, or the letter's own period), then erased; what the
 * public record shows (the names as listed, "name withheld", every count) stays.
 */

/** The site's period when ANSWERABLE_RETENTION_MONTHS is not set. */
export const RETENTION_MONTHS_DEFAULT = 12;
/** The longest period staff or the site may set: ten years. */
export const RETENTION_MONTHS_MAX = 120;
/** How far ahead the staff dashboard shows letters whose signers' data is about to be erased. */
export const RETENTION_NOTICE_DAYS = 30;

/** Where a request to erase an address's data stands; db/schema.ts builds its enum from this list. */
export const ERASURE_REQUEST_STATUSES = ["open", "done", "declined"] as const;
export type ErasureRequestStatus = (typeof ERASURE_REQUEST_STATUSES)[number];

/** The longest reason staff may give for declining an erasure request (it is e-mailed to the person). */
export const DECLINE_REASON_MAX = 2000;

/**
 * The name a name-withheld signature keeps once its signer's data is erased: it was never
 * shown, so nothing public changes, and staff lists no longer hold it.
 */
export const ERASED_NAME = "—";

/** Whether a period in months is one the site or a letter may have. */
export function isRetentionMonths(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= RETENTION_MONTHS_MAX;
}

/**
 * The site's period in months: ANSWERABLE_RETENTION_MONTHS (0 to 120; 0 erases at the
 * first maintenance round after closing), else 12. A typo never means "keep forever".
 */
export function siteRetentionMonths(env: Record<string, string | undefined> = process.env): number {
  const raw = env.ANSWERABLE_RETENTION_MONTHS?.trim();
  if (!raw) return RETENTION_MONTHS_DEFAULT;
  const value = Number(raw);
  return isRetentionMonths(value) ? value : RETENTION_MONTHS_DEFAULT;
}

/** A letter's period: its own when staff set one, else the site's. */
export function retentionMonthsOf(letterMonths: number | null, siteMonths: number): number {
  return letterMonths ?? siteMonths;
}

/**
 * `months` calendar months after `from` (UTC), the day kept where the month has it and
 * otherwise the month's last: 31 March + 1 month is 30 April.
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = from.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** When a closed letter's signers' personal data is erased. */
export function erasureDueAt(closedAt: Date, months: number): Date {
  return addMonths(closedAt, months);
}

/**
 * Why a letter's period may not change so, as an "errors.*" message key, or null. Once
 * people have signed they were told a period: a shorter one keeps that promise, a longer
 * one would break it. Once the data is erased there is nothing left to keep.
 */
export function retentionChangeRefusal({
  current,
  next,
  siteMonths,
  liveSignatures,
  erased,
}: {
  /** The letter's own period now, or null for the site's. */
  current: number | null;
  next: number | null;
  siteMonths: number;
  /** Signatures that were told the current period (pending or confirmed). */
  liveSignatures: number;
  /** Whether its signers' data has been erased already. */
  erased: boolean;
}): string | null {
  if (current === next) return null;
  if (erased) return "errors.letter.retentionErased";
  const before = retentionMonthsOf(current, siteMonths);
  const after = retentionMonthsOf(next, siteMonths);
  if (liveSignatures > 0 && after > before) return "errors.letter.retentionLonger";
  return null;
}

/**
 * Where a letter's signers' personal data stands: kept until a period after the letter
 * closes (not closed yet), to be erased on a date (closed), or erased.
 */
export type RetentionPlan =
  | { state: "until_closed"; months: number }
  | { state: "due"; months: number; at: Date }
  | { state: "erased"; months: number; at: Date };

export function retentionPlan({
  months,
  closedAt,
  erasedAt,
}: {
  /** The letter's period (retentionMonthsOf). */
  months: number;
  closedAt: Date | null;
  erasedAt: Date | null;
}): RetentionPlan {
  if (erasedAt) return { state: "erased", months, at: erasedAt };
  if (closedAt) return { state: "due", months, at: erasureDueAt(closedAt, months) };
  return { state: "until_closed", months };
}

/** A letter's plan from its columns, with the site's period where it has none of its own. */
export function letterRetentionPlan(
  letter: { retentionMonths: number | null; closedAt: Date | null; personalDataErasedAt: Date | null },
  siteMonths: number = siteRetentionMonths(),
): RetentionPlan {
  return retentionPlan({
    months: retentionMonthsOf(letter.retentionMonths, siteMonths),
    closedAt: letter.closedAt,
    erasedAt: letter.personalDataErasedAt,
  });
}

/** Days a sent (or given-up) e-mail stays in the outbox for staff to check delivery. */
export const SENT_MAIL_KEEP_DAYS = 30;
/** Days the audit log keeps the IP address an action came from. */
export const AUDIT_IP_KEEP_DAYS = 90;
