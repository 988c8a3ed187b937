import { and, desc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { holdsAddress, listOpenErasureRequests, loadHeldData } from "@/db/queries/data-subject";
import { followConfirmed, requestFollow } from "@/db/queries/following";
import { loadLetterPage } from "@/db/queries/public-letters";
import type { ActorDto } from "@/db/queries/users";
import {
  auditLog,
  emailOutbox,
  erasureRequests,
  letters,
  organisationMembers,
  signatures,
  users,
} from "@/db/schema";
import { sendLetterDefinition } from "@/lib/actions/letters/definitions";
import {
  declineRequestDefinition,
  eraseRequestDefinition,
  requestDataLinkDefinition,
  requestErasureDefinition,
  withdrawOwnSignatureDefinition,
} from "@/lib/actions/privacy/definitions";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition, signOrganisationDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { DATA_LINK_TTL_MS, dataLinkToken, readDataLinkToken } from "@/lib/server/data-link";
import { whereFound } from "../helpers/personal-data";
import {
  createActor,
  createCampaign,
  createLetter,
  createOrganisation,
  individualInput,
  organisationInput,
} from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * A person's rights over their data, from the link in an e-mail: what the site holds
 * about their address, withdrawing a signature from a letter still collecting, and asking
 * for erasure; then staff erasing it from the queue. On a letter already sent the
 * signature leaves the list, the count goes down and the letter says so; the address is
 * then nowhere in the database, and the audit log says how much went, not whose.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();

/** One person: signs two letters as an individual, and signs for an organisation with an account of the same address. */
const PERSON = { name: "Noor Requester", email: "noor.requester@example.net", ip: "198.51.100.41" };

let staff: ActorDto;
let member: ActorDto;
let campaignSlug: string;
let campaignId: string;
let collecting: { id: string; slug: string };
let sent: { id: string; slug: string };
let organisationId: string;

const as = (actor: ActorDto | null, ip = "192.0.2.9") => ({ actor, ip, db: t.db });
const token = (address = PERSON.email, now?: Date) => dataLinkToken(address, now);

async function signAndConfirm(letterId: string, who: { name: string; email: string; ip: string }) {
  await submitIndividualSignature(individualInput(letterId, { name: who.name, email: who.email }), {
    ip: who.ip,
    db: t.db,
  });
  const [mail] = await t.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, who.email), eq(emailOutbox.kind, "signature_confirmation")))
    .orderBy(desc(emailOutbox.createdAt));
  const confirmToken = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1];
  expect(
    (await executeAction(confirmSignatureDefinition, { token: confirmToken }, as(null, who.ip))).ok,
  ).toBe(true);
}

const held = () => loadHeldData(t.db, { address: PERSON.email, siteMonths: 12 });

