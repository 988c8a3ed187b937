import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  campaigns,
  coalitionMemberships,
  letters,
  organisations,
  responses,
  signatures,
  targets,
  users,
} from "@/db/schema";
import { pgError } from "../helpers/pg-error";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let letterId: string;
let campaignId: string;
let orgId: string;
let otherOrgId: string;

beforeAll(async () => {
  t = await createTestDb();
  const { db } = t;
  const [target] = await db.insert(targets).values({ slug: "t", name: "Government of Testland" }).returning();
  const [campaign] = await db
    .insert(campaigns)
    .values({ slug: "c", title: "Campaign", targetId: target.id, status: "active" })
    .returning();
  campaignId = campaign.id;
  const [letter] = await db
    .insert(letters)
    .values({ campaignId, slug: "l", title: "Letter", addressee: "The President", status: "collecting" })
    .returning();
  letterId = letter.id;
  const orgs = await db
    .insert(organisations)
    .values([
      { slug: "a", name: "Org A" },
      { slug: "b", name: "Org B" },
    ])
    .returning();
  orgId = orgs[0].id;
  otherOrgId = orgs[1].id;
});

afterAll(async () => {
  await t?.close();
});

const orgSignature = (organisationId: string) => ({
  letterId,
  kind: "organisation" as const,
  organisationId,
  displayName: "Org",
  status: "confirmed" as const,
});

describe("database constraints", () => {
  it("refuses a second live signature for the same organisation on a letter", async () => {
    const { db } = t;
    await db.insert(signatures).values(orgSignature(orgId));
    const error = await pgError(() =>
      db.insert(signatures).values({ ...orgSignature(orgId), status: "pending" }),
    );
    expect(error).toMatchObject({ code: "23505", constraint: "signatures_live_org_key" });
  });

  it("lets an organisation sign again after withdrawing, keeping the withdrawn one", async () => {
    const { db } = t;
    await db.insert(signatures).values(orgSignature(otherOrgId));
    await db
      .update(signatures)
      .set({ status: "withdrawn", withdrawnAt: new Date() })
      .where(eq(signatures.organisationId, otherOrgId));
    await db.insert(signatures).values(orgSignature(otherOrgId));
    const rows = await db.select().from(signatures).where(eq(signatures.organisationId, otherOrgId));
    expect(rows.map((r) => r.status).sort()).toEqual(["confirmed", "withdrawn"]);
  });

  it("refuses a second live signature for the same normalised e-mail on a letter", async () => {
    const { db } = t;
    const person = {
      letterId,
      kind: "individual" as const,
      displayName: "Jo Bloggs",
      email: "Jo.Bloggs@example.org",
      emailNormalised: "jo.bloggs@example.org",
    };
    await db.insert(signatures).values(person);
    const error = await pgError(() =>
      db.insert(signatures).values({ ...person, email: "jo.bloggs+again@example.org" }),
    );
    expect(error).toMatchObject({ code: "23505", constraint: "signatures_live_email_key" });
  });

  it("refuses a web signature from an individual without an e-mail", async () => {
    const error = await pgError(() =>
      t.db.insert(signatures).values({ letterId, kind: "individual", displayName: "No Mail" }),
    );
    expect(error).toMatchObject({ code: "23514", constraint: "signatures_web_individual_email" });
  });

  it("refuses a value outside an enumeration", async () => {
    const error = await pgError(() =>
      t.db.execute(sql`UPDATE campaigns SET status = 'archived' WHERE id = ${campaignId}`),
    );
    expect(error.code).toBe("22P02");
  });

  it("refuses a response deadline rule without its number of days", async () => {
    const error = await pgError(() =>
      t.db.update(letters).set({ deadlineRule: "working_days" }).where(eq(letters.id, letterId)),
    );
    expect(error).toMatchObject({ code: "23514", constraint: "letters_deadline_rule_fields" });
  });

  it("refuses to mark a letter sent without a sending date", async () => {
    const error = await pgError(() =>
      t.db.update(letters).set({ status: "sent" }).where(eq(letters.id, letterId)),
    );
    expect(error).toMatchObject({ code: "23514", constraint: "letters_sent_has_date" });
  });

  it("keeps cited rows from being deleted out from under a public page", async () => {
    const { db } = t;
    expect((await pgError(() => db.delete(organisations).where(eq(organisations.id, orgId)))).code).toMatch(
      /^(23001|23503)$/,
    );
    expect((await pgError(() => db.delete(letters).where(eq(letters.id, letterId)))).code).toMatch(
      /^(23001|23503)$/,
    );
    await db.insert(responses).values({
      campaignId,
      letterId,
      kind: "written_reply",
      stance: "noncommittal",
      respondedOn: "2020-01-15",
      summary: "Acknowledged receipt.",
    });
    expect((await pgError(() => db.delete(campaigns).where(eq(campaigns.id, campaignId)))).code).toMatch(
      /^(23001|23503)$/,
    );
  });

  it("refuses a response linked to neither a letter nor an ask", async () => {
    const error = await pgError(() =>
      t.db.insert(responses).values({
        campaignId,
        kind: "meeting",
        stance: "mixed",
        respondedOn: "2020-01-15",
        summary: "Met.",
      }),
    );
    expect(error).toMatchObject({ code: "23514", constraint: "responses_links_something" });
  });

  it("refuses an organisation joining a coalition twice at once, or itself", async () => {
    const { db } = t;
    await db
      .insert(coalitionMemberships)
      .values({ coalitionId: orgId, memberId: otherOrgId, joinedOn: "2019-01-01" });
    const twice = await pgError(() =>
      db
        .insert(coalitionMemberships)
        .values({ coalitionId: orgId, memberId: otherOrgId, joinedOn: "2020-01-01" }),
    );
    expect(twice).toMatchObject({ code: "23505", constraint: "coalition_memberships_current_key" });
    const self = await pgError(() =>
      db.insert(coalitionMemberships).values({ coalitionId: orgId, memberId: orgId }),
    );
    expect(self).toMatchObject({ code: "23514", constraint: "coalition_memberships_not_self" });
  });

  it("refuses two accounts with the same e-mail, and e-mails not in lower case", async () => {
    const { db } = t;
    await db.insert(users).values({ email: "same@example.org" });
    expect((await pgError(() => db.insert(users).values({ email: "same@example.org" }))).code).toBe("23505");
    expect((await pgError(() => db.insert(users).values({ email: "Upper@example.org" }))).code).toBe("23514");
  });
});
