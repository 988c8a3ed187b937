import { eq } from "drizzle-orm";
import { updateTag } from "next/cache";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listLettersToSign, listOrganisationSignatures } from "@/db/queries/signing";
import type { ActorDto } from "@/db/queries/users";
import { auditLog, letters } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import {
  signOrganisationDefinition,
  withdrawOrganisationSignatureDefinition,
} from "@/lib/actions/signing/definitions";
import {
  createActor,
  createLetter,
  createOrganisation,
  organisationInput,
  setupOpenLetter,
  signaturesOn,
  tallyOf,
} from "../helpers/signing-fixtures";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let ngo: { id: string; slug: string; name: string };
let network: { id: string; slug: string; name: string };
let signer: ActorDto;
let colleague: ActorDto;
let viewer: ActorDto;

const signFor = (actor: ActorDto | null, input: Record<string, unknown>) =>
  executeAction(signOrganisationDefinition, input, { actor, ip: "192.0.2.1", db: t.db });
const withdraw = (actor: ActorDto | null, input: Record<string, unknown>) =>
  executeAction(withdrawOrganisationSignatureDefinition, input, { actor, ip: "192.0.2.1", db: t.db });

const liveSignatures = (letterId: string, organisationId: string) =>
  signaturesOn(t.db, letterId, { organisationId });

beforeAll(async () => {
  ngo = await createOrganisation(t.db, "Rights Watchers");
  network = await createOrganisation(t.db, "Asia Justice Network");
  signer = await createActor(t.db, {
    name: "Sam Signer",
    memberships: [
      { organisation: ngo, role: "signer" },
      { organisation: network, role: "owner" },
    ],
  });
  colleague = await createActor(t.db, {
    name: "Cleo Colleague",
    memberships: [{ organisation: ngo, role: "signer" }],
  });
  viewer = await createActor(t.db, {
    name: "Vic Viewer",
    memberships: [{ organisation: ngo, role: "viewer" }],
  });
});

