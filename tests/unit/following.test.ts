import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  countFollowers,
  followConfirmed,
  getFollowConfirmation,
  listSubscriptions,
  readManageToken,
} from "@/db/queries/following";
import type { ActorDto } from "@/db/queries/users";
import { campaigns, emailOutbox, emailTokens, follows, signatures } from "@/db/schema";
import {
  changeFollowDefinition,
  followConfirmDefinition,
  followFromAccountDefinition,
  followFromSignatureDefinition,
  followRequestDefinition,
  signatureNewsDefinition,
  stopAccountFollowDefinition,
  subscriptionsLinkDefinition,
  unsubscribeDefinition,
} from "@/lib/actions/following/definitions";
import { respondToFollowForm, respondToOneClickUnsubscribe } from "@/lib/actions/following/route";
import { confirmSignatureDefinition, signIndividualDefinition } from "@/lib/actions/signing/definitions";
import { FOLLOWING_LIMIT_DEFAULTS } from "@/lib/domain/rate-limit-config";
import { unsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { actionRunner, callerOf, ok } from "../helpers/actions";
import { createActor, createCampaign, createLetter, individualInput } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * Following by e-mail, as its users do it: asking from a page (double opt-in), confirming
 * from the e-mail, the limits, following from a confirmed signature and from an account,
 * the manage link and its changes, and unsubscribing with the link every notification
 * carries (also as a mail client's one-click POST).
 */

process.env.AUTH_SECRET ||= "test-secret-for-unsubscribe-links";
const t = setupTestDb();
const run = actionRunner(t, () => null);
let campaign: { id: string; slug: string };
let letterSlug: string;
let ip = 0;
/** A caller from a fresh address, so the per-connection limit is not what a test meets. */
const fresh = () => ({ ...callerOf(t, null), ip: `198.51.100.${++ip}` });
const request = (email: string, level = "responses", extra: Record<string, string> = {}) =>
  run(followRequestDefinition, { campaign: campaign.slug, email, level, ...extra }, null);

beforeAll(async () => {
  campaign = await createCampaign(t.db);
  letterSlug = (await createLetter(t.db, campaign.id, { status: "sent", sentOn: "2026-01-10" })).slug;
});

/** The newest e-mail to an address, and the link in it matching `path`. */
async function lastMail(to: string) {
  const [mail] = await t.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, to))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return mail;
}
const tokenIn = (text: string, path: string) =>
  new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? null;

describe("following from a page", () => {
  it("stores nothing active until the e-mailed link is confirmed, and says only 'check your inbox'", async () => {
    // As typed; it is kept (and written to) in lower case.
    const result = await ok(request("Reader.One@Example.org", "all"));
    const email = "reader.one@example.org";
    expect(result.status).toBe("check_email");
    const mail = await lastMail(email);
    expect(mail!.kind).toBe("follow_confirmation");
    expect(mail!.subject).toBe("Confirm: follow “Test campaign”");
    expect(mail!.textBody).toContain("to hear every update");
    const token = tokenIn(mail!.textBody, "/follow/confirm")!;
    expect(token).not.toBeNull();
    expect(await listSubscriptions(t.db, { email })).toMatchObject({
      follows: [{ campaignTitle: "Test campaign", level: "all", confirmed: false }],
    });
    // Opening the link changes nothing; the button does.
    expect(await getFollowConfirmation(t.db, { token })).toMatchObject({ state: "ready", level: "all" });
    const confirmed = await ok(run(followConfirmDefinition, { token }));
    expect(confirmed).toEqual({
      campaignTitle: "Test campaign",
      campaignSlug: campaign.slug,
      letterTitle: null,
      letterSlug: null,
      level: "all",
    });
    expect((await listSubscriptions(t.db, { email: "reader.one@example.org" })).follows[0]!.confirmed).toBe(
      true,
    );
    expect(await getFollowConfirmation(t.db, { token })).toMatchObject({ state: "confirmed" });
    expect(await run(followConfirmDefinition, { token })).toMatchObject({
      ok: false,
      error: "errors.following.tokenInvalid",
    });
  });

  it("to an address that already follows: a note with a manage link, and nothing changes", async () => {
    const email = "reader.one@example.org";
    await ok(request(email, "responses"));
    const mail = await lastMail(email);
    expect(mail!.kind).toBe("follow_already");
    const manage = tokenIn(mail!.textBody, "/subscriptions")!;
    expect(await readManageToken(t.db, { token: manage })).toEqual({ state: "ready", email });
    // Whoever typed the address did not change what its owner hears.
    expect((await listSubscriptions(t.db, { email })).follows[0]!.level).toBe("all");
  });

  it("follows a letter on its own", async () => {
    const email = "letter.reader@example.org";
    await ok(request(email, "responses", { letter: letterSlug }));
    const token = tokenIn((await lastMail(email))!.textBody, "/follow/confirm")!;
    expect(await ok(run(followConfirmDefinition, { token }))).toMatchObject({ letterSlug });
    const counts = await countFollowers(t.db, { campaignId: campaign.id });
    expect(counts.campaign.all).toBeGreaterThanOrEqual(1);
    expect([...counts.letters.values()][0]).toMatchObject({ responses: 1 });
  });

  it("refuses bad input beside its field, and a campaign the public cannot see", async () => {
    expect(
      await run(followRequestDefinition, { campaign: campaign.slug, email: "not an address", level: "all" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: ["errors.email.invalid"] },
    });
    expect(
      await run(followRequestDefinition, { campaign: campaign.slug, email: "a@example.org", level: "some" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { level: ["errors.following.levelRequired"] },
    });
    const [draft] = await t.db
      .insert(campaigns)
      .values({
        slug: `draft-${randomUUID().slice(0, 6)}`,
        title: "Draft",
        status: "draft",
        targetId: (await t.db.query.campaigns.findFirst())!.targetId,
      })
      .returning();
    expect(
      await run(followRequestDefinition, { campaign: draft!.slug, email: "a@example.org", level: "all" }),
    ).toMatchObject({ ok: false, error: "errors.following.targetNotFound" });
  });

  it("limits requests per address, and says how long to wait", async () => {
    const email = `limited-${randomUUID().slice(0, 6)}@example.org`;
    const attempt = () =>
      import("@/lib/actions/safe-action").then(({ executeAction }) =>
        executeAction(followRequestDefinition, { campaign: campaign.slug, email, level: "all" }, fresh()),
      );
    for (let i = 0; i < FOLLOWING_LIMIT_DEFAULTS.perEmailPerHour; i++)
      expect((await attempt()).ok).toBe(true);
    const refused = await attempt();
    expect(refused).toMatchObject({
      ok: false,
      error: "errors.following.emailRateLimited",
      fieldErrors: { email: ["errors.following.emailRateLimited"] },
    });
    expect(refused.ok ? 0 : Number(refused.errorValues?.minutes)).toBeGreaterThan(0);
  });
});

describe("the follow form's route (no JavaScript, on a cached page)", () => {
  const post = (body: string) =>
    respondToFollowForm(
      new Request("http://localhost:3000/follow/request", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9" },
        body,
      }),
      { db: t.db },
    );

  it("answers 'check your inbox' with a redirect", async () => {
    const response = await post(`campaign=${campaign.slug}&email=form.user%40example.org&level=responses`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/follow/sent");
    expect((await lastMail("form.user@example.org"))!.kind).toBe("follow_confirmation");
  });

  it("sends a refusal to the form's own page, beside its field, without the address in the URL", async () => {
    const response = await post(`campaign=${campaign.slug}&letter=${letterSlug}&email=nope&level=all`);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/follow");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      campaign: campaign.slug,
      letter: letterSlug,
      error: "errors.email.invalid",
      field: "email",
      level: "all",
    });
  });
});

