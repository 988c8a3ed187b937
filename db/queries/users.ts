import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { accountColumns, withDisabledFlag } from "@/db/queries/columns";
import { listUserMemberships } from "@/db/queries/organisation-members";
import { users } from "@/db/schema";
import type { OrgRole, SiteRole } from "@/lib/domain/permissions";

/** The signed-in person as every permission check sees them, read fresh per request. */
export type ActorDto = {
  id: string;
  email: string;
  name: string | null;
  role: SiteRole;
  organisations: Array<{ organisationId: string; slug: string; name: string; role: OrgRole }>;
};

/**
 * The actor of a session: null when the account is disabled or the session's version is
 * no longer the account's (signed out, password or role changed since it was issued).
 * Without `sessionVersion` (scripts, tests) any version will do.
 */
export async function getActorById(
  db: Executor,
  { id, sessionVersion }: { id: string; sessionVersion?: number },
): Promise<ActorDto | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.id, id),
        isNull(users.disabledAt),
        sessionVersion === undefined ? undefined : eq(users.sessionVersion, sessionVersion),
      ),
    );
  if (!user) return null;
  const memberships = await listUserMemberships(db, { userId: id });
  return { ...user, organisations: memberships.map(({ since: _, ...membership }) => membership) };
}

/** Only for the sign-in check: the one place a password hash leaves the database. */
export async function getCredentialsByEmail(db: Executor, { email }: { email: string }) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      emailVerified: users.emailVerified,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function createUser(
  db: Executor,
  input: {
    email: string;
    name: string | null;
    passwordHash: string;
    role: SiteRole;
    /** When the address was shown to be the person's; an account without it cannot sign in. */
    emailVerified: Date | null;
  },
): Promise<{ id: string; email: string; role: SiteRole }> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning({ id: users.id, email: users.email, role: users.role });
  return row;
}

export type UserListItem = {
  id: string;
  email: string;
  name: string | null;
  role: SiteRole;
  disabled: boolean;
};

export async function listUsers(db: Executor): Promise<UserListItem[]> {
  const rows = await db.select(accountColumns).from(users).orderBy(asc(users.email));
  return rows.map(withDisabledFlag);
}

export async function setUserRole(db: Executor, { id, role }: { id: string; role: SiteRole }) {
  const [before] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  if (!before) return null;
  // A new role ends the sessions issued under the old one.
  if (before.role !== role)
    await db
      .update(users)
      .set({ role, updatedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
  return { before: before.role, after: role };
}

/** Ends every session of the user issued until now (see users.sessionVersion). */
export async function endUserSessions(db: Executor, { id }: { id: string }): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}

/** Remembers the language the account was last used in (its reminders are written in it). */
export async function setAccountLocale(
  db: Executor,
  { id, locale }: { id: string; locale: string },
): Promise<void> {
  await db
    .update(users)
    .set({ locale })
    .where(and(eq(users.id, id), ne(users.locale, locale)));
}
