import type { z } from "zod";
import type { Executor } from "@/db";
import type { AuditEntry } from "@/db/queries/audit-log";
import {
  deleteOrganisationMember,
  findUserForMembership,
  insertOrganisationMember,
  lockOrganisation,
  lockOrganisationMembers,
  setOrganisationMemberRole,
} from "@/db/queries/organisation-members";
import { endUserSessions } from "@/db/queries/users";
import { ActionError, found } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { leavesMembersWithoutOwner } from "@/lib/domain/organisation-members";
import type { OrgRole } from "@/lib/domain/permissions";
import {
  memberAddSchema,
  memberRemoveSchema,
  memberSetRoleSchema,
} from "@/lib/validations/organisation-members";

/*
 * Administrators decide who may act for an organisation: add a person with a role,
 * change the role, remove them. ./server.ts turns each into a server action; the users
 * pages and the staff organisation page post to them. No public page shows these
 * people, so there is no cache to expire: the actions re-render the page the form is
 * on (defineAction's refresh).
 */

/** What the forms need to say what happened; role null: removed. */
export type MemberChange = {
  organisationId: string;
  organisationName: string;
  userId: string;
  email: string;
  role: OrgRole | null;
};

type MemberDefinition<S extends z.ZodType> = ActionDefinition<S, MemberChange>;

/** The audit trail's view of a membership: names as well as ids, as they were then. */
function snapshot(org: Org, user: User, role: OrgRole) {
  return { organisationId: org.id, organisation: org.name, userId: user.id, email: user.email, role };
}

type Org = { id: string; name: string };
type User = { id: string; email: string };

/** The change as the forms read it, and its audit entry with the membership before and after. */
function recorded(
  audit: (entry: AuditEntry) => void,
  action: string,
  { org, user, before, after }: { org: Org; user: User; before?: OrgRole; after: OrgRole | null },
): MemberChange {
  audit({
    action,
    entityType: "organisation_member",
    entityId: `${org.id}:${user.id}`,
    ...(before ? { before: snapshot(org, user, before) } : {}),
    ...(after ? { after: snapshot(org, user, after) } : {}),
  });
  return {
    organisationId: org.id,
    organisationName: org.name,
    userId: user.id,
    email: user.email,
    role: after,
  };
}

async function load(tx: Executor, input: { organisationId: string; userId: string }) {
  const org = found(await lockOrganisation(tx, { id: input.organisationId }), "errors.organisation.notFound");
  const user = found(await findUserForMembership(tx, { id: input.userId }), "errors.user.notFound");
  const members = await lockOrganisationMembers(tx, { organisationId: org.id });
  const current = members.find((m) => m.userId === user.id);
  if (!current) throw new ActionError("errors.member.notFound");
  return { org, user, members, current };
}

export const addOrganisationMemberDefinition: MemberDefinition<typeof memberAddSchema> = {
  name: "organisation_member.add",
  access: { permission: "user.manage" },
  schema: memberAddSchema,
  // Two admins adding the same person at once: the primary key refuses the second.
  onConflict: { message: "errors.member.exists" },
  run: async ({ tx, input, audit }) => {
    const org = await lockOrganisation(tx, { id: input.organisationId });
    if (!org) throw new ActionError("errors.organisation.notFound", "organisationId");
    const user = input.userId
      ? await findUserForMembership(tx, { id: input.userId })
      : await findUserForMembership(tx, { email: input.email! });
    if (!user)
      throw input.userId
        ? new ActionError("errors.user.notFound")
        : new ActionError("errors.member.unknownEmail", "email");
    const members = await lockOrganisationMembers(tx, { organisationId: org.id });
    if (members.some((m) => m.userId === user.id))
      throw new ActionError("errors.member.exists", input.userId ? "organisationId" : "email");
    await insertOrganisationMember(tx, { organisationId: org.id, userId: user.id, role: input.role });
    return recorded(audit, "organisation_member.add", { org, user, after: input.role });
  },
};

/**
 * Changing what a current member may do: a new role, or none (null: removed). Refused
 * when the organisation would be left without an owner.
 */
function memberRoleDefinition<S extends typeof memberSetRoleSchema | typeof memberRemoveSchema>(
  name: string,
  schema: S,
  roleOf: (input: z.output<S>) => OrgRole | null,
): MemberDefinition<S> {
  return {
    name,
    access: { permission: "user.manage" },
    schema,
    run: async ({ tx, input, audit }) => {
      const { org, user, members, current } = await load(tx, input);
      const role = roleOf(input);
      if (leavesMembersWithoutOwner(members, { userId: user.id, role }))
        throw new ActionError("errors.member.lastOwner", role ? "role" : undefined, {
          organisation: org.name,
        });
      const membership = { organisationId: org.id, userId: user.id };
      if (role) await setOrganisationMemberRole(tx, { ...membership, role });
      else await deleteOrganisationMember(tx, membership);
      // Sessions issued while they held the old role end with it.
      await endUserSessions(tx, { id: user.id });
      return recorded(audit, name, { org, user, before: current.role, after: role });
    },
  };
}

export const setOrganisationMemberRoleDefinition = memberRoleDefinition(
  "organisation_member.set_role",
  memberSetRoleSchema,
  (input) => input.role,
);

export const removeOrganisationMemberDefinition = memberRoleDefinition(
  "organisation_member.remove",
  memberRemoveSchema,
  () => null,
);
