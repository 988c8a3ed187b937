/*
 * When a message the mail server did not take is tried again, and when the outbox gives
 * up on it. Plain functions, read from the environment on each use like the other limits.
 */

/** Waits after the 1st, 2nd, … failed attempt; the last one repeats. About a day in all. */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;

export const MAIL_MAX_ATTEMPTS_DEFAULT = 8;

/**
 * How long a sender may hold a message it claimed before another may take it: far longer
 * than a batch of sends can take with nodemailer's timeouts (see transport.ts), so a
 * message is sent twice only if its sender died mid-batch.
 */
export const MAIL_CLAIM_LEASE_MS = 15 * 60 * 1000;

/** Attempts before a message is marked failed for good: MAIL_MAX_ATTEMPTS, default 8. */
export function mailMaxAttempts(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.MAIL_MAX_ATTEMPTS?.trim() || Number.NaN);
  return Number.isInteger(value) && value >= 1 ? value : MAIL_MAX_ATTEMPTS_DEFAULT;
}

/** The wait before the next attempt, after `attempts` attempts have failed. */
export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return RETRY_DELAYS_MINUTES[index] * 60 * 1000;
}
