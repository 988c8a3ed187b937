import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getPublicExportLetter,
  getStaffExportLetter,
  listPublicExportRows,
  listStaffExportRows,
} from "@/db/queries/import-export";
import { campaigns, letters, signatures } from "@/db/schema";
import { toCsv } from "@/lib/domain/csv";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let december: string;
let campaignId: string;
let withheldNames: string[];

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const [letter] = await t.db.select().from(letters).where(eq(letters.slug, "december-2019-letter"));
  december = letter!.id;
  campaignId = letter!.campaignId;
  const withheld = await t.db.select().from(signatures).where(eq(signatures.visibility, "name_withheld"));
  withheldNames = withheld.filter((s) => s.letterId === december).map((s) => s.displayName);
});
afterAll(async () => {
  await t?.close();
});

describe("the public signatory export", () => {
  it("lists the December 2019 letter's public signatories with no e-mail and no withheld name", async () => {
    expect(withheldNames.length).toBeGreaterThan(0);
    const rows = await listPublicExportRows(t.db, { letterId: december });
    // 67 organisations and 10 individuals, two of whom withheld their names.
    expect(rows).toHaveLength(67 + 10 - withheldNames.length);
    expect(Object.keys(rows[0]!).sort()).toEqual(["country", "displayName", "kind", "titleAffiliation"]);
    const csv = toCsv(rows.map((r) => [r.displayName, r.titleAffiliation, r.country, r.kind]));
    expect(csv).not.toContain("@");
    for (const name of withheldNames) expect(csv).not.toContain(name);
    expect(rows[0]!.kind).toBe("organisation");
    expect(rows.at(-1)!.kind).toBe("individual");
  });

  it("leaves out pending, withdrawn and rejected signatures", async () => {
    const [one] = await listPublicExportRows(t.db, { letterId: december });
    await t.db
      .update(signatures)
      .set({ status: "withdrawn", withdrawnAt: new Date() })
      .where(eq(signatures.displayName, one!.displayName));
    const rows = await listPublicExportRows(t.db, { letterId: december });
    expect(rows.map((r) => r.displayName)).not.toContain(one!.displayName);
    await t.db
      .update(signatures)
      .set({ status: "confirmed", withdrawnAt: null })
      .where(eq(signatures.displayName, one!.displayName));
  });

  it("has nothing for unknown ids, draft letters and private or draft campaigns", async () => {
    expect(await getPublicExportLetter(t.db, { letterId: december })).toMatchObject({
      slug: "december-2019-letter",
      campaignSlug: "south-korea-north-korea-human-rights",
    });
    expect(await getPublicExportLetter(t.db, { letterId: "not-a-uuid" })).toBeNull();
    expect(
      await getPublicExportLetter(t.db, { letterId: "00000000-0000-4000-8000-000000000000" }),
    ).toBeNull();

    await t.db.update(campaigns).set({ visibility: "private" }).where(eq(campaigns.id, campaignId));
    expect(await getPublicExportLetter(t.db, { letterId: december })).toBeNull();
    expect(await listPublicExportRows(t.db, { letterId: december })).toEqual([]);
    await t.db
      .update(campaigns)
      .set({ visibility: "public", status: "draft" })
      .where(eq(campaigns.id, campaignId));
    expect(await getPublicExportLetter(t.db, { letterId: december })).toBeNull();
    await t.db.update(campaigns).set({ status: "active" }).where(eq(campaigns.id, campaignId));

    const [draft] = await t.db
      .insert(letters)
      .values({ campaignId, slug: "draft-letter", title: "Draft", addressee: "Someone" })
      .returning();
    expect(await getPublicExportLetter(t.db, { letterId: draft!.id })).toBeNull();
    expect(await getStaffExportLetter(t.db, { letterId: draft!.id })).toMatchObject({ slug: "draft-letter" });
  });
});

describe("the staff signatory export", () => {
  it("has every signature with e-mail, status, source, version and dates", async () => {
    const rows = await listStaffExportRows(t.db, { letterId: december });
    expect(rows).toHaveLength(67 + 10);
    const people = rows.filter((r) => r.kind === "individual");
    expect(people.every((r) => r.email?.includes("@"))).toBe(true);
    expect(people.map((r) => r.displayName)).toEqual(expect.arrayContaining(withheldNames));
    expect(rows[0]).toMatchObject({ status: "confirmed", source: "import", letterVersion: 1 });
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
    expect(await listStaffExportRows(t.db, { letterId: "nope" })).toEqual([]);
    expect(await getStaffExportLetter(t.db, { letterId: "nope" })).toBeNull();
  });
});
