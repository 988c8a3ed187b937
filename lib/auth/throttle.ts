import type { Executor } from "@/db";
import {
  clearRateLimit,
  hitRecentRateLimits,
  type RecentWindows,
  unhitRateLimits,
} from "@/db/queries/rate-limits";
import { pseudonym } from "@/lib/server/secrets";

/*
 * Sign-in attempts are counted before the password is checked, in one statement, so
 * that guesses fired at once cannot all slip under the limit; only an attempt the count
 * lets through has its password checked. Counted over the last 15 minutes in 5-minute
 * buckets (a lock-out does not end early at a window boundary), in the database so every
 * instance agrees.
 *
 * Only a pair of address and account is refused after a few attempts: a stranger who
 * guesses wrong from their own address cannot lock the owner out of an address that has
 * not failed. Per account, attempts are slowed, and refused only at a ceiling far above
 * what one address may try; per address, across accounts, a ceiling stops spraying.
 * A successful sign-in takes its own attempt back, and forgets its pair's failures.
 */

export const SIGN_IN_POLICY = {
  bucketSeconds: 5 * 60,
  buckets: 3,
  /** Passwords checked per address and account in the span. */
  pair: { attempts: 10 },
  account: { slowAfter: 5, attempts: 100 },
  ip: { attempts: 50 },
  delayStepMs: 500,
  maxDelayMs: 4000,
} as const;

export type SignInVerdict = {
  /** Set when the attempt is refused: its password must not be checked. */
  refusedUntil: Date | null;
  delayMs: number;
  /** When the attempt was counted: a success takes it back from that window. */
  countedAt: Date;
};

/*
 * The counters' keys hold keyed hashes (pseudonym) of the address and the IP address: the
 * rate-limit table says how often, never who or from where.
 */
const normal = (email: string) => pseudonym(email.trim().toLowerCase());
const accountKey = (email: string) => `signin:account:${normal(email)}`;
const ipKey = (ip: string) => `signin:ip:${pseudonym(ip)}`;
/** The counter of one address's attempts at one account (exported for tests). */
export const pairKey = (email: string, ip: string) => `signin:pair:${pseudonym(ip)}:${normal(email)}`;

const spanMs = () => SIGN_IN_POLICY.bucketSeconds * SIGN_IN_POLICY.buckets * 1000;

/**
 * When a key over its limit may try again: once enough of its oldest buckets have left
 * the span that one more attempt is within the limit.
 */
function freeAt({ total, windows }: RecentWindows, attempts: number, now: Date): Date {
  let left = total;
  for (const window of windows) {
    left -= window.count;
    if (left < attempts) return new Date(window.start.getTime() + spanMs());
  }
  return new Date(now.getTime() + spanMs());
}

/**
 * Counts one sign-in attempt and says whether its password may be checked, and after
 * what delay. The pair and the address are counted first; only an attempt they let
 * through counts against the account, so a refused stranger cannot use up its ceiling.
 */
export async function countSignInAttempt(
  db: Executor,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<SignInVerdict> {
  const p = SIGN_IN_POLICY;
  const span = { windowSeconds: p.bucketSeconds, buckets: p.buckets, now };
  const first = await hitRecentRateLimits(db, [pairKey(email, ip), ipKey(ip)], span);
  const pair = first.get(pairKey(email, ip))!;
  const address = first.get(ipKey(ip))!;
  const refused = (until: Date): SignInVerdict => ({ refusedUntil: until, delayMs: 0, countedAt: now });
  if (pair.total > p.pair.attempts) return refused(freeAt(pair, p.pair.attempts, now));
  if (address.total > p.ip.attempts) return refused(freeAt(address, p.ip.attempts, now));
  const account = (await hitRecentRateLimits(db, [accountKey(email)], span)).get(accountKey(email))!;
  if (account.total > p.account.attempts) return refused(freeAt(account, p.account.attempts, now));
  const over = Math.max(account.total - p.account.slowAfter, 0);
  return { refusedUntil: null, delayMs: Math.min(over * p.delayStepMs, p.maxDelayMs), countedAt: now };
}

/** After the right password: the attempt is taken back and the pair's failures forgotten. */
export async function recordSignInSuccess(
  db: Executor,
  { email, ip, countedAt }: { email: string; ip: string; countedAt: Date },
): Promise<void> {
  await clearRateLimit(db, { key: pairKey(email, ip) });
  await unhitRateLimits(db, [accountKey(email), ipKey(ip)], {
    windowSeconds: SIGN_IN_POLICY.bucketSeconds,
    now: countedAt,
  });
}
