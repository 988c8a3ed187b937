import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { actionRegistry, executeAction } from "@/lib/actions/safe-action";
import type { Permission } from "@/lib/permissions";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * Every server action, walked as every kind of caller. The table below is the
 * expectation: an action missing from it, or registered with other access, fails.
 */
const EXPECTED: Record<string, Permission | "anyone"> = {
  "sign.organisation": "org.sign",
  "sign.organisation_withdraw": "org.withdraw",
  "sign.individual": "anyone",
  "sign.confirm": "anyone",
  "signature.approve": "signature.moderate",
  "signature.reject": "signature.moderate",
  "campaign.create": "campaign.manage",
  "campaign.update": "campaign.manage",
  "campaign.set_status": "campaign.manage",
  "ask.create": "campaign.manage",
  "ask.update": "campaign.manage",
  "ask.record_outcome": "campaign.manage",
  "ask.retract": "campaign.manage",
  "event.create": "event.manage",
  "event.update": "event.manage",
  "event.retract": "event.manage",
  "response.create": "response.manage",
  "response.update": "response.manage",
  "response.retract": "response.manage",
  "target.create": "target.manage",
  "target.update": "target.manage",
  "target.set_holidays": "target.manage",
  "organisation.create": "organisation.manage",
  "organisation.update": "organisation.manage",
  "coalition.add_member": "organisation.manage",
  "coalition.end_membership": "organisation.manage",
  "letter.create": "letter.manage",
  "letter.update": "letter.manage",
  "letter.open_signing": "letter.manage",
  "letter.return_to_draft": "letter.manage",
  "letter.send": "letter.manage",
  "letter.close": "letter.manage",
  "signature.import": "signature.import",
  "user.sign_up": "anyone",
  "user.set_role": "user.manage",
};

/** Which callers each site permission admits (mirrors the permission table on purpose). */
const ADMITS: Record<string, Array<ActorDto["role"]>> = {
  "user.manage": ["admin"],
  "audit.read": ["admin"],
};

const ORG_A = randomUUID();
const ORG_B = randomUUID();
const person = (role: ActorDto["role"], organisations: ActorDto["organisations"] = []): ActorDto => ({
  id: randomUUID(),
  email: `${role}@example.org`,
  name: role,
  role,
  organisations,
});
const CALLERS = {
  anonymous: null,
  member: person("member"),
  signerOfA: person("member", [{ organisationId: ORG_A, slug: "a", name: "A", role: "signer" }]),
  ownerOfB: person("member", [{ organisationId: ORG_B, slug: "b", name: "B", role: "owner" }]),
  staff: person("staff"),
  admin: person("admin"),
} as const;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await import("@/app/actions/signing");
  await import("@/app/actions/staff-campaigns");
  await import("@/app/actions/staff-letters");
  await import("@/app/actions/import");
  await import("@/app/(auth)/actions");
  await import("@/app/(staff)/staff/users/actions");
});
afterAll(async () => {
  await t?.close();
});

const REFUSALS = ["errors.signInRequired", "errors.notAllowed"];

describe("the action registry", () => {
  it("has exactly the actions this test expects, with the expected access", () => {
    const registered = Object.fromEntries(
      [...actionRegistry].map(([name, def]) => [name, def.access.permission]),
    );
    expect(registered).toEqual(EXPECTED);
  });

  for (const [name, permission] of Object.entries(EXPECTED)) {
    it(`${name} admits exactly the callers its permission allows`, async () => {
      const def = actionRegistry.get(name);
      expect(def, `${name} is not registered`).toBeDefined();
      for (const [caller, actor] of Object.entries(CALLERS)) {
        // Organisation actions carry their organisation: A's signer may act for A only.
        const input = permission.startsWith("org.")
          ? { organisationId: ORG_A, letterId: randomUUID(), signatureId: randomUUID(), visibility: "public" }
          : {};
        const result = await executeAction(def!, input, { actor, ip: "127.0.0.1", db: t.db });
        const refused = !result.ok && REFUSALS.includes(result.error);
        let allowed: boolean;
        if (permission === "anyone") allowed = true;
        else if (actor === null) allowed = false;
        else if (permission.startsWith("org.")) allowed = caller === "signerOfA";
        else allowed = (ADMITS[permission] ?? ["admin", "staff"]).includes(actor.role);
        expect(refused, `${name} as ${caller}: ${JSON.stringify(result)}`).toBe(!allowed);
      }
    });
  }
});
