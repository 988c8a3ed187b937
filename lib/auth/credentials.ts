import type { Executor } from "@/db";
import { getCredentialsByEmail, setAccountLocale } from "@/db/queries/users";
import type { SiteRole } from "@/lib/domain/permissions";
import { burnPasswordCheck, verifyPassword } from "./password";
import { countSignInAttempt, recordSignInSuccess } from "./throttle";

/*
 * The sign-in check behind Auth.js's authorize (./index.ts), apart from Auth.js so tests
 * can drive it: the attempt is counted first, and the password checked only when the
 * count allows.
 */

export type SignedInUser = { id: string; email: string; role: SiteRole; sessionVersion: number };

export type CredentialsCheck = { ok: true; user: SignedInUser } | { ok: false; refusedUntil: Date | null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function checkCredentials(
  db: Executor,
  { email, password, ip, locale }: { email: string; password: string; ip: string; locale?: string },
): Promise<CredentialsCheck> {
  const verdict = await countSignInAttempt(db, { email, ip });
  if (verdict.refusedUntil) return { ok: false, refusedUntil: verdict.refusedUntil };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  const user = await getCredentialsByEmail(db, { email });
  // An account whose address was never confirmed cannot be signed in to: otherwise
  // signing up with someone's address and then signing in would tell whether they had
  // an account. It answers as a wrong password does, after as long.
  const usable = user?.passwordHash && !user.disabledAt && user.emailVerified;
  let ok = false;
  if (usable && user.passwordHash) ok = await verifyPassword(password, user.passwordHash);
  else await burnPasswordCheck(password);
  if (!ok || !user) return { ok: false, refusedUntil: null };
  await recordSignInSuccess(db, { email, ip, countedAt: verdict.countedAt });
  if (locale) await setAccountLocale(db, { id: user.id, locale });
  return {
    ok: true,
    user: {
      id: user.id,
      email: email.trim().toLowerCase(),
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
