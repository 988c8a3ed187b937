import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { emailTokens, users } from "@/db/schema";
import type { SiteRole } from "@/lib/domain/permissions";
import type { AccountTokenRefusal } from "@/lib/domain/tokens";

/*
 * An account's own writes: its address confirmed, its password set, and the single-use
 * tokens that let the owner of a mailbox do either. Only a token's hash is stored.
 */

type AccountTokenPurpose = "verify_email" | "reset_password";

/** A new member account, or null when the address has one already (nothing changes then). */
export async function insertUserIfNew(
  db: Executor,
  input: { email: string; name: string; passwordHash: string; role: SiteRole; locale?: string },
): Promise<{ id: string } | null> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ?? null;
}

/** The account at an address, for mail about it; disabled accounts are left out. */
export async function findAccountByEmail(
  db: Executor,
  { email }: { email: string },
): Promise<{ id: string; email: string } | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.disabledAt)));
  return row ?? null;
}

export async function insertAccountToken(
  db: Executor,
  {
    userId,
    purpose,
    tokenHash,
    expiresAt,
  }: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values({ userId, purpose, tokenHash, expiresAt });
}

export type AccountTokenState = "ready" | AccountTokenRefusal;

/** What a token's link would do now, without using it (opening a link changes nothing). */
export async function peekAccountToken(
  db: Executor,
  { tokenHash, purpose, now = new Date() }: { tokenHash: string; purpose: AccountTokenPurpose; now?: Date },
): Promise<AccountTokenState> {
  const [row] = await db
    .select({ usedAt: emailTokens.usedAt, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)));
  if (!row) return "tokenInvalid";
  if (row.usedAt) return "tokenUsed";
  return row.expiresAt.getTime() <= now.getTime() ? "tokenExpired" : "ready";
}

/**
 * Uses a token once: its account's id, or why it cannot be used. Two uses at once: the
 * row lock lets only the first through.
 */
export async function claimAccountToken(
  db: Executor,
  { tokenHash, purpose, now = new Date() }: { tokenHash: string; purpose: AccountTokenPurpose; now?: Date },
): Promise<{ userId: string } | { refused: AccountTokenRefusal }> {
  const [claimed] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId });
  if (claimed?.userId) {
    // One link at a time: the account's other unused links of this kind stop working.
    await db
      .update(emailTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailTokens.userId, claimed.userId),
          eq(emailTokens.purpose, purpose),
          isNull(emailTokens.usedAt),
        ),
      );
    return { userId: claimed.userId };
  }
  const state = await peekAccountToken(db, { tokenHash, purpose, now });
  return { refused: state === "ready" ? "tokenInvalid" : state };
}

/** The address shown to be the person's (a link in a mail to it was followed). */
export async function confirmAccountEmail(
  db: Executor,
  { id, now = new Date() }: { id: string; now?: Date },
) {
  await db
    .update(users)
    .set({ emailVerified: sql`coalesce(${users.emailVerified}, ${now.toISOString()}::timestamptz)` })
    .where(eq(users.id, id));
}

/** For the password change: the stored hash, to check the current password against. */
export async function getPasswordHash(db: Executor, { id }: { id: string }): Promise<string | null> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash ?? null;
}

/**
 * A new password, which ends every session issued until now (users.sessionVersion).
 * Returns the account's address, to sign in again with.
 */
export async function setAccountPassword(
  db: Executor,
  { id, passwordHash }: { id: string; passwordHash: string },
): Promise<{ email: string } | null> {
  const [row] = await db
    .update(users)
    .set({ passwordHash, updatedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .returning({ email: users.email });
  return row ?? null;
}

/** Signing out: ends every session of the account issued under `sessionVersion`. */
export async function endSessionsOfVersion(
  db: Executor,
  { id, sessionVersion }: { id: string; sessionVersion: number },
): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, id), eq(users.sessionVersion, sessionVersion)));
}
