import type { Executor } from "@/db";
import { clearRateLimit, countRecentHits, hitRateLimits } from "@/db/queries/rate-limits";

/*
 * Failed sign-ins are slowed, then refused for a while, per account and per IP
 * address, counted over the last 15 minutes in 5-minute buckets (so a lock-out does not
 * end early at a window boundary). Counters live in the database so every instance
 * agrees.
 */

export const SIGN_IN_POLICY = {
  bucketSeconds: 5 * 60,
  buckets: 3,
  account: { slowAfter: 3, refuseAt: 10 },
  ip: { slowAfter: 10, refuseAt: 50 },
  delayStepMs: 500,
  maxDelayMs: 4000,
} as const;

export type SignInVerdict = { refusedUntil: Date | null; delayMs: number };

const accountKey = (email: string) => `signin:account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

export async function checkSignIn(
  db: Executor,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<SignInVerdict> {
  const p = SIGN_IN_POLICY;
  const span = { windowSeconds: p.bucketSeconds, buckets: p.buckets, now };
  const [account, address] = await Promise.all([
    countRecentHits(db, { key: accountKey(email), ...span }),
    countRecentHits(db, { key: ipKey(ip), ...span }),
  ]);
  // Refused until the newest failing bucket leaves the span.
  const until = (newest: Date | null) =>
    new Date((newest ?? now).getTime() + p.buckets * p.bucketSeconds * 1000);
  if (account.count >= p.account.refuseAt) return { refusedUntil: until(account.newest), delayMs: 0 };
  if (address.count >= p.ip.refuseAt) return { refusedUntil: until(address.newest), delayMs: 0 };
  const over = Math.max(account.count - p.account.slowAfter + 1, address.count - p.ip.slowAfter + 1, 0);
  return { refusedUntil: null, delayMs: Math.min(over * p.delayStepMs, p.maxDelayMs) };
}

export async function recordSignInFailure(db: Executor, { email, ip }: { email: string; ip: string }) {
  const windowSeconds = SIGN_IN_POLICY.bucketSeconds;
  await hitRateLimits(db, [
    { key: accountKey(email), windowSeconds },
    { key: ipKey(ip), windowSeconds },
  ]);
}

export async function clearSignInFailures(db: Executor, { email }: { email: string }) {
  await clearRateLimit(db, { key: accountKey(email) });
}
