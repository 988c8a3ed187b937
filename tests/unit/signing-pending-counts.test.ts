import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/db/queries/dashboard";
import { listPendingSignatures } from "@/db/queries/signature-moderation";
import { getSignPageLetter, listLiveOrganisationSignatures } from "@/db/queries/signing";
import { getStaffCounts } from "@/db/queries/staff";
import { listStaffLetters } from "@/db/queries/staff-letters";
import { campaigns, type Letter, signatures, users } from "@/db/schema";
import { createCampaign, createLetter, createOrganisation } from "../helpers/signing-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * "Waiting for approval" means the same everywhere staff see it: the dashboard, the
 * letters list and the approval queue count only signatures the signatory confirmed.
 * An individual who has not followed the e-mail link yet is nothing for staff to decide.
 */

let t: TestDb;
let letter: Letter;
let campaignSlug: string;

beforeAll(async () => {
  t = await createTestDb();
  const campaign = await createCampaign(t.db);
  campaignSlug = campaign.slug;
  letter = await createLetter(t.db, campaign.id, { requiresApproval: true });
  const base = { letterId: letter.id, kind: "individual" as const, status: "pending" as const };
  await t.db.insert(signatures).values([
    // Waiting for the e-mail link: not for staff.
    { ...base, displayName: "Unconfirmed One", email: "u1@example.org", emailNormalised: "u1@example.org" },
    { ...base, displayName: "Unconfirmed Two", email: "u2@example.org", emailNormalised: "u2@example.org" },
    // Confirmed by the signatory, waiting for staff.
    {
      ...base,
      displayName: "Awaiting Approval",
      email: "a1@example.org",
      emailNormalised: "a1@example.org",
      confirmedAt: new Date(),
    },
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe("signatures awaiting approval", () => {
  it("are counted alike on the dashboard, in the letters list and in the queue", async () => {
    const queue = await listPendingSignatures(t.db);
    expect(queue.total).toBe(1);

    const dashboard = await loadDashboard(t.db);
    expect(dashboard.pendingSignatures.total).toBe(1);
    expect(dashboard.pendingSignatures.letters).toEqual([
      expect.objectContaining({ letterId: letter.id, count: 1 }),
    ]);

    const [listed] = (await listStaffLetters(t.db, {})).filter((l) => l.id === letter.id);
    expect(listed?.pendingSignatures).toBe(1);

    expect((await getStaffCounts(t.db)).pendingSignatures).toBe(1);
  });
});

describe("the sign page's queries", () => {
  it("find a public letter by its address, and not a draft", async () => {
    const found = await getSignPageLetter(t.db, { campaignSlug, letterSlug: letter.slug });
    expect(found).toMatchObject({
      id: letter.id,
      status: "collecting",
      whoCanSign: "both",
      requiresApproval: true,
      timeZone: expect.any(String),
    });
    const draft = await createLetter(t.db, letter.campaignId, { status: "draft" });
    expect(await getSignPageLetter(t.db, { campaignSlug, letterSlug: draft.slug })).toBeNull();
    expect(await getSignPageLetter(t.db, { campaignSlug: "nope", letterSlug: letter.slug })).toBeNull();
    const [hidden] = await t.db
      .insert(campaigns)
      .values({
        slug: `${campaignSlug}-private`,
        title: "Private",
        status: "active",
        visibility: "private",
        targetId: (await t.db.select({ targetId: campaigns.targetId }).from(campaigns).limit(1))[0]!.targetId,
      })
      .returning();
    const inPrivate = await createLetter(t.db, hidden!.id);
    expect(
      await getSignPageLetter(t.db, { campaignSlug: hidden!.slug, letterSlug: inPrivate.slug }),
    ).toBeNull();
  });

  it("say which of the given organisations signed, by whom and when; withdrawn ones are gone", async () => {
    const signed = await createOrganisation(t.db, "Signed Org");
    const withdrawn = await createOrganisation(t.db, "Withdrawn Org");
    const other = await createOrganisation(t.db, "Someone Else's Org");
    const [user] = await t.db
      .insert(users)
      .values({ email: "signer@example.org", name: "Sam Signer" })
      .returning({ id: users.id });
    const at = new Date("2026-05-01T10:00:00Z");
    await t.db.insert(signatures).values([
      {
        letterId: letter.id,
        kind: "organisation",
        organisationId: signed.id,
        signedByUserId: user!.id,
        displayName: signed.name,
        status: "confirmed",
        createdAt: at,
        confirmedAt: at,
      },
      {
        letterId: letter.id,
        kind: "organisation",
        organisationId: withdrawn.id,
        signedByUserId: user!.id,
        displayName: withdrawn.name,
        status: "withdrawn",
      },
      {
        letterId: letter.id,
        kind: "organisation",
        organisationId: other.id,
        displayName: other.name,
        status: "confirmed",
      },
    ]);
    const live = await listLiveOrganisationSignatures(t.db, {
      letterId: letter.id,
      organisationIds: [signed.id, withdrawn.id],
    });
    expect(live).toEqual([
      {
        signatureId: expect.any(String),
        organisationId: signed.id,
        status: "confirmed",
        visibility: "public",
        signedBy: "Sam Signer",
        signedAt: at,
      },
    ]);
    expect(await listLiveOrganisationSignatures(t.db, { letterId: letter.id, organisationIds: [] })).toEqual(
      [],
    );
  });
});