beforeAll(async () => {
  const campaign = await createCampaign(t.db);
  campaignSlug = campaign.slug;
  campaignId = campaign.id;
  staff = await createActor(t.db, { name: "Staff", role: "staff" });
  const organisation = await createOrganisation(t.db, "Requester's Organisation");
  organisationId = organisation.id;
  member = await createActor(t.db, { name: PERSON.name, memberships: [{ organisation, role: "signer" }] });
  // The member's account has the person's address.
  await t.db.update(users).set({ email: PERSON.email }).where(eq(users.id, member.id));
  const first = await createLetter(t.db, campaign.id, { title: "Still collecting" });
  const second = await createLetter(t.db, campaign.id, { title: "Already sent" });
  collecting = { id: first.id, slug: first.slug };
  sent = { id: second.id, slug: second.slug };
  await signAndConfirm(first.id, PERSON);
  await signAndConfirm(second.id, PERSON);
  await signAndConfirm(second.id, {
    name: "Someone Else",
    email: "someone.else@example.net",
    ip: "198.51.100.42",
  });
  expect(
    (
      await executeAction(
        signOrganisationDefinition,
        organisationInput(first.id, organisation.id),
        as(member),
      )
    ).ok,
  ).toBe(true);
  expect(
    (await executeAction(sendLetterDefinition, { id: second.id, sentOn: "2026-02-02" }, as(staff))).ok,
  ).toBe(true);
});

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("the link to one's data", () => {
  it("opens only for the address it was sent to, and only until it expires", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const claim = readDataLinkToken(token("Noor.Requester+news@Example.net", now), now);
    expect(claim).toMatchObject({
      address: "Noor.Requester+news@Example.net",
      normalised: PERSON.email,
      expired: false,
    });
    const later = new Date(now.getTime() + DATA_LINK_TTL_MS + 1);
    expect(readDataLinkToken(token(PERSON.email, now), later)?.expired).toBe(true);
    // Altered by one character, it is no link at all.
    const good = token();
    const altered = `${good.slice(0, 10)}${good[10] === "A" ? "B" : "A"}${good.slice(11)}`;
    expect(readDataLinkToken(altered)).toBeNull();
    expect(readDataLinkToken("not-a-token")).toBeNull();
  });

  it("shows every signature with its letter, name, visibility, status and dates, and the account", async () => {
    const data = await held();
    expect(
      data.signatures.map((s) => [
        s.letter.title,
        s.kind,
        s.displayName,
        s.visibility,
        s.status,
        s.canWithdraw,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["Still collecting", "individual", PERSON.name, "public", "confirmed", true],
        ["Already sent", "individual", PERSON.name, "public", "confirmed", false],
        ["Still collecting", "organisation", "Requester's Organisation", "public", "confirmed", false],
      ]),
    );
    expect(data.signatures).toHaveLength(3);
    expect(data.signatures.every((s) => s.signedAt instanceof Date && s.confirmedAt instanceof Date)).toBe(
      true,
    );
    expect(data.account).toMatchObject({
      email: PERSON.email,
      role: "member",
      organisations: [{ name: "Requester's Organisation", role: "signer" }],
    });
    expect(data.erasureRequestedAt).toBeNull();
  });

  it("shows what the address follows, confirmed or not, and an address that only follows is held too", async () => {
    const FOLLOWER = "only.follows@example.org";
    expect(await holdsAddress(t.db, { address: FOLLOWER })).toBe(false);
    await followConfirmed(t.db, {
      email: FOLLOWER,
      target: { campaignId, letterId: null },
      level: "all",
      locale: "en-GB",
    });
    await requestFollow(t.db, {
      email: FOLLOWER,
      target: { campaignId, letterId: sent.id },
      level: "responses",
      locale: "en-GB",
    });
    expect(await holdsAddress(t.db, { address: FOLLOWER })).toBe(true);
    const data = await loadHeldData(t.db, { address: FOLLOWER, siteMonths: 12 });
    expect(data.signatures).toEqual([]);
    expect(data.follows).toHaveLength(2);
    expect(data.follows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          letter: null,
          level: "all",
          confirmedAt: expect.any(Date),
          stoppedAt: null,
        }),
        expect.objectContaining({
          letter: { title: "Already sent", slug: sent.slug },
          level: "responses",
          confirmedAt: null,
        }),
      ]),
    );
  });

  it("mails a link only to an address the site holds something about, with the same answer either way", async () => {
    const ask = (email: string) =>
      executeAction(requestDataLinkDefinition, { email }, as(null, "198.51.100.43"));
    const links = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "data_link"));
    expect(await ask("nobody.here@example.net")).toEqual({ ok: true, data: { mail: [] } });
    expect(await links()).toEqual([]);
    const answer = await ask(PERSON.email);
    expect(answer.ok && answer.data.mail).toHaveLength(1);
    const [mail] = await links();
    expect(mail!.toAddress).toBe(PERSON.email);
    // The link opens that address's data; the mail carries no second one.
    const found = mail!.textBody.match(/\/your-data\/([A-Za-z0-9_-]+)/g) ?? [];
    expect(found).toHaveLength(1);
    expect(readDataLinkToken(found[0]!.slice("/your-data/".length))?.normalised).toBe(PERSON.email);
  });

  it("withdraws a signature from a letter still collecting, not from one already sent, nor someone else's", async () => {
    const data = await held();
    const onCollecting = data.signatures.find(
      (s) => s.kind === "individual" && s.letter.title === "Still collecting",
    )!;
    const onSent = data.signatures.find((s) => s.letter.title === "Already sent")!;
    const withdraw = (signatureId: string, link = token()) =>
      executeAction(withdrawOwnSignatureDefinition, { token: link, signatureId }, as(null));

    expect(await withdraw(onCollecting.id, token("someone.else@example.net"))).toMatchObject({
      ok: false,
      error: "errors.signing.signatureNotFound",
    });
    expect(
      await withdraw(onCollecting.id, token(PERSON.email, new Date(Date.now() - DATA_LINK_TTL_MS - 1))),
    ).toMatchObject({
      ok: false,
      error: "errors.privacy.linkExpired",
    });
    expect(await withdraw(onSent.id)).toMatchObject({ ok: false, error: "errors.signing.letterFrozen" });
    expect(await withdraw(onCollecting.id)).toMatchObject({ ok: true, data: { wasConfirmed: true } });
    expect(await withdraw(onCollecting.id)).toMatchObject({
      ok: false,
      error: "errors.signing.alreadyWithdrawn",
    });
    const after = await held();
    expect(after.signatures.find((s) => s.id === onCollecting.id)).toMatchObject({
      status: "withdrawn",
      canWithdraw: false,
    });
  });

  it("records one open request per address, however often it is asked, and the database holds to it", async () => {
    const ask = () => executeAction(requestErasureDefinition, { token: token() }, as(null));
    expect(await ask()).toEqual({ ok: true, data: { created: true } });
    expect(await ask()).toEqual({ ok: true, data: { created: false } });
    expect(await t.db.select().from(erasureRequests)).toHaveLength(1);
    await expect(t.db.insert(erasureRequests).values({ email: PERSON.email })).rejects.toThrow();
    expect((await held()).erasureRequestedAt).toBeInstanceOf(Date);
    // Recorded in the audit log without the address.
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "privacy.request_erasure"));
    expect(entry).toMatchObject({ actorUserId: null, entityType: "erasure_request" });
    expect(JSON.stringify(entry)).not.toContain(PERSON.email);
  });
});

