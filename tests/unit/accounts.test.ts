import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { endSessionsOfVersion } from "@/db/queries/accounts";
import { insertOrganisationMember } from "@/db/queries/organisation-members";
import { type ActorDto, getActorById } from "@/db/queries/users";
import { emailTokens, organisations, users } from "@/db/schema";
import type { MailedAnswer } from "@/lib/actions/auth/definitions";
import type { ActionResult } from "@/lib/actions/result";
import { actionRegistry, executeAction } from "@/lib/actions/safe-action";
import { checkCredentials } from "@/lib/auth/credentials";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * Accounts: sign-up tells nobody whether an address has an account, a new account signs
 * in only once its address is confirmed, and every change that should end a session
 * (signing out, a new role, leaving an organisation, a new password) ends each copy of it.
 */

let t: TestDb;
let ipCounter = 0;
beforeAll(async () => {
  t = await createTestDb();
  await import("@/lib/actions/auth/server");
  await import("@/lib/actions/users/server");
  await import("@/lib/actions/organisation-members/server");
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  delete process.env.SIGN_UP_LIMIT_PER_IP_PER_HOUR;
});

// Each call from an address of its own unless told, so limits don't mix between tests.
const freshIp = () => `192.0.2.${++ipCounter}`;

function act<T>(name: string, input: Record<string, unknown>, actor: ActorDto | null = null, ip = freshIp()) {
  const def = actionRegistry.get(name);
  if (!def) throw new Error(`${name} is not registered`);
  return executeAction(def, input, { actor, ip, db: t.db }) as Promise<ActionResult<T>>;
}

const signUp = (email: string, password = "a long enough password", ip?: string) =>
  act<MailedAnswer>("user.sign_up", { name: "Somebody", email, password }, null, ip);

/** The link's token in a mail, as the person reading it would find it. */
function tokenIn(answer: ActionResult<MailedAnswer>): string {
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const match = /\/([A-Za-z0-9_-]{43})(?:\s|$)/m.exec(answer.data.mail[0]?.text ?? "");
  if (!match) throw new Error("no link in the mail");
  return match[1];
}

/** Signs up, confirms the address and signs in: the session's user, as the JWT carries it. */
async function member(email: string, password = "a long enough password") {
  await act("user.confirm_email", { token: tokenIn(await signUp(email, password)) });
  const signedIn = await checkCredentials(t.db, { email, password, ip: freshIp() });
  if (!signedIn.ok) throw new Error("could not sign in");
  return signedIn.user;
}

const actorOf = (session: { id: string; sessionVersion: number }) =>
  getActorById(t.db, { id: session.id, sessionVersion: session.sessionVersion });

describe("signing up", () => {
  it("answers an address that has an account exactly as a new one, and mails its owner instead", async () => {
    const owner = await member("taken@example.org", "the owner's own password");
    const [before] = await t.db.select().from(users).where(eq(users.id, owner.id));

    const fresh = await signUp("new-person@example.org");
    const taken = await signUp("Taken@Example.org", "an attacker's password");
    expect(taken.ok && fresh.ok).toBe(true);
    if (!taken.ok || !fresh.ok) return;
    // What reaches the browser is the address typed, normalised, and nothing else.
    const { mail: _a, ...freshAnswer } = fresh.data;
    const { mail: _b, ...takenAnswer } = taken.data;
    expect(freshAnswer).toEqual({ email: "new-person@example.org" });
    expect(takenAnswer).toEqual({ email: "taken@example.org" });

    expect(fresh.data.mail).toHaveLength(1);
    expect(fresh.data.mail[0].subject).toMatch(/confirm your address/i);
    expect(taken.data.mail).toHaveLength(1);
    expect(taken.data.mail[0]).toMatchObject({ to: "taken@example.org", kind: "account_exists" });
    expect(taken.data.mail[0].subject).toBe("Someone tried to create an account with your address");
    expect(taken.data.mail[0].text).toMatch(/sign in/i);
    expect(taken.data.mail[0].text).toMatch(/\/forgot-password/);

    // The account is as it was: the attacker's password does not open it.
    const [after] = await t.db.select().from(users).where(eq(users.id, owner.id));
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(
      (
        await checkCredentials(t.db, {
          email: "taken@example.org",
          password: "an attacker's password",
          ip: freshIp(),
        })
      ).ok,
    ).toBe(false);
  });

  it("counts sign-ups for addresses with an account against the limit too", async () => {
    await member("counted@example.org");
    process.env.SIGN_UP_LIMIT_PER_IP_PER_HOUR = "2";
    const ip = freshIp();
    expect((await signUp("counted@example.org", undefined, ip)).ok).toBe(true);
    expect((await signUp("counted@example.org", undefined, ip)).ok).toBe(true);
    expect(await signUp("someone-new@example.org", undefined, ip)).toMatchObject({
      ok: false,
      error: "errors.signUp.rateLimited",
    });
  });

  it("lets a new account sign in only once its address is confirmed, with a link that works once", async () => {
    const answer = await signUp("confirm-me@example.org");
    const signIn = () =>
      checkCredentials(t.db, {
        email: "confirm-me@example.org",
        password: "a long enough password",
        ip: freshIp(),
      });
    expect((await signIn()).ok).toBe(false);
    const token = tokenIn(answer);
    expect((await act("user.confirm_email", { token })).ok).toBe(true);
    expect((await signIn()).ok).toBe(true);
    expect(await act("user.confirm_email", { token })).toMatchObject({
      ok: false,
      error: "errors.account.tokenUsed",
    });
  });
});