describe("signing for an organisation", () => {
  it("signs for the organisation the member picks, listed or counted without its name, with an audit entry", async () => {
    const result = await signFor(signer, organisationInput(t.letter.id, ngo.id, "name_withheld"));
    expect(result).toMatchObject({
      ok: true,
      data: { status: "confirmed", organisation: { id: ngo.id }, letter: { letterSlug: t.letter.slug } },
    });
    const [row] = await liveSignatures(t.letter.id, ngo.id);
    expect(row).toMatchObject({
      kind: "organisation",
      status: "confirmed",
      visibility: "name_withheld",
      signedByUserId: signer.id,
      displayName: "Rights Watchers",
    });
    expect((await tallyOf(t.db, t.letter.id)).organisations).toBe(1);
    expect(updateTag).toHaveBeenCalledWith(`organisation:${ngo.slug}`);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(entry).toMatchObject({ action: "sign.organisation", actorUserId: signer.id });

    const other = await signFor(signer, organisationInput(t.letter.id, network.id));
    expect(other).toMatchObject({ ok: true, data: { organisation: { id: network.id } } });
    expect((await tallyOf(t.db, t.letter.id)).organisations).toBe(2);
  });

  it("refuses a second live signature, saying who signed and when", async () => {
    const second = await signFor(colleague, organisationInput(t.letter.id, ngo.id));
    expect(second).toMatchObject({
      ok: false,
      error: "errors.signing.organisationAlreadySigned",
      errorValues: { organisation: "Rights Watchers", by: "Sam Signer" },
      fieldErrors: { organisationId: ["errors.signing.organisationAlreadySigned"] },
    });
    if (!second.ok) expect(second.errorValues?.at).toBeInstanceOf(Date);
    expect(await liveSignatures(t.letter.id, ngo.id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous signings through", async () => {
    const race = await createLetter(t.db, t.campaign.id);
    const results = await Promise.all(
      [signer, colleague].map((actor) => signFor(actor, organisationInput(race.id, ngo.id))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "errors.signing.organisationAlreadySigned" });
    expect(await liveSignatures(race.id, ngo.id)).toHaveLength(1);
  });

  it("lets only the organisation's signers and owners sign for it", async () => {
    const input = organisationInput(t.letter.id, ngo.id);
    expect(await signFor(viewer, input)).toEqual({ ok: false, error: "errors.notAllowed" });
    expect(await signFor(colleague, { ...input, organisationId: network.id })).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(await signFor(null, input)).toEqual({ ok: false, error: "errors.signInRequired" });
    const staff = await createActor(t.db, { name: "Staff Person", role: "admin" });
    expect(await signFor(staff, input)).toEqual({ ok: false, error: "errors.notAllowed" });
  });

  it("keeps to the letter's rules: individuals-only, approval required", async () => {
    const peopleOnly = await createLetter(t.db, t.campaign.id, { whoCanSign: "individuals" });
    expect(await signFor(signer, organisationInput(peopleOnly.id, ngo.id))).toMatchObject({
      ok: false,
      error: "errors.signing.individualsOnly",
    });

    const moderated = await createLetter(t.db, t.campaign.id, { requiresApproval: true });
    const held = await signFor(signer, organisationInput(moderated.id, ngo.id));
    expect(held).toMatchObject({ ok: true, data: { status: "pending" } });
    expect(updateTag).not.toHaveBeenCalled();
    expect((await tallyOf(t.db, moderated.id)).organisations).toBe(0);
  });
});

describe("withdrawing and the organisation's history", () => {
  it("withdraws, keeps the withdrawn signature in the history, and lets the organisation sign again", async () => {
    const l = await createLetter(t.db, t.campaign.id);
    const signed = await signFor(signer, organisationInput(l.id, ngo.id));
    if (!signed.ok) throw new Error(signed.error);

    const withdrawn = await withdraw(colleague, {
      signatureId: signed.data.signatureId,
      organisationId: ngo.id,
    });
    expect(withdrawn).toMatchObject({ ok: true, data: { wasConfirmed: true } });
    expect((await tallyOf(t.db, l.id)).organisations).toBe(0);
    expect(updateTag).toHaveBeenCalledWith(`letter:${t.campaign.slug}/${l.slug}`);
    expect(
      await withdraw(colleague, { signatureId: signed.data.signatureId, organisationId: ngo.id }),
    ).toMatchObject({
      ok: false,
      error: "errors.signing.alreadyWithdrawn",
    });

    const again = await signFor(colleague, organisationInput(l.id, ngo.id));
    expect(again).toMatchObject({ ok: true, data: { status: "confirmed" } });
    expect((await tallyOf(t.db, l.id)).organisations).toBe(1);

    const history = (await listOrganisationSignatures(t.db, { organisationIds: [ngo.id] })).filter(
      (e) => e.letter.letterId === l.id,
    );
    expect(history.map((e) => [e.status, e.signedBy, e.canWithdraw])).toEqual([
      ["confirmed", "Cleo Colleague", true],
      ["withdrawn", "Sam Signer", false],
    ]);
  });

  it("refuses to withdraw another organisation's signature, or for someone who may not", async () => {
    const l = await createLetter(t.db, t.campaign.id);
    const signed = await signFor(signer, organisationInput(l.id, network.id));
    if (!signed.ok) throw new Error(signed.error);
    // Claiming it is the NGO's: the colleague may act for the NGO, but the signature is not its.
    expect(
      await withdraw(colleague, { signatureId: signed.data.signatureId, organisationId: ngo.id }),
    ).toMatchObject({
      ok: false,
      error: "errors.signing.signatureNotFound",
    });
    expect(
      await withdraw(colleague, { signatureId: signed.data.signatureId, organisationId: network.id }),
    ).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect((await liveSignatures(l.id, network.id))[0].status).toBe("confirmed");
  });

  it("freezes the list once the letter is sent: no withdrawal, no signing", async () => {
    const l = await createLetter(t.db, t.campaign.id);
    const signed = await signFor(signer, organisationInput(l.id, ngo.id));
    if (!signed.ok) throw new Error(signed.error);
    await t.db.update(letters).set({ status: "sent", sentOn: "2026-02-01" }).where(eq(letters.id, l.id));

    expect(
      await withdraw(signer, { signatureId: signed.data.signatureId, organisationId: ngo.id }),
    ).toMatchObject({
      ok: false,
      error: "errors.signing.letterFrozen",
    });
    expect(await signFor(signer, organisationInput(l.id, network.id))).toMatchObject({
      ok: false,
      error: "errors.signing.letterSent",
    });
    expect((await liveSignatures(l.id, ngo.id))[0].status).toBe("confirmed");
    const [entry] = (await listOrganisationSignatures(t.db, { organisationIds: [ngo.id] })).filter(
      (e) => e.letter.letterId === l.id,
    );
    expect(entry).toMatchObject({ canWithdraw: false, letter: { status: "sent" } });
  });
});

describe("the letters a member's organisations have yet to sign", () => {
  it("lists the letters open to organisations that one of them has not signed, and drops each once all have", async () => {
    const day = 24 * 60 * 60 * 1000;
    const open = await createLetter(t.db, t.campaign.id, {
      title: "Open to sign",
      signingClosesAt: new Date(Date.now() + 3 * day),
    });
    const closesLater = await createLetter(t.db, t.campaign.id, { title: "Closes later" });
    const closed = await createLetter(t.db, t.campaign.id, {
      signingOpensAt: new Date(Date.now() - 9 * day),
      signingClosesAt: new Date(Date.now() - day),
    });
    const individualsOnly = await createLetter(t.db, t.campaign.id, { whoCanSign: "individuals" });
    const draft = await createLetter(t.db, t.campaign.id, { status: "draft" });
    const toSign = async () =>
      (await listLettersToSign(t.db, { organisationIds: [ngo.id, network.id] })).filter((l) =>
        [open, closesLater, closed, individualsOnly, draft].some((x) => x.id === l.letterId),
      );

    // The one that closes soonest first; letters closed, for individuals only or drafts never.
    expect(await toSign()).toEqual([
      expect.objectContaining({
        title: "Open to sign",
        campaignSlug: t.campaign.slug,
        unsignedOrganisationIds: [ngo.id, network.id],
      }),
      expect.objectContaining({ title: "Closes later", unsignedOrganisationIds: [ngo.id, network.id] }),
    ]);

    const signed = await signFor(signer, organisationInput(open.id, ngo.id));
    if (!signed.ok) throw new Error(signed.error);
    expect((await toSign())[0]).toMatchObject({ letterId: open.id, unsignedOrganisationIds: [network.id] });

    const again = await signFor(signer, organisationInput(open.id, network.id));
    if (!again.ok) throw new Error(again.error);
    expect((await toSign()).map((l) => l.letterId)).toEqual([closesLater.id]);
  });
});