describe("staff erasing a request", () => {
  it("is for staff only", async () => {
    const [request] = await listOpenErasureRequests(t.db);
    const outsider = await createActor(t.db, { name: "Outsider" });
    expect(
      await executeAction(eraseRequestDefinition, { requestId: request!.id }, as(outsider)),
    ).toMatchObject({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await executeAction(eraseRequestDefinition, { requestId: request!.id }, as(null))).toMatchObject({
      ok: false,
      error: "errors.signInRequired",
    });
  });

  it("says in the queue what erasing will do, then erases everything, and the sent letter says so", async () => {
    const [request] = await listOpenErasureRequests(t.db);
    expect(request).toMatchObject({
      email: PERSON.email,
      signatures: 2,
      onSentLetters: 1,
      organisationSignatures: 1,
      hasAccount: true,
    });
    const page = () => loadLetterPage(t.db, { campaignSlug, letterSlug: sent.slug, now: new Date() });
    const before = (await page())!;
    expect(before.letter.tally.individuals).toBe(2);
    expect(before.individuals.rows.map((r) => r.displayName)).toContain(PERSON.name);
    expect(await whereFound(t.db, PERSON.email)).not.toEqual([]);

    const erased = await executeAction(eraseRequestDefinition, { requestId: request!.id }, as(staff));
    expect(erased).toMatchObject({
      ok: true,
      data: {
        outcome: { signaturesDeleted: 2, removedFromSentLetters: 1, organisationSignatures: 1, account: 1 },
      },
    });

    const after = (await page())!;
    expect(after.letter.tally.individuals).toBe(1);
    expect(after.letter.removedOnRequest).toBe(1);
    expect(after.individuals.rows.map((r) => r.displayName)).toEqual(["Someone Else"]);
    // On the letter still collecting, the signature had been withdrawn: no note there.
    const [stillCollecting] = await t.db.select().from(letters).where(eq(letters.id, collecting.id));
    expect(stillCollecting!.removedOnRequest).toBe(0);
    for (const needle of [PERSON.email, PERSON.name, "noor.requester"])
      expect(await whereFound(t.db, needle), needle).toEqual([]);
    // The organisation's signature keeps its place, without the person who made it.
    const [organisationSignature] = await t.db
      .select()
      .from(signatures)
      .where(eq(signatures.organisationId, organisationId));
    expect(organisationSignature).toMatchObject({ status: "confirmed", signedByUserId: null, email: null });
    // The account stays for the audit log's sake: disabled, with no name, address or password.
    const [account] = await t.db.select().from(users).where(eq(users.id, member.id));
    expect(account).toMatchObject({ name: null, passwordHash: null, disabledAt: expect.any(Date) });
    expect(
      await t.db.select().from(organisationMembers).where(eq(organisationMembers.userId, member.id)),
    ).toEqual([]);
    // The request keeps what was done, and by whom, not for whom.
    const [done] = await t.db.select().from(erasureRequests).where(eq(erasureRequests.id, request!.id));
    expect(done).toMatchObject({ status: "done", email: null, handledBy: staff.id });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "privacy.erase"));
    expect(entry).toMatchObject({
      actorUserId: staff.id,
      entityId: request!.id,
      after: expect.objectContaining({ signaturesDeleted: 2, letters: [`${campaignSlug}/${sent.slug}`] }),
    });
    expect(await listOpenErasureRequests(t.db)).toEqual([]);
  });

  it("handles a request once: a second try says it is done and changes nothing", async () => {
    const [request] = await t.db.select().from(erasureRequests);
    const [letter] = await t.db.select().from(letters).where(eq(letters.id, sent.id));
    expect(await executeAction(eraseRequestDefinition, { requestId: request!.id }, as(staff))).toMatchObject({
      ok: false,
      error: "errors.privacy.requestHandled",
    });
    const [again] = await t.db.select().from(letters).where(eq(letters.id, sent.id));
    expect(again!.removedOnRequest).toBe(letter!.removedOnRequest);
  });

  it("refuses to erase the site's only admin, and the request stays open", async () => {
    const admin = await createActor(t.db, { name: "Only Admin", role: "admin" });
    await t.db.update(users).set({ email: "only.admin@example.net" }).where(eq(users.id, admin.id));
    const asked = await executeAction(
      requestErasureDefinition,
      { token: token("only.admin@example.net") },
      as(null),
    );
    expect(asked).toMatchObject({ ok: true, data: { created: true } });
    const [request] = await listOpenErasureRequests(t.db);
    expect(await executeAction(eraseRequestDefinition, { requestId: request!.id }, as(staff))).toMatchObject({
      ok: false,
      error: "errors.privacy.lastAdmin",
    });
    expect(await listOpenErasureRequests(t.db)).toHaveLength(1);
    const [still] = await t.db.select().from(users).where(eq(users.id, admin.id));
    expect(still).toMatchObject({ email: "only.admin@example.net", disabledAt: null });
  });
});

