import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { rateLimits, users } from "@/db/schema";
import { signUpKey } from "@/lib/actions/auth/definitions";
import { actionRegistry, executeAction } from "@/lib/actions/safe-action";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * Creating accounts is limited per IP address: each costs a deliberately slow password
 * hash, and nothing else stands in a spammer's way. The check comes before the hash.
 */

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await import("@/lib/actions/auth/server");
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  delete process.env.SIGN_UP_LIMIT_PER_IP_PER_HOUR;
});

function signUp(email: string, ip: string) {
  const def = actionRegistry.get("user.sign_up");
  if (!def) throw new Error("user.sign_up is not registered");
  return executeAction(
    def,
    { name: "New Person", email, password: "a long enough password" },
    { actor: null, ip, db: t.db },
  );
}

const accounts = async () => (await t.db.select({ n: count() }).from(users))[0].n;

describe("signing up", () => {
  it("allows a few accounts per address per hour, then says to try later, with nothing saved", async () => {
    process.env.SIGN_UP_LIMIT_PER_IP_PER_HOUR = "2";
    expect((await signUp("one@example.org", "198.51.100.1")).ok).toBe(true);
    expect((await signUp("two@example.org", "198.51.100.1")).ok).toBe(true);
    const before = await accounts();
    expect(await signUp("three@example.org", "198.51.100.1")).toMatchObject({
      ok: false,
      error: "errors.signUp.rateLimited",
    });
    expect(await accounts()).toBe(before);
    // The refusal did not count: the counter still says two.
    const [counter] = await t.db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, signUpKey("198.51.100.1")));
    expect(counter.count).toBe(2);
    // Another address is not held back.
    expect((await signUp("four@example.org", "198.51.100.2")).ok).toBe(true);
  });
});
