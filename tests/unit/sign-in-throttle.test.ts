import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSignIn, clearSignInFailures, recordSignInFailure, SIGN_IN_POLICY } from "@/lib/auth/throttle";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function fail(times: number, email: string, ip: string) {
  for (let i = 0; i < times; i++) await recordSignInFailure(t.db, { email, ip });
}

describe("sign-in throttling", () => {
  it("lets the first attempts through without delay", async () => {
    await fail(SIGN_IN_POLICY.account.slowAfter - 1, "a@example.org", "10.0.0.1");
    expect(await checkSignIn(t.db, { email: "a@example.org", ip: "10.0.0.1" })).toEqual({
      refusedUntil: null,
      delayMs: 0,
    });
  });

  it("slows an account after repeated failures, then refuses it for a while", async () => {
    await fail(SIGN_IN_POLICY.account.slowAfter, "b@example.org", "10.0.0.2");
    const slowed = await checkSignIn(t.db, { email: "B@example.org", ip: "10.0.0.99" });
    expect(slowed.refusedUntil).toBeNull();
    expect(slowed.delayMs).toBeGreaterThan(0);
    await fail(
      SIGN_IN_POLICY.account.refuseAt - SIGN_IN_POLICY.account.slowAfter,
      "b@example.org",
      "10.0.0.3",
    );
    const refused = await checkSignIn(t.db, { email: "b@example.org", ip: "10.0.0.99" });
    expect(refused.refusedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses an address that fails across many accounts", async () => {
    for (let i = 0; i < SIGN_IN_POLICY.ip.refuseAt; i++) {
      await recordSignInFailure(t.db, { email: `spray${i}@example.org`, ip: "10.0.0.4" });
    }
    const verdict = await checkSignIn(t.db, { email: "fresh@example.org", ip: "10.0.0.4" });
    expect(verdict.refusedUntil).not.toBeNull();
    expect((await checkSignIn(t.db, { email: "fresh@example.org", ip: "10.0.0.5" })).refusedUntil).toBeNull();
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await fail(SIGN_IN_POLICY.account.refuseAt, "c@example.org", "10.0.0.6");
    await clearSignInFailures(t.db, { email: "c@example.org" });
    expect((await checkSignIn(t.db, { email: "c@example.org", ip: "10.0.0.7" })).refusedUntil).toBeNull();
  });
});

describe("sign-in lock-out across window boundaries", () => {
  it("stays refused when the failures straddle a bucket boundary", async () => {
    const email = "edge@example.org";
    const bucket = SIGN_IN_POLICY.bucketSeconds * 1000;
    const boundary = Math.ceil(Date.now() / bucket) * bucket;
    const before = new Date(boundary - 1000);
    const after = new Date(boundary + 1000);
    const { hitRateLimit } = await import("@/db/queries/rate-limits");
    for (let i = 0; i < 5; i++) {
      await hitRateLimit(t.db, {
        key: `signin:account:${email}`,
        windowSeconds: SIGN_IN_POLICY.bucketSeconds,
        now: before,
      });
      await hitRateLimit(t.db, {
        key: `signin:account:${email}`,
        windowSeconds: SIGN_IN_POLICY.bucketSeconds,
        now: after,
      });
    }
    const verdict = await checkSignIn(t.db, { email, ip: "10.0.0.8", now: after });
    expect(verdict.refusedUntil?.getTime()).toBeGreaterThan(after.getTime() + 10 * 60 * 1000);
  });
});
