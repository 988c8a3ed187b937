import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCollectingLetters, loadDashboard } from "@/db/queries/dashboard";
import { campaigns, signatures } from "@/db/schema";
import { createCampaign, createLetter, createOrganisation } from "../helpers/signing-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * The dashboard's "Collecting signatures": every letter open for signing, private
 * campaigns' included (it is for staff), with its confirmed signatures as the public
 * tally counts them and its closing time, the soonest to close first.
 */

let t: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  const campaign = await createCampaign(t.db);
  const later = await createLetter(t.db, campaign.id, {
    title: "Closes later",
    signingClosesAt: new Date("2027-02-01T09:00:00Z"),
  });
  const sooner = await createLetter(t.db, campaign.id, {
    title: "Closes sooner",
    signingClosesAt: new Date("2027-01-01T09:00:00Z"),
  });
  const open = await createLetter(t.db, campaign.id, { title: "No closing time" });
  await createLetter(t.db, campaign.id, { title: "Still a draft", status: "draft" });
  await createLetter(t.db, campaign.id, { title: "Already sent", status: "sent", sentOn: "2026-11-01" });
  const [hidden] = await t.db
    .insert(campaigns)
    .values({
      slug: "private-one",
      title: "Private",
      status: "active",
      visibility: "private",
      targetId: (await t.db.query.campaigns.findFirst())!.targetId,
    })
    .returning();
  const privateLetter = await createLetter(t.db, hidden.id, { title: "In a private campaign" });
  Object.assign(ids, { later: later.id, sooner: sooner.id, open: open.id, privateLetter: privateLetter.id });

  const org = await createOrganisation(t.db, "Signing Group");
  const individual = (n: number, status: "confirmed" | "pending" = "confirmed") => ({
    letterId: sooner.id,
    kind: "individual" as const,
    status,
    displayName: `Person ${n}`,
    email: `p${n}@example.org`,
    emailNormalised: `p${n}@example.org`,
  });
  await t.db.insert(signatures).values([
    individual(1),
    individual(2),
    individual(3, "pending"),
    {
      letterId: sooner.id,
      kind: "organisation",
      status: "confirmed",
      organisationId: org.id,
      displayName: org.name,
    },
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe("letters collecting signatures on the dashboard", () => {
  it("lists every letter open for signing, the soonest to close first, none closing last", async () => {
    const letters = await loadCollectingLetters(t.db);
    expect(letters.map((l) => l.title)).toEqual([
      "Closes sooner",
      "Closes later",
      "In a private campaign",
      "No closing time",
    ]);
    expect(letters.find((l) => l.id === ids.later)?.closesAt).toBe("2027-02-01T09:00:00.000Z");
    expect(letters.find((l) => l.id === ids.open)?.closesAt).toBeNull();
  });

  it("counts confirmed signatures only, as the public tally does", async () => {
    const sooner = (await loadCollectingLetters(t.db)).find((l) => l.id === ids.sooner)!;
    expect(sooner.signed).toBe(3);
    expect(sooner.tally.sentence).toBe("1 organisation and 2 individuals");
  });

  it("is part of the dashboard", async () => {
    const dashboard = await loadDashboard(t.db);
    expect(dashboard.collecting.map((l) => l.id)).toContain(ids.privateLetter);
  });
});