describe("signers", () => {
  it("choose at confirmation whether they hear the letter's news, and may follow its campaign at once", async () => {
    const open = await createLetter(t.db, campaign.id);
    const sign = (email: string) =>
      ok(run(signIndividualDefinition, individualInput(open.id, { email, name: "Signer" })));
    const tokenOf = async (email: string) => tokenIn((await lastMail(email))!.textBody, "/confirm")!;
    await sign("declines@example.org");
    const declining = await tokenOf("declines@example.org");
    // Following needs a confirmed signature.
    expect(await run(followFromSignatureDefinition, { token: declining, level: "all" })).toMatchObject({
      ok: false,
      error: "errors.following.signatureNotConfirmed",
    });
    await ok(
      run(confirmSignatureDefinition, {
        token: declining,
        name: "Signer",
        visibility: "public",
        newsChoice: "1",
      }),
    );
    await sign("keeps@example.org");
    const keeping = await tokenOf("keeps@example.org");
    await ok(
      run(confirmSignatureDefinition, {
        token: keeping,
        name: "Signer",
        visibility: "public",
        newsChoice: "1",
        notifyUpdates: "on",
      }),
    );
    const notifyOf = async (email: string) =>
      (
        await t.db
          .select({ notify: signatures.notifyUpdates })
          .from(signatures)
          .where(and(eq(signatures.letterId, open.id), eq(signatures.email, email)))
      )[0]!.notify;
    expect(await notifyOf("declines@example.org")).toBe(false);
    expect(await notifyOf("keeps@example.org")).toBe(true);

    expect(await ok(run(followFromSignatureDefinition, { token: keeping, level: "all" }))).toEqual({
      campaignTitle: "Test campaign",
    });
    expect((await listSubscriptions(t.db, { email: "keeps@example.org" })).follows).toMatchObject([
      { campaignTitle: "Test campaign", level: "all", confirmed: true },
    ]);
  });
});

describe("a signed-in member", () => {
  let member: ActorDto;
  beforeAll(async () => {
    member = await createActor(t.db, { name: "Member" });
  });

  it("follows with the account's address at once, and stops", async () => {
    const { followId } = await ok(
      run(followFromAccountDefinition, { campaignId: campaign.id, level: "all" }, member),
    );
    expect((await listSubscriptions(t.db, { email: member.email })).follows).toMatchObject([
      { id: followId, confirmed: true, level: "all" },
    ]);
    const other = await createActor(t.db, { name: "Other" });
    expect(await run(stopAccountFollowDefinition, { followId }, other)).toMatchObject({
      ok: false,
      error: "errors.following.subscriptionNotFound",
    });
    await ok(run(stopAccountFollowDefinition, { followId }, member));
    expect((await listSubscriptions(t.db, { email: member.email })).follows).toEqual([]);
  });
});