describe("ending sessions", () => {
  it("signing out ends every copy of the session, and an old copy cannot sign the owner out", async () => {
    const session = await member("signs-out@example.org");
    expect(await actorOf(session)).not.toBeNull();
    await endSessionsOfVersion(t.db, session);
    expect(await actorOf(session)).toBeNull();

    const again = await checkCredentials(t.db, {
      email: "signs-out@example.org",
      password: "a long enough password",
      ip: freshIp(),
    });
    if (!again.ok) throw new Error("could not sign in again");
    expect(again.user.sessionVersion).toBeGreaterThan(session.sessionVersion);
    // The stale copy signing out again changes nothing for the new session.
    await endSessionsOfVersion(t.db, session);
    expect(await actorOf(again.user)).not.toBeNull();
  });

  it("a new site role ends the sessions issued under the old one", async () => {
    const session = await member("promoted@example.org");
    const admin = await member("admin-of-roles@example.org");
    await t.db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
    const adminActor = await getActorById(t.db, { id: admin.id });
    expect((await act("user.set_role", { userId: session.id, role: "staff" }, adminActor)).ok).toBe(true);
    expect(await actorOf(session)).toBeNull();
  });

  it("removal from an organisation ends the member's sessions", async () => {
    const session = await member("removed@example.org");
    const owner = await member("stays-owner@example.org");
    const [org] = await t.db
      .insert(organisations)
      .values({ slug: `org-${randomUUID().slice(0, 8)}`, name: "Leaving Org" })
      .returning();
    await insertOrganisationMember(t.db, { organisationId: org.id, userId: owner.id, role: "owner" });
    await insertOrganisationMember(t.db, { organisationId: org.id, userId: session.id, role: "signer" });
    expect((await actorOf(session))?.organisations).toHaveLength(1);
    const admin = { ...(await getActorById(t.db, { id: owner.id }))!, role: "admin" as const };
    expect(
      (await act("organisation_member.remove", { organisationId: org.id, userId: session.id }, admin)).ok,
    ).toBe(true);
    expect(await actorOf(session)).toBeNull();
  });
});

describe("changing and resetting a password", () => {
  it("a password change needs the current password, ends the other sessions, and the new one signs in", async () => {
    const session = await member("changes@example.org", "the first password");
    const actor = (await actorOf(session))!;
    const change = (currentPassword: string, password: string, confirmPassword = password) =>
      act("user.change_password", { currentPassword, password, confirmPassword }, actor);

    expect(await change("the first password", "the second password", "the second passwort")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["errors.password.mismatch"] },
    });
    expect(await change("not the first password", "the second password")).toEqual({
      ok: true,
      data: { status: "wrongPassword" },
    });
    expect(await actorOf(session)).not.toBeNull();
    expect(await change("the first password", "the second password")).toEqual({
      ok: true,
      data: { status: "changed", email: "changes@example.org" },
    });
    expect(await actorOf(session)).toBeNull();
    const signIn = (password: string) =>
      checkCredentials(t.db, { email: "changes@example.org", password, ip: freshIp() });
    expect((await signIn("the first password")).ok).toBe(false);
    expect((await signIn("the second password")).ok).toBe(true);
  });

  it("a reset answers alike for any address; its link sets the password once and ends every session", async () => {
    const session = await member("forgot@example.org", "the forgotten password");
    const known = await act<MailedAnswer>("user.request_password_reset", { email: "Forgot@example.org" });
    const unknown = await act<MailedAnswer>("user.request_password_reset", { email: "nobody@example.org" });
    expect(known).toMatchObject({ ok: true, data: { email: "forgot@example.org" } });
    expect(unknown).toEqual({ ok: true, data: { email: "nobody@example.org", mail: [] } });

    const token = tokenIn(known);
    const reset = (password: string) =>
      act("user.reset_password", { token, password, confirmPassword: password });
    expect(await reset("a brand new password")).toEqual({ ok: true, data: { reset: true } });
    expect(await actorOf(session)).toBeNull();
    expect(
      (
        await checkCredentials(t.db, {
          email: "forgot@example.org",
          password: "a brand new password",
          ip: freshIp(),
        })
      ).ok,
    ).toBe(true);
    expect(await reset("another new password")).toMatchObject({
      ok: false,
      error: "errors.account.tokenUsed",
    });
  });

  it("refuses an expired reset link", async () => {
    await member("slow@example.org");
    const token = tokenIn(
      await act<MailedAnswer>("user.request_password_reset", { email: "slow@example.org" }),
    );
    await t.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.purpose, "reset_password"));
    expect(
      await act("user.reset_password", {
        token,
        password: "too late a password",
        confirmPassword: "too late a password",
      }),
    ).toMatchObject({ ok: false, error: "errors.account.tokenExpired" });
  });
});
