import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { actionRegistry, executeAction } from "@/lib/actions/safe-action";
import { EXPECTED, SITE_PERMISSION_ADMITS } from "../helpers/action-permissions";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * Every server action, walked as every kind of caller. The table in
 * tests/helpers/action-permissions.ts is the expectation: an action missing from it, or
 * registered with other access, fails. tests/e2e/action-authorization.spec.ts walks the
 * same table with raw HTTP requests against the built app.
 */
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
  await import("@/lib/actions/signing/server");
  await import("@/lib/actions/campaigns/server");
  await import("@/lib/actions/targets/server");
  await import("@/lib/actions/organisations/server");
  await import("@/lib/actions/letters/server");
  await import("@/lib/actions/import/server");
  await import("@/lib/actions/auth/server");
  await import("@/lib/actions/users/server");
  await import("@/lib/actions/organisation-members/server");
  await import("@/lib/actions/privacy/server");
  await import("@/lib/actions/resolutions/server");
  await import("@/lib/actions/following/server");
  await import("@/lib/actions/translations/server");
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
        else if (permission === "signed_in") allowed = true;
        else if (permission.startsWith("org.")) allowed = caller === "signerOfA";
        else
          allowed = SITE_PERMISSION_ADMITS[permission as keyof typeof SITE_PERMISSION_ADMITS].includes(
            actor.role,
          );
        expect(refused, `${name} as ${caller}: ${JSON.stringify(result)}`).toBe(!allowed);
      }
    });
  }
});
