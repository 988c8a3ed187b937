import type { Executor } from "@/db";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/db/queries/rate-limits";

/*
 * Failed sign-ins are slowed, then refused for the rest of a 15-minute window, per
 * account and per IP address. Counters live in the database so every instance agrees.
 */

export const SIGN_IN_POLICY = {
  windowSeconds: 15 * 60,
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
  const [account, address] = await Promise.all([
    peekRateLimit(db, { key: accountKey(email), windowSeconds: p.windowSeconds, now }),
    peekRateLimit(db, { key: ipKey(ip), windowSeconds: p.windowSeconds, now }),
  ]);
  if (account.count >= p.account.refuseAt) return { refusedUntil: account.resetsAt, delayMs: 0 };
  if (address.count >= p.ip.refuseAt) return { refusedUntil: address.resetsAt, delayMs: 0 };
  const over = Math.max(account.count - p.account.slowAfter + 1, address.count - p.ip.slowAfter + 1, 0);
  return { refusedUntil: null, delayMs: Math.min(over * p.delayStepMs, p.maxDelayMs) };
}

export async function recordSignInFailure(db: Executor, { email, ip }: { email: string; ip: string }) {
  const windowSeconds = SIGN_IN_POLICY.windowSeconds;
  await hitRateLimit(db, { key: accountKey(email), windowSeconds });
  await hitRateLimit(db, { key: ipKey(ip), windowSeconds });
}

export async function clearSignInFailures(db: Executor, { email }: { email: string }) {
  await clearRateLimit(db, { key: accountKey(email) });
}