describe("managing subscriptions by e-mailed link", () => {
  const email = "manager@example.org";
  let token: string;

  it("e-mails a link only to an address with something to manage, and answers alike", async () => {
    expect(await ok(run(subscriptionsLinkDefinition, { email: "nobody@example.org" }))).toMatchObject({
      status: "check_email",
      mail: [],
    });
    expect(await lastMail("nobody@example.org")).toBeUndefined();
    await followConfirmed(t.db, {
      email,
      target: { campaignId: campaign.id, letterId: null },
      level: "all",
      locale: "en-GB",
    });
    await ok(run(subscriptionsLinkDefinition, { email }));
    const mail = await lastMail(email);
    expect(mail!.kind).toBe("subscriptions_link");
    token = tokenIn(mail!.textBody, "/subscriptions")!;
  });

  it("changes what a follow hears, and stops it; another address's follow is not its to change", async () => {
    const [follow] = (await listSubscriptions(t.db, { email })).follows;
    await ok(run(changeFollowDefinition, { token, followId: follow!.id, level: "responses" }));
    expect((await listSubscriptions(t.db, { email })).follows[0]!.level).toBe("responses");
    const [someoneElse] = (await listSubscriptions(t.db, { email: "reader.one@example.org" })).follows;
    expect(
      await run(changeFollowDefinition, { token, followId: someoneElse!.id, level: "stop" }),
    ).toMatchObject({
      ok: false,
      error: "errors.following.subscriptionNotFound",
    });
    await ok(run(changeFollowDefinition, { token, followId: follow!.id, level: "stop" }));
    expect((await listSubscriptions(t.db, { email })).follows).toEqual([]);
  });

  it("turns a signature's news off and on", async () => {
    const open = await createLetter(t.db, campaign.id);
    const [signature] = await t.db
      .insert(signatures)
      .values({
        letterId: open.id,
        kind: "individual",
        displayName: "Manager",
        email,
        emailNormalised: email,
        status: "confirmed",
        confirmedAt: new Date(),
      })
      .returning({ id: signatures.id });
    expect(
      await ok(run(signatureNewsDefinition, { token, signatureId: signature!.id, notify: "off" })),
    ).toEqual({
      notify: false,
    });
    expect((await listSubscriptions(t.db, { email })).signatures).toMatchObject([
      { id: signature!.id, notify: false },
    ]);
    await ok(run(signatureNewsDefinition, { token, signatureId: signature!.id, notify: "on" }));
    expect((await listSubscriptions(t.db, { email })).signatures[0]!.notify).toBe(true);
  });

  it("refuses an expired link", async () => {
    await t.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.emailNormalised, email));
    const [signature] = (await listSubscriptions(t.db, { email })).signatures;
    expect(
      await run(signatureNewsDefinition, { token, signatureId: signature!.id, notify: "off" }),
    ).toMatchObject({
      ok: false,
      error: "errors.following.linkExpired",
    });
  });
});

describe("unsubscribing", () => {
  it("stops every e-mail about the campaign to the address, from the page or a mail client's one-click POST", async () => {
    const email = `leaving-${randomUUID().slice(0, 6)}@example.org`;
    const target = { campaignId: campaign.id, letterId: null };
    const { followId } = await followConfirmed(t.db, { email, target, level: "all", locale: "en-GB" });
    const token = unsubscribeToken({ kind: "follow", id: followId }, process.env.AUTH_SECRET!);
    expect(await ok(run(unsubscribeDefinition, { token }))).toMatchObject({
      campaignTitle: "Test campaign",
      email: "l•••@example.org",
      stopped: 1,
    });
    expect((await listSubscriptions(t.db, { email })).follows).toEqual([]);

    // Following again, then the mail client's button.
    await followConfirmed(t.db, { email, target, level: "all", locale: "en-GB" });
    const response = await respondToOneClickUnsubscribe(
      new Request(`http://localhost:3000/api/unsubscribe/${token}`, { method: "POST" }),
      token,
      { db: t.db },
    );
    expect(response.status).toBe(200);
    const [row] = await t.db
      .select({ stoppedAt: follows.stoppedAt })
      .from(follows)
      .where(eq(follows.id, followId));
    expect(row!.stoppedAt).not.toBeNull();

    // A token this site did not sign stops nothing.
    const forged = unsubscribeToken({ kind: "follow", id: followId }, "not the site's secret");
    expect(await run(unsubscribeDefinition, { token: forged })).toMatchObject({
      ok: false,
      error: "errors.following.tokenInvalid",
    });
    const refused = await respondToOneClickUnsubscribe(
      new Request(`http://localhost:3000/api/unsubscribe/${forged}`, { method: "POST" }),
      forged,
      { db: t.db },
    );
    expect(refused.status).toBe(404);
  });
});
