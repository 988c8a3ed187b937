import { eq, inArray } from "drizzle-orm";
import { updateTag } from "next/cache";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ModerationOutcome } from "@/components/staff/signatures/moderation-forms";
import { listPendingSignatures, type ModerationResult } from "@/db/queries/signature-moderation";
import type { ActorDto } from "@/db/queries/users";
import { auditLog, type Letter, letters, signatures } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import { executeAction } from "@/lib/actions/safe-action";
import {
  approveSignaturesDefinition,
  rejectSignaturesDefinition,
  signOrganisationDefinition,
} from "@/lib/actions/signing/definitions";
import { messages } from "@/messages/en";
import {
  createActor,
  createCampaign,
  createLetter,
  createOrganisation,
  organisationInput,
  tallyOf,
} from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let campaign: { id: string; slug: string };
let staff: ActorDto;
let member: ActorDto;
let n = 0;

/** A signature the signatory has confirmed and that waits for staff (flagged, or by the letter's rule). */
async function queued(
  letter: Letter,
  overrides: Partial<typeof signatures.$inferInsert> = {},
): Promise<string> {
  n++;
  const [row] = await t.db
    .insert(signatures)
    .values({
      letterId: letter.id,
      kind: "individual",
      displayName: `Person ${n}`,
      email: `person${n}@example.org`,
      emailNormalised: `person${n}@example.org`,
      status: "pending",
      flags: ["too_fast"],
      confirmedAt: new Date(),
      ...overrides,
    })
    .returning({ id: signatures.id });
  return row.id;
}

const approve = (actor: ActorDto | null, input: Record<string, unknown>) =>
  executeAction(approveSignaturesDefinition, input, { actor, ip: "192.0.2.9", db: t.db });
const reject = (actor: ActorDto | null, input: Record<string, unknown>) =>
  executeAction(rejectSignaturesDefinition, input, { actor, ip: "192.0.2.9", db: t.db });

