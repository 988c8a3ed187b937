import type { OrgRole } from "@/lib/domain/permissions";

/*
 * Who acts for an organisation. Its owners are the people who may manage its members;
 * the one rule here keeps an organisation that has an owner from being left with
 * members but nobody among them to manage them. An organisation that never had an
 * owner (its signers were added by an administrator) is not forced to get one, and the
 * last person may always be removed: an organisation with no members is the normal
 * state of most of them. Administrators manage every organisation regardless.
 */

export type MemberRole = { userId: string; role: OrgRole };

/** The members after `userId` gets `role` (null: is removed). */
export function applyMemberChange(
  members: readonly MemberRole[],
  change: { userId: string; role: OrgRole | null },
): MemberRole[] {
  const others = members.filter((m) => m.userId !== change.userId);
  return change.role ? [...others, { userId: change.userId, role: change.role }] : others;
}

/** Whether the change takes away the last owner while other members remain. */
export function leavesMembersWithoutOwner(
  members: readonly MemberRole[],
  change: { userId: string; role: OrgRole | null },
): boolean {
  const hadOwner = members.some((m) => m.role === "owner");
  const after = applyMemberChange(members, change);
  return hadOwner && after.length > 0 && !after.some((m) => m.role === "owner");
}