describe("staff declining a request", () => {
  const ASKER = "min-ji.asker@example.kr";
  const REASON = "Tax law requires us to keep donors' records for five years, until March 2029.";

  it("needs a reason, is for staff only, and until then the request stays open", async () => {
    await executeAction(requestErasureDefinition, { token: token(ASKER), locale: "ko" }, as(null));
    const request = (await listOpenErasureRequests(t.db)).find((r) => r.email === ASKER)!;
    expect(
      await executeAction(declineRequestDefinition, { requestId: request.id, reason: "   " }, as(staff)),
    ).toMatchObject({ ok: false, fieldErrors: { reason: ["errors.privacy.declineReasonRequired"] } });
    expect(
      await executeAction(
        declineRequestDefinition,
        { requestId: request.id, reason: "x".repeat(2001) },
        as(staff),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: ["errors.privacy.declineReasonTooLong"] } });
    const outsider = await createActor(t.db, { name: "Another Outsider" });
    expect(
      await executeAction(declineRequestDefinition, { requestId: request.id, reason: REASON }, as(outsider)),
    ).toMatchObject({ ok: false, error: "errors.notAllowed" });
    expect((await listOpenErasureRequests(t.db)).map((r) => r.email)).toContain(ASKER);
  });

  it("e-mails the reason in the language the person asked in, erases nothing and forgets the address", async () => {
    const request = (await listOpenErasureRequests(t.db)).find((r) => r.email === ASKER)!;
    const declined = await executeAction(
      declineRequestDefinition,
      { requestId: request.id, reason: REASON },
      as(staff),
    );
    expect(declined).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(erasureRequests).where(eq(erasureRequests.id, request.id));
    expect(row).toMatchObject({
      status: "declined",
      email: null,
      handledBy: staff.id,
      declineReason: REASON,
    });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "erasure_declined"));
    expect(mail).toMatchObject({ toAddress: ASKER });
    // Written in Korean, with the reason as staff wrote it and the link to ask again.
    expect(mail!.subject).toMatch(/삭제 요청/);
    expect(mail!.textBody).toContain(REASON);
    expect(mail!.textBody).toContain("/your-data/");
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "privacy.decline"));
    expect(entry).toMatchObject({ actorUserId: staff.id, entityId: request.id });
    expect(JSON.stringify(entry)).not.toContain(ASKER);
    expect((await listOpenErasureRequests(t.db)).map((r) => r.email)).not.toContain(ASKER);
    // Handled once: declining or erasing it again says so.
    expect(
      await executeAction(declineRequestDefinition, { requestId: request.id, reason: REASON }, as(staff)),
    ).toMatchObject({ ok: false, error: "errors.privacy.requestHandled" });
    expect(await executeAction(eraseRequestDefinition, { requestId: request.id }, as(staff))).toMatchObject({
      ok: false,
      error: "errors.privacy.requestHandled",
    });
  });

  it("keeps a reason only on a declined request (the database holds to it)", async () => {
    await expect(
      t.db.insert(erasureRequests).values({ email: "someone.else@example.net", declineReason: "no" }),
    ).rejects.toThrow();
  });
});
