import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getUserDetail,
  listMembershipsByUser,
  listOrganisationPeople,
} from "@/db/queries/organisation-members";
import { type ActorDto, createUser, getActorById } from "@/db/queries/users";
import { auditLog, organisationMembers, organisations } from "@/db/schema";
import {
  addOrganisationMemberDefinition,
  removeOrganisationMemberDefinition,
  setOrganisationMemberRoleDefinition,
} from "@/lib/actions/organisation-members/definitions";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";
import { leavesMembersWithoutOwner } from "@/lib/domain/organisation-members";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let admin: ActorDto;
let staff: ActorDto;

const newUser = async (email: string, role: "admin" | "staff" | "member" = "member") =>
  createUser(t.db, { email, name: null, passwordHash: "x", role, emailVerified: null });
const newOrg = async (name: string) => {
  const [row] = await t.db
    .insert(organisations)
    .values({ slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}`, name })
    .returning();
  return row;
};

beforeAll(async () => {
  t = await createTestDb();
  admin = (await getActorById(t.db, { id: (await newUser("admin@example.org", "admin")).id }))!;
  staff = (await getActorById(t.db, { id: (await newUser("staff@example.org", "staff")).id }))!;
});
afterAll(async () => {
  await t?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: each definition has its own input type.
const run = <T>(def: ActionDefinition<any, T>, raw: unknown, actor: ActorDto | null = admin) =>
  executeAction(def, raw, { actor, ip: "127.0.0.1", db: t.db });

/** The administrator's three moves on an organisation's people, as the forms post them. */
const addMember = (input: Record<string, unknown>, actor?: ActorDto) =>
  run(addOrganisationMemberDefinition, input, actor);
const setRole = (organisationId: string, userId: string, role: string) =>
  run(setOrganisationMemberRoleDefinition, { organisationId, userId, role });
const removeMember = (organisationId: string, userId: string) =>
  run(removeOrganisationMemberDefinition, { organisationId, userId });

const roleOf = async (organisationId: string, userId: string) =>
  (
    await t.db
      .select({ role: organisationMembers.role })
      .from(organisationMembers)
      .where(
        and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
      )
  )[0]?.role ?? null;

const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

describe("the last-owner rule", () => {
  const owner = { userId: "o", role: "owner" as const };
  const signer = { userId: "s", role: "signer" as const };

  it("refuses to take away the only owner while others remain members", () => {
    expect(leavesMembersWithoutOwner([owner, signer], { userId: "o", role: null })).toBe(true);
    expect(leavesMembersWithoutOwner([owner, signer], { userId: "o", role: "viewer" })).toBe(true);
    expect(leavesMembersWithoutOwner([owner], { userId: "o", role: "signer" })).toBe(true);
  });

  it("allows it when another owner stays, when nobody is left, or when there never was an owner", () => {
    const second = { userId: "p", role: "owner" as const };
    expect(leavesMembersWithoutOwner([owner, second, signer], { userId: "o", role: null })).toBe(false);
    expect(leavesMembersWithoutOwner([owner], { userId: "o", role: null })).toBe(false);
    expect(leavesMembersWithoutOwner([signer], { userId: "s", role: null })).toBe(false);
    expect(leavesMembersWithoutOwner([signer], { userId: "n", role: "viewer" })).toBe(false);
    expect(leavesMembersWithoutOwner([owner, signer], { userId: "s", role: null })).toBe(false);
  });
});

describe("adding a person to an organisation", () => {
  it("adds by user id, audits it, and shows on both sides", async () => {
    const org = await newOrg("Adding Org");
    const user = await newUser("adding@example.org");
    const result = await addMember({ organisationId: org.id, userId: user.id, role: "signer" });
    expect(result).toMatchObject({ ok: true, data: { email: "adding@example.org", role: "signer" } });
    expect(await roleOf(org.id, user.id)).toBe("signer");

    const audit = await lastAudit();
    expect(audit).toMatchObject({
      actorUserId: admin.id,
      action: "organisation_member.add",
      entityType: "organisation_member",
      entityId: `${org.id}:${user.id}`,
      before: null,
      after: { organisation: "Adding Org", email: "adding@example.org", role: "signer" },
    });

    const detail = await getUserDetail(t.db, { id: user.id });
    expect(detail?.memberships.map((m) => [m.name, m.role])).toEqual([["Adding Org", "signer"]]);
    const people = await listOrganisationPeople(t.db, { organisationId: org.id });
    expect(people.map((p) => [p.email, p.role])).toEqual([["adding@example.org", "signer"]]);
    expect((await listMembershipsByUser(t.db)).get(user.id)?.map((m) => m.organisationId)).toEqual([org.id]);
    // The person's permissions follow at once: they may now sign for the organisation.
    expect((await getActorById(t.db, { id: user.id }))?.organisations).toEqual([
      { organisationId: org.id, slug: org.slug, name: "Adding Org", role: "signer" },
    ]);
  });

  it("adds by e-mail address, whatever its case", async () => {
    const org = await newOrg("Email Org");
    const user = await newUser("by-email@example.org");
    const result = await addMember({
      organisationId: org.id,
      email: "  By-Email@Example.ORG ",
      role: "owner",
    });
    expect(result.ok).toBe(true);
    expect(await roleOf(org.id, user.id)).toBe("owner");
  });

  it("names the field that needs attention, and adds nothing", async () => {
    const org = await newOrg("Field Org");
    const user = await newUser("field@example.org");
    const refusals: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [
        { organisationId: org.id, email: "nobody@example.org", role: "signer" },
        { fieldErrors: { email: ["errors.member.unknownEmail"] } },
      ],
      [
        { organisationId: org.id, email: "", role: "signer" },
        { fieldErrors: { email: ["errors.member.emailRequired"] } },
      ],
      [
        { organisationId: org.id, email: "not an address", role: "signer" },
        { fieldErrors: { email: ["errors.email.invalid"] } },
      ],
      [
        { organisationId: "", userId: user.id, role: "signer" },
        { fieldErrors: { organisationId: ["errors.organisation.required"] } },
      ],
      [
        { organisationId: org.id, userId: user.id, role: "boss" },
        { fieldErrors: { role: ["errors.member.roleRequired"] } },
      ],
      [
        { organisationId: randomUUID(), userId: user.id, role: "signer" },
        { error: "errors.organisation.notFound" },
      ],
    ];
    for (const [input, refusal] of refusals) {
      expect(await addMember(input), JSON.stringify(input)).toMatchObject({ ok: false, ...refusal });
    }
    expect(await listOrganisationPeople(t.db, { organisationId: org.id })).toEqual([]);
  });

  it("refuses a second membership of the same person, in code and in the database", async () => {
    const org = await newOrg("Twice Org");
    const user = await newUser("twice@example.org");
    await addMember({ organisationId: org.id, userId: user.id, role: "viewer" });
    expect(await addMember({ organisationId: org.id, userId: user.id, role: "owner" })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["errors.member.exists"] },
    });
    expect(
      await addMember({ organisationId: org.id, email: "twice@example.org", role: "owner" }),
    ).toMatchObject({ ok: false, fieldErrors: { email: ["errors.member.exists"] } });
    await expect(
      t.db.insert(organisationMembers).values({ organisationId: org.id, userId: user.id, role: "owner" }),
    ).rejects.toThrow();
    expect(await roleOf(org.id, user.id)).toBe("viewer");
  });

  it("is refused to staff: only administrators decide who acts for an organisation", async () => {
    const org = await newOrg("Staff Org");
    const user = await newUser("staff-try@example.org");
    expect(await addMember({ organisationId: org.id, userId: user.id, role: "owner" }, staff)).toMatchObject({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await roleOf(org.id, user.id)).toBeNull();
  });
});

describe("changing a role and removing a person", () => {
  it("changes the role, with the role before and after in the audit log", async () => {
    const org = await newOrg("Role Org");
    const user = await newUser("role@example.org");
    await addMember({ organisationId: org.id, userId: user.id, role: "viewer" });
    const result = await setRole(org.id, user.id, "signer");
    expect(result).toMatchObject({ ok: true, data: { role: "signer" } });
    expect(await roleOf(org.id, user.id)).toBe("signer");
    expect(await lastAudit()).toMatchObject({
      action: "organisation_member.set_role",
      before: { role: "viewer", email: "role@example.org" },
      after: { role: "signer", email: "role@example.org" },
    });
  });

  it("never leaves an organisation's members without an owner", async () => {
    const org = await newOrg("Owner Org");
    const owner = await newUser("owner@example.org");
    const signer = await newUser("signer@example.org");
    await addMember({ organisationId: org.id, userId: owner.id, role: "owner" });
    await addMember({ organisationId: org.id, userId: signer.id, role: "signer" });

    const demote = await setRole(org.id, owner.id, "signer");
    expect(demote).toMatchObject({
      ok: false,
      error: "errors.member.lastOwner",
      errorValues: { organisation: "Owner Org" },
      fieldErrors: { role: ["errors.member.lastOwner"] },
    });
    expect(await removeMember(org.id, owner.id)).toMatchObject({
      ok: false,
      error: "errors.member.lastOwner",
    });
    expect(await roleOf(org.id, owner.id)).toBe("owner");

    // With a second owner, the first may step down; the signer may leave at any time.
    await setRole(org.id, signer.id, "owner");
    expect((await removeMember(org.id, owner.id)).ok).toBe(true);
    expect(await roleOf(org.id, owner.id)).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "organisation_member.remove",
      before: { role: "owner", email: "owner@example.org" },
      after: null,
    });
    // The last person of all may go: an organisation with nobody is the usual state.
    expect((await removeMember(org.id, signer.id)).ok).toBe(true);
    expect(await listOrganisationPeople(t.db, { organisationId: org.id })).toEqual([]);
  });

  it("lets only one of two admins remove an organisation's two owners at once", async () => {
    const org = await newOrg("Race Org");
    const [a, b, c] = await Promise.all(
      ["race-a@example.org", "race-b@example.org", "race-c@example.org"].map((e) => newUser(e)),
    );
    await addMember({ organisationId: org.id, userId: a.id, role: "owner" });
    await addMember({ organisationId: org.id, userId: b.id, role: "owner" });
    await addMember({ organisationId: org.id, userId: c.id, role: "signer" });
    const results = await Promise.all([removeMember(org.id, a.id), removeMember(org.id, b.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "errors.member.lastOwner" });
    const roles = (await listOrganisationPeople(t.db, { organisationId: org.id })).map((p) => p.role);
    expect(roles).toEqual(["owner", "signer"]);
  });

  it("says so when the membership is already gone", async () => {
    const org = await newOrg("Gone Org");
    const user = await newUser("gone@example.org");
    expect(await removeMember(org.id, user.id)).toMatchObject({
      ok: false,
      error: "errors.member.notFound",
    });
    expect(await setRole(org.id, randomUUID(), "owner")).toMatchObject({
      ok: false,
      error: "errors.user.notFound",
    });
  });

  it("lists an organisation's people owners first, then signers, then viewers", async () => {
    const org = await newOrg("Order Org");
    for (const [email, role] of [
      ["a-viewer@example.org", "viewer"],
      ["b-signer@example.org", "signer"],
      ["c-owner@example.org", "owner"],
      ["a-signer@example.org", "signer"],
    ] as const) {
      await addMember({ organisationId: org.id, userId: (await newUser(email)).id, role });
    }
    expect((await listOrganisationPeople(t.db, { organisationId: org.id })).map((p) => p.email)).toEqual([
      "c-owner@example.org",
      "a-signer@example.org",
      "b-signer@example.org",
      "a-viewer@example.org",
    ]);
  });
});