async function statuses(ids: string[]) {
  const rows = await t.db
    .select({ id: signatures.id, status: signatures.status, reason: signatures.rejectionReason })
    .from(signatures)
    .where(inArray(signatures.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

beforeAll(async () => {
  campaign = await createCampaign(t.db);
  staff = await createActor(t.db, { name: "Stella Staff", role: "staff" });
  member = await createActor(t.db, { name: "Mo Member" });
});

describe("the approval queue", () => {
  it("lists only what signatories confirmed and staff have not decided, oldest first, e-mail included", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const waiting = await queued(letter, { confirmedAt: new Date(Date.now() - 60_000) });
    const newer = await queued(letter);
    await queued(letter, { confirmedAt: null }); // still waiting for its e-mail link
    await queued(letter, { status: "confirmed" });
    const { entries } = await listPendingSignatures(t.db);
    const mine = entries.filter((e) => e.letter.letterId === letter.id);
    expect(mine.map((e) => e.id)).toEqual([waiting, newer]);
    expect(mine[0]).toMatchObject({ flags: ["too_fast"], email: expect.stringContaining("@example.org") });
  });

  it("approves one or many at once: they count, the letter's pages are refreshed, each is audited", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const ids = [await queued(letter), await queued(letter), await queued(letter)];
    expect((await tallyOf(t.db, letter.id)).individuals).toBe(0);

    const one = await approve(staff, { ids: ids[0] });
    expect(one).toMatchObject({ ok: true, data: { skipped: 0, changed: [{ id: ids[0] }] } });
    const many = await approve(staff, { ids: [ids[1], ids[2], ids[0]] });
    expect(many).toMatchObject({ ok: true, data: { skipped: 1 } });
    expect(await statuses(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, "confirmed"])));
    expect((await tallyOf(t.db, letter.id)).individuals).toBe(3);
    expect(updateTag).toHaveBeenCalledWith(`letter:${campaign.slug}/${letter.slug}`);
    const entries = await t.db.select().from(auditLog).where(inArray(auditLog.entityId, ids));
    expect(entries.filter((e) => e.action === "signature.approve")).toHaveLength(3);
    expect(entries.every((e) => e.actorUserId === staff.id)).toBe(true);
  });

  it("rejects with a reason, which stays in the record; without one, nothing changes", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const ids = [await queued(letter), await queued(letter, { confirmedAt: null })];
    expect(await reject(staff, { ids, reason: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["errors.signing.reasonRequired"] },
    });
    expect(await statuses(ids)).toEqual({ [ids[0]]: "pending", [ids[1]]: "pending" });

    // Unconfirmed ones may be rejected too (spam that will never confirm).
    expect(await reject(staff, { ids, reason: "Duplicate of a signature by post" })).toMatchObject({
      ok: true,
      data: { skipped: 0 },
    });
    const rows = await t.db.select().from(signatures).where(inArray(signatures.id, ids));
    for (const row of rows) {
      expect(row).toMatchObject({ status: "rejected", rejectionReason: "Duplicate of a signature by post" });
      expect(row.rejectedAt).not.toBeNull();
    }
    // Nothing public changed: the signatures were never on the list.
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("does not approve a signature still waiting for its e-mail link, nor one on a sent letter", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const unconfirmed = await queued(letter, { confirmedAt: null });
    const onSent = await queued(letter);
    await t.db.update(letters).set({ status: "sent", sentOn: "2026-02-01" }).where(eq(letters.id, letter.id));
    expect(await approve(staff, { ids: [unconfirmed, onSent] })).toMatchObject({
      ok: true,
      data: { changed: [], skipped: 2 },
    });
    expect(await statuses([unconfirmed, onSent])).toEqual({ [unconfirmed]: "pending", [onSent]: "pending" });
  });

  it("approves organisation signatures of a letter that requires approval", async () => {
    const letter = await createLetter(t.db, campaign.id, { requiresApproval: true });
    const org = await createOrganisation(t.db, "Moderated NGO");
    const signer = await createActor(t.db, {
      name: "Ola Signer",
      memberships: [{ organisation: org, role: "signer" }],
    });
    const signed = await executeAction(signOrganisationDefinition, organisationInput(letter.id, org.id), {
      actor: signer,
      ip: "192.0.2.10",
      db: t.db,
    });
    if (!signed.ok) throw new Error(signed.error);
    const { entries } = await listPendingSignatures(t.db);
    expect(entries.find((e) => e.id === signed.data.signatureId)).toMatchObject({
      kind: "organisation",
      flags: [],
    });
    expect(await approve(staff, { ids: [signed.data.signatureId] })).toMatchObject({ ok: true });
    expect((await tallyOf(t.db, letter.id)).organisations).toBe(1);
    expect(updateTag).toHaveBeenCalledWith(`organisation:${org.slug}`);
  });

  it("is for staff only", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const id = await queued(letter);
    expect(await approve(member, { ids: [id] })).toEqual({ ok: false, error: "errors.notAllowed" });
    expect(await reject(null, { ids: [id], reason: "x" })).toEqual({
      ok: false,
      error: "errors.signInRequired",
    });
    expect(await statuses([id])).toEqual({ [id]: "pending" });
  });
});

/** What the staff page shows for a decision's outcome, in English. */
function shown(
  state: ActionResult<ModerationResult> | null,
  done: "approved" | "rejected" = "approved",
): string {
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale: "en-GB",
      messages,
      timeZone: "UTC",
      // biome-ignore lint/correctness/noChildrenProp: createElement in a .ts file; the provider's props require children.
      children: createElement(ModerationOutcome, { state, done }),
    }),
  );
}

describe("what the staff page says", () => {
  it("says to select a signature when none is ticked, not only that some field needs attention", async () => {
    const none = await approve(staff, {});
    expect(none).toMatchObject({ ok: false, fieldErrors: { ids: ["errors.signing.selectionRequired"] } });
    const html = shown(none);
    expect(html).toContain("Select at least one signature.");
    expect(html).not.toContain("Some fields need attention");

    // Rejecting with nothing ticked and no reason: the selection is said here, the reason beside its field.
    const rejected = await reject(staff, { ids: [], reason: "" });
    expect(rejected).toMatchObject({
      ok: false,
      fieldErrors: { ids: ["errors.signing.selectionRequired"], reason: ["errors.signing.reasonRequired"] },
    });
    expect(shown(rejected, "rejected")).toContain("Select at least one signature.");
  });

  it("says what a decision did, and a refusal without a field as it is", async () => {
    const letter = await createLetter(t.db, campaign.id);
    const ids = [await queued(letter), await queued(letter)];
    expect(shown(await reject(staff, { ids, reason: "Spam" }), "rejected")).toContain(
      "2 signatures rejected.",
    );
    expect(shown(await approve(member, { ids }))).toContain("You are not allowed to do this.");
  });
});
