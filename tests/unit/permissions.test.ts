import { describe, expect, it } from "vitest";
import { type Actor, can, organisationsWhere, SITE_PERMISSIONS } from "@/lib/domain/permissions";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";

const admin: Actor = { id: "1", role: "admin", organisations: [] };
const staff: Actor = { id: "2", role: "staff", organisations: [] };
const member: Actor = { id: "3", role: "member", organisations: [] };
const signerOfA: Actor = {
  id: "4",
  role: "member",
  organisations: [{ organisationId: ORG_A, role: "signer" }],
};
const viewerOfA: Actor = {
  id: "5",
  role: "member",
  organisations: [{ organisationId: ORG_A, role: "viewer" }],
};
const ownerOfB: Actor = {
  id: "6",
  role: "member",
  organisations: [{ organisationId: ORG_B, role: "owner" }],
};

describe("site permissions", () => {
  it.each([
    ["staff.access", admin, true],
    ["staff.access", staff, true],
    ["staff.access", member, false],
    ["staff.access", signerOfA, false],
    ["staff.access", null, false],
    ["user.manage", admin, true],
    ["user.manage", staff, false],
    ["audit.read", admin, true],
    ["audit.read", staff, false],
    ["letter.manage", staff, true],
    ["letter.manage", member, false],
    ["signature.moderate", staff, true],
    ["signature.moderate", ownerOfB, false],
    ["signature.export_private", member, false],
  ] as const)("%s for %o is %s", (permission, actor, expected) => {
    expect(can(actor, permission)).toBe(expected);
  });

  it("gives members no site permission at all", () => {
    for (const permission of Object.keys(SITE_PERMISSIONS) as (keyof typeof SITE_PERMISSIONS)[]) {
      expect(can(member, permission)).toBe(false);
    }
  });
});

describe("organisation permissions", () => {
  it("lets a signer sign for their own organisation only", () => {
    expect(can(signerOfA, "org.sign", { organisationId: ORG_A })).toBe(true);
    expect(can(signerOfA, "org.sign", { organisationId: ORG_B })).toBe(false);
  });

  it("does not let a viewer sign, or a signer manage members", () => {
    expect(can(viewerOfA, "org.view", { organisationId: ORG_A })).toBe(true);
    expect(can(viewerOfA, "org.sign", { organisationId: ORG_A })).toBe(false);
    expect(can(signerOfA, "org.manage_members", { organisationId: ORG_A })).toBe(false);
    expect(can(ownerOfB, "org.manage_members", { organisationId: ORG_B })).toBe(true);
  });

  it("does not hand organisation powers to site staff or admins", () => {
    expect(can(admin, "org.sign", { organisationId: ORG_A })).toBe(false);
    expect(can(staff, "org.withdraw", { organisationId: ORG_A })).toBe(false);
  });

  it("refuses an organisation permission asked without an organisation", () => {
    expect(can(signerOfA, "org.sign")).toBe(false);
  });

  it("lists the organisations an actor may sign for", () => {
    const both: Actor = {
      id: "7",
      role: "member",
      organisations: [
        { organisationId: ORG_A, role: "viewer" },
        { organisationId: ORG_B, role: "owner" },
      ],
    };
    expect(organisationsWhere(both, "org.sign")).toEqual([ORG_B]);
    expect(organisationsWhere(null, "org.sign")).toEqual([]);
  });
});
