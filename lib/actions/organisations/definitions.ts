import type { Executor } from "@/db";
import {
  countCurrentMembers,
  endMembership,
  getLatestLeftOn,
  getMembershipRow,
  getOrganisationRow,
  insertMembership,
  insertOrganisation,
  loadOrganisationRefs,
  updateOrganisation,
} from "@/db/queries/staff-organisations";
import { ActionError, found } from "@/lib/actions/result";
import { refuseFuture, staffWritesNeeding, unique } from "@/lib/actions/staff-write";
import { cacheTags, letterChangeTags } from "@/lib/domain/cache-tags";
import {
  coalitionAddMemberSchema,
  coalitionEndMembershipSchema,
  organisationCreateSchema,
  organisationUpdateSchema,
} from "@/lib/validations/campaigns";

/*
 * The staff workspace's writes about organisations and coalition membership:
 * ./server.ts turns each into a server action, tests run them with executeAction.
 */

/** Every write about organisations and their coalitions needs the one permission. */
const organisationWrite = staffWritesNeeding("organisation.manage");

/*
 * An organisation shows on its own page, on the pages of its coalitions and members, on
 * the pages of the public campaigns it leads, and, through signatory lists and tallies,
 * on the pages of the letters it signed (with their campaign pages and the awaiting
 * list), and in the list of organisations. We invalidate exactly those rather than
 * approximating with the home list.
 */
async function organisationTags(tx: Executor, id: string, slug: string): Promise<string[]> {
  const refs = await loadOrganisationRefs(tx, { id });
  return unique([
    cacheTags.organisation(slug),
    cacheTags.organisationList,
    ...refs.relatedSlugs.map(cacheTags.organisation),
    ...refs.ledCampaignSlugs.map(cacheTags.campaign),
    ...refs.signedLetters.flatMap((l) => letterChangeTags(l)),
  ]);
}

async function requireOrganisation(tx: Executor, id: string, field?: string) {
  return found(await getOrganisationRow(tx, { id }), "errors.organisation.notFound", field);
}

export const createOrganisationDefinition = organisationWrite({
  name: "organisation.create",
  schema: organisationCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, audit }) => {
    const org = await insertOrganisation(tx, { values: input });
    audit({ action: "organisation.create", entityType: "organisation", entityId: org.id, after: org });
    // A visitor may have hit the address before it existed; its cached "not found" goes.
    return { id: org.id, tags: [cacheTags.organisation(org.slug), cacheTags.organisationList] };
  },
});

export const updateOrganisationDefinition = organisationWrite({
  name: "organisation.update",
  schema: organisationUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const before = await requireOrganisation(tx, id);
    if (values.kind !== "coalition" && values.kind !== "network") {
      const current = await countCurrentMembers(tx, { coalitionId: id });
      if (current > 0) throw new ActionError("errors.membership.hasMembers", "kind");
    }
    const after = await updateOrganisation(tx, { id, values });
    audit({ action: "organisation.update", entityType: "organisation", entityId: id, before, after });
    return { id, tags: await organisationTags(tx, id, after.slug) };
  },
});

/**
 * Membership shows on both organisations' pages, in the list's counts, and in the
 * tallies of the letters the coalition signed (members who also signed are not counted
 * twice).
 */
async function membershipTags(
  tx: Executor,
  coalition: { id: string; slug: string },
  member: { slug: string },
): Promise<string[]> {
  const refs = await loadOrganisationRefs(tx, { id: coalition.id });
  return unique([
    cacheTags.organisation(coalition.slug),
    cacheTags.organisation(member.slug),
    cacheTags.organisationList,
    ...refs.signedLetters.flatMap((l) => letterChangeTags(l)),
  ]);
}

export const addCoalitionMemberDefinition = organisationWrite({
  name: "coalition.add_member",
  schema: coalitionAddMemberSchema,
  onConflict: { field: "memberId", message: "errors.membership.exists" },
  run: async ({ tx, input, audit }) => {
    const coalition = await requireOrganisation(tx, input.coalitionId);
    if (coalition.kind !== "coalition" && coalition.kind !== "network")
      throw new ActionError("errors.membership.notCoalition");
    const member = await requireOrganisation(tx, input.memberId, "memberId");
    if (input.joinedOn) refuseFuture(input.joinedOn, "day", "joinedOn");
    const lastLeft = await getLatestLeftOn(tx, { coalitionId: coalition.id, memberId: member.id });
    if (input.joinedOn && lastLeft && input.joinedOn < lastLeft)
      throw new ActionError("errors.membership.overlaps", "joinedOn");
    const membership = await insertMembership(tx, input);
    audit({
      action: "coalition.add_member",
      entityType: "coalition_membership",
      entityId: membership.id,
      after: membership,
    });
    return { id: membership.id, tags: await membershipTags(tx, coalition, member) };
  },
});

export const endCoalitionMembershipDefinition = organisationWrite({
  name: "coalition.end_membership",
  schema: coalitionEndMembershipSchema,
  run: async ({ tx, input, audit }) => {
    const before = found(await getMembershipRow(tx, { id: input.id }), "errors.membership.notFound");
    if (before.leftOn) throw new ActionError("errors.membership.ended");
    if (before.joinedOn && input.leftOn < before.joinedOn)
      throw new ActionError("errors.membership.leftBeforeJoined", "leftOn");
    refuseFuture(input.leftOn, "day", "leftOn");
    const after = await endMembership(tx, input);
    audit({
      action: "coalition.end_membership",
      entityType: "coalition_membership",
      entityId: input.id,
      before,
      after,
    });
    const coalition = await requireOrganisation(tx, before.coalitionId);
    const member = await requireOrganisation(tx, before.memberId);
    return { id: input.id, tags: await membershipTags(tx, coalition, member) };
  },
});
