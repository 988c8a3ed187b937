import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { organisationMembers, organisations, users } from "@/db/schema";
import type { OrgRole, SiteRole } from "@/lib/domain/permissions";
import { accountColumns, withDisabledFlag } from "./columns";

/*
 * Who may act for which organisation (owner, signer, viewer), as administrators see and
 * change it. One membership per person per organisation: the table's primary key.
 * These read e-mail addresses, so they serve the admin pages and actions only.
 */

/** One membership, seen from the person's side. */
export type UserMembership = {
  organisationId: string;
  slug: string;
  name: string;
  role: OrgRole;
  since: Date;
};

/** One membership, seen from the organisation's side. */
export type OrganisationPerson = {
  userId: string;
  email: string;
  name: string | null;
  siteRole: SiteRole;
  disabled: boolean;
  role: OrgRole;
  since: Date;
};

export type UserDetail = {
  id: string;
  email: string;
  name: string | null;
  role: SiteRole;
  disabled: boolean;
  createdAt: Date;
  memberships: UserMembership[];
};

const ROLE_ORDER = sql`case ${organisationMembers.role} when 'owner' then 0 when 'signer' then 1 else 2 end`;

const membershipColumns = {
  organisationId: organisationMembers.organisationId,
  slug: organisations.slug,
  name: organisations.name,
  role: organisationMembers.role,
  since: organisationMembers.createdAt,
};

/** One person's memberships, by organisation name. */
export function listUserMemberships(db: Executor, { userId }: { userId: string }): Promise<UserMembership[]> {
  return db
    .select(membershipColumns)
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}

/** Every user's memberships, by organisation name, keyed by user id (for the users list). */
export async function listMembershipsByUser(db: Executor): Promise<Map<string, UserMembership[]>> {
  const rows = await db
    .select({ userId: organisationMembers.userId, ...membershipColumns })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .orderBy(asc(organisations.name));
  const byUser = new Map<string, UserMembership[]>();
  for (const { userId, ...membership } of rows) {
    byUser.set(userId, [...(byUser.get(userId) ?? []), membership]);
  }
  return byUser;
}

export async function getUserDetail(db: Executor, { id }: { id: string }): Promise<UserDetail | null> {
  const [user] = await db
    .select({ ...accountColumns, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id));
  if (!user) return null;
  const memberships = await listUserMemberships(db, { userId: id });
  return { ...withDisabledFlag(user), memberships };
}

/** The people who act for an organisation: owners first, then signers, then viewers. */
export async function listOrganisationPeople(
  db: Executor,
  { organisationId }: { organisationId: string },
): Promise<OrganisationPerson[]> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      siteRole: users.role,
      disabledAt: users.disabledAt,
      role: organisationMembers.role,
      since: organisationMembers.createdAt,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(ROLE_ORDER, asc(users.email));
  return rows.map(withDisabledFlag);
}

/**
 * An organisation's memberships, locked until the transaction ends, so that two admins
 * changing its owners at once cannot both remove "the other" owner.
 */
export async function lockOrganisationMembers(
  db: Executor,
  { organisationId }: { organisationId: string },
): Promise<Array<{ userId: string; role: OrgRole }>> {
  return db
    .select({ userId: organisationMembers.userId, role: organisationMembers.role })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId))
    .for("update");
}

/** The organisation's name and slug, its row locked (a membership write waits on it). */
export async function lockOrganisation(
  db: Executor,
  { id }: { id: string },
): Promise<{ id: string; slug: string; name: string } | null> {
  const [row] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id))
    .for("update");
  return row ?? null;
}

export async function findUserForMembership(
  db: Executor,
  by: { id: string } | { email: string },
): Promise<{ id: string; email: string } | null> {
  const where = "id" in by ? eq(users.id, by.id) : eq(users.email, by.email.trim().toLowerCase());
  const [row] = await db.select({ id: users.id, email: users.email }).from(users).where(where);
  return row ?? null;
}

/** Which membership: one person's in one organisation (the table's primary key). */
type MembershipKey = { organisationId: string; userId: string };

function membershipIs({ organisationId, userId }: MembershipKey) {
  return and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId));
}

export async function insertOrganisationMember(
  db: Executor,
  values: MembershipKey & { role: OrgRole },
): Promise<void> {
  await db.insert(organisationMembers).values(values);
}

export async function setOrganisationMemberRole(
  db: Executor,
  { role, ...membership }: MembershipKey & { role: OrgRole },
): Promise<void> {
  await db.update(organisationMembers).set({ role }).where(membershipIs(membership));
}

export async function deleteOrganisationMember(db: Executor, membership: MembershipKey): Promise<void> {
  await db.delete(organisationMembers).where(membershipIs(membership));
}
