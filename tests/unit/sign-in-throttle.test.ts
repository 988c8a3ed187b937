import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { createUser } from "@/db/queries/users";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { countSignInAttempt, pairKey, SIGN_IN_POLICY } from "@/lib/auth/throttle";
import { createTestDb, type TestDb } from "../helpers/test-db";

// The real check, counted: how many passwords were actually compared with a hash.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const verified = vi.mocked(verifyPassword);

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  verified.mockClear();
});

const PASSWORD = "the owner's long password";

async function account(email: string) {
  await createUser(t.db, {
    email,
    name: null,
    passwordHash: await hashPassword(PASSWORD),
    role: "member",
    emailVerified: new Date(),
  });
  return email;
}

const attempt = (email: string, ip: string, password: string) =>
  checkCredentials(t.db, { email, password, ip });

describe("sign-in throttling", () => {
  it(`checks at most ${SIGN_IN_POLICY.pair.attempts} of 100 guesses fired at once, then refuses even the right password`, async () => {
    const email = await account("rushed@example.org");
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt(email, "203.0.113.7", `wrong guess ${i}`)),
    );
    expect(verified.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_POLICY.pair.attempts);
    expect(results.filter((r) => !r.ok && r.refusedUntil).length).toBeGreaterThanOrEqual(
      100 - SIGN_IN_POLICY.pair.attempts,
    );
    verified.mockClear();
    const right = await attempt(email, "203.0.113.7", PASSWORD);
    expect(right.ok).toBe(false);
    expect(verified).not.toHaveBeenCalled();
  });

  it("lets the owner in from an address that has not failed while a stranger's address is locked out", async () => {
    const email = await account("owner@example.org");
    for (let i = 0; i < SIGN_IN_POLICY.pair.attempts; i++) {
      expect(await attempt(email, "198.51.100.66", `guess ${i}`)).toEqual({ ok: false, refusedUntil: null });
    }
    const stranger = await attempt(email, "198.51.100.66", PASSWORD);
    expect(stranger.ok).toBe(false);
    expect(!stranger.ok && stranger.refusedUntil?.getTime()).toBeGreaterThan(Date.now());

    const owner = await attempt(email, "192.0.2.10", PASSWORD);
    expect(owner).toMatchObject({ ok: true, user: { email } });
  });

  it("slows an account's attempts from other addresses after a few failures", async () => {
    const email = "slowed@example.org";
    for (let i = 0; i < SIGN_IN_POLICY.account.slowAfter; i++) {
      expect((await countSignInAttempt(t.db, { email, ip: `10.1.0.${i}` })).delayMs).toBe(0);
    }
    const slowed = await countSignInAttempt(t.db, { email: "Slowed@example.org", ip: "10.1.1.1" });
    expect(slowed.refusedUntil).toBeNull();
    expect(slowed.delayMs).toBeGreaterThan(0);
  });

  it("refuses an account only at a ceiling far above one address's attempts", async () => {
    const email = "ceiling@example.org";
    for (let i = 0; i < SIGN_IN_POLICY.account.attempts; i++) {
      const ip = `10.2.${Math.floor(i / SIGN_IN_POLICY.pair.attempts)}.${i % SIGN_IN_POLICY.pair.attempts}`;
      expect((await countSignInAttempt(t.db, { email, ip })).refusedUntil).toBeNull();
    }
    expect((await countSignInAttempt(t.db, { email, ip: "10.2.99.1" })).refusedUntil).not.toBeNull();
  });

  it("refuses an address that tries many accounts", async () => {
    for (let i = 0; i < SIGN_IN_POLICY.ip.attempts; i++) {
      await countSignInAttempt(t.db, { email: `spray${i}@example.org`, ip: "10.0.0.4" });
    }
    const verdict = await countSignInAttempt(t.db, { email: "fresh@example.org", ip: "10.0.0.4" });
    expect(verdict.refusedUntil).not.toBeNull();
    expect(
      (await countSignInAttempt(t.db, { email: "fresh@example.org", ip: "10.0.0.5" })).refusedUntil,
    ).toBeNull();
  });

  it("forgets an address's failures on an account once it signs in", async () => {
    const email = await account("forgetful@example.org");
    for (let i = 0; i < SIGN_IN_POLICY.pair.attempts - 1; i++) await attempt(email, "10.0.0.6", `typo ${i}`);
    expect((await attempt(email, "10.0.0.6", PASSWORD)).ok).toBe(true);
    for (let i = 0; i < SIGN_IN_POLICY.pair.attempts - 1; i++) {
      expect((await countSignInAttempt(t.db, { email, ip: "10.0.0.6" })).refusedUntil).toBeNull();
    }
  });

  it("refuses an account whose address was never confirmed as it refuses a wrong password", async () => {
    await createUser(t.db, {
      email: "unconfirmed@example.org",
      name: null,
      passwordHash: await hashPassword(PASSWORD),
      role: "member",
      emailVerified: null,
    });
    expect(await attempt("unconfirmed@example.org", "10.0.0.9", PASSWORD)).toEqual({
      ok: false,
      refusedUntil: null,
    });
  });
});

describe("sign-in lock-out across window boundaries", () => {
  it("stays refused when the attempts straddle a bucket boundary", async () => {
    const email = "edge@example.org";
    const ip = "10.0.0.8";
    const bucket = SIGN_IN_POLICY.bucketSeconds * 1000;
    const boundary = Math.ceil(Date.now() / bucket) * bucket;
    const before = new Date(boundary - 1000);
    const after = new Date(boundary + 1000);
    const key = pairKey(email, ip);
    for (let i = 0; i < SIGN_IN_POLICY.pair.attempts / 2; i++) {
      await hitRateLimit(t.db, { key, windowSeconds: SIGN_IN_POLICY.bucketSeconds, now: before });
      await hitRateLimit(t.db, { key, windowSeconds: SIGN_IN_POLICY.bucketSeconds, now: after });
    }
    const verdict = await countSignInAttempt(t.db, { email, ip, now: after });
    expect(verdict.refusedUntil?.getTime()).toBeGreaterThan(after.getTime() + 5 * 60 * 1000);
  });
});
