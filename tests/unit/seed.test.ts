import { and, eq, getTableName, inArray, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStaffCampaigns, listStaffTargets } from "@/db/queries/staff-campaigns";
import { listStaffLetters } from "@/db/queries/staff-letters";
import { listStaffOrganisations } from "@/db/queries/staff-organisations";
import * as schema from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

const {
  coalitionMemberships,
  letters,
  letterVersions,
  organisationMembers,
  organisations,
  signatures,
  users,
} = schema;

let t: TestDb;
let first: { created: boolean };
let second: { created: boolean };
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;

const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[getTableName(table)] = await t.db.$count(table);
  return counts;
}

async function letterBySlug(slug: string) {
  const [letter] = await t.db.select().from(letters).where(eq(letters.slug, slug));
  if (!letter) throw new Error(`no letter ${slug}`);
  return letter;
}

async function orgBySlug(slug: string) {
  const [org] = await t.db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) throw new Error(`no organisation ${slug}`);
  return org;
}

async function confirmedSignatures(letterSlug: string) {
  const letter = await letterBySlug(letterSlug);
  return t.db
    .select()
    .from(signatures)
    .where(and(eq(signatures.letterId, letter.id), eq(signatures.status, "confirmed")));
}

beforeAll(async () => {
  t = await createTestDb();
  first = await seedDemo(t.db);
  countsAfterFirst = await rowCounts();
  second = await seedDemo(t.db);
  countsAfterSecond = await rowCounts();
});

afterAll(async () => {
  await t?.close();
});

describe("seedDemo", () => {
  it("is idempotent: a second run changes nothing", () => {
    expect(first).toEqual({ created: true });
    expect(second).toEqual({ created: false });
    expect(countsAfterSecond).toEqual(countsAfterFirst);
    expect(countsAfterFirst.campaigns).toBe(1);
    expect(countsAfterFirst.letters).toBe(3);
    expect(countsAfterFirst.responses).toBe(0);
  });

  it("records the December 2019 letter as 67 organisations and 10 individuals", async () => {
    const rows = await confirmedSignatures("december-2019-letter");
    expect(rows.filter((s) => s.kind === "organisation")).toHaveLength(67);
    expect(rows.filter((s) => s.kind === "individual")).toHaveLength(10);
    expect(rows.filter((s) => s.visibility === "name_withheld").length).toBeGreaterThanOrEqual(2);
    const letter = await letterBySlug("december-2019-letter");
    expect(letter).toMatchObject({ status: "sent", sentOn: "2019-12-01", sentPrecision: "month" });
  });

  it("has ICNK joined by 72 other groups on the March 2020 letter, none of them registered members", async () => {
    const rows = await confirmedSignatures("march-2020-joint-letter");
    const icnk = await orgBySlug("icnk");
    const orgIds = rows.filter((s) => s.kind === "organisation").map((s) => s.organisationId);
    expect(orgIds).toContain(icnk.id);
    expect(orgIds).toHaveLength(73);
    expect(rows.filter((s) => s.kind === "individual")).toHaveLength(10);

    const members = await t.db
      .select({ memberId: coalitionMemberships.memberId })
      .from(coalitionMemberships)
      .where(eq(coalitionMemberships.coalitionId, icnk.id));
    expect(members.length).toBeGreaterThan(0);
    const memberIds = members.map((m) => m.memberId);
    expect(orgIds.filter((id) => memberIds.includes(id!))).toEqual([]);
    const hrw = await orgBySlug("human-rights-watch");
    const csw = await orgBySlug("csw");
    expect(memberIds).not.toContain(hrw.id);
    expect(memberIds).not.toContain(csw.id);
  });

  it("leaves a sample follow-up letter collecting, signed by neither CSW nor the other account's organisation", async () => {
    const letter = await letterBySlug("follow-up-letter-2026");
    expect(letter).toMatchObject({ status: "collecting", isSample: true, whoCanSign: "both", sentOn: null });
    const rows = await confirmedSignatures("follow-up-letter-2026");
    expect(rows.length).toBeGreaterThan(0);
    const excluded = await t.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.slug, ["csw", "sample-open-door-rights-network"]));
    expect(excluded).toHaveLength(2);
    const signedOrgIds = rows.map((s) => s.organisationId);
    for (const { id } of excluded) expect(signedOrgIds).not.toContain(id);
  });

  it("stores version 1 of every letter's text", async () => {
    const versions = await t.db.select().from(letterVersions);
    const all = await t.db.select().from(letters);
    expect(versions).toHaveLength(all.length);
    for (const letter of all) {
      expect(versions.find((v) => v.letterId === letter.id)).toMatchObject({
        version: 1,
        bodyMarkdown: letter.bodyMarkdown,
      });
    }
  });

  it("creates the four demo accounts with their roles and the shared demo password", async () => {
    const rows = await t.db
      .select()
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_ACCOUNTS.map((a) => a.email),
        ),
      );
    expect(rows).toHaveLength(4);
    const role = Object.fromEntries(rows.map((u) => [u.email, u.role]));
    expect(role).toEqual({
      "admin@answerable.example": "admin",
      "staff@answerable.example": "staff",
      "member@answerable.example": "member",
      "other@answerable.example": "member",
    });
    expect(await verifyPassword(DEMO_PASSWORD, rows[0]!.passwordHash!)).toBe(true);

    const memberships = await t.db
      .select({ email: users.email, slug: organisations.slug, role: organisationMembers.role })
      .from(organisationMembers)
      .innerJoin(users, eq(users.id, organisationMembers.userId))
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId));
    expect(memberships).toContainEqual({ email: "member@answerable.example", slug: "csw", role: "signer" });
    const other = memberships.find((m) => m.email === "other@answerable.example");
    expect(other?.role).toBe("owner");
    expect(other?.slug).not.toBe("csw");
  });

  it("marks generated organisations and signatures as sample data, and the real ones not", async () => {
    for (const slug of ["icnk", "human-rights-watch", "csw"]) {
      expect((await orgBySlug(slug)).isSample).toBe(false);
    }
    const orgs = await t.db.select().from(organisations);
    const real = new Set(["icnk", "human-rights-watch", "csw"]);
    for (const o of orgs) expect(o.isSample).toBe(!real.has(o.slug));

    const realIds = new Set(orgs.filter((o) => real.has(o.slug)).map((o) => o.id));
    const all = await t.db.select().from(signatures);
    for (const s of all) {
      expect(s.isSample).toBe(!(s.organisationId && realIds.has(s.organisationId)));
    }
  });

  it("is counted right in the staff lists: each row's own campaigns, members, asks and signatures", async () => {
    const [target] = await listStaffTargets(t.db);
    expect(target.campaignCount).toBe(1);
    const { items } = await listStaffOrganisations(t.db, { search: "ICNK" });
    const icnk = items.find((o) => o.kind === "coalition");
    expect(icnk?.currentMembers).toBeGreaterThan(0);
    const [campaign] = await listStaffCampaigns(t.db);
    expect({ asks: campaign.askCount, letters: campaign.letterCount }).toEqual({ asks: 2, letters: 3 });
    const december = (await listStaffLetters(t.db, {})).find((l) => l.slug === "december-2019-letter");
    expect(december?.confirmedSignatures).toBe(77);
  });

  it("dates the sent letters' signatures by their sending, not by the day the demo was seeded", async () => {
    const december = await letterBySlug("december-2019-letter");
    const rows = await t.db.select().from(signatures).where(eq(signatures.letterId, december.id));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.createdAt.toISOString()).toBe("2019-12-01T00:00:00.000Z");
  });
});
