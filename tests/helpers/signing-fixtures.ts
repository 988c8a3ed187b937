import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import type { ActorDto } from "@/db/queries/users";
import {
  campaigns,
  type Letter,
  letters,
  letterVersions,
  organisationMembers,
  organisations,
  targets,
  users,
} from "@/db/schema";
import type { OrgRole, SiteRole } from "@/lib/domain/permissions";

/** A public campaign to hang letters on; one per test file is enough. */
export async function createCampaign(db: Db): Promise<{ id: string; slug: string }> {
  const suffix = randomUUID().slice(0, 8);
  const [target] = await db
    .insert(targets)
    .values({ slug: `target-${suffix}`, name: "Government of Testland" })
    .returning();
  const [campaign] = await db
    .insert(campaigns)
    .values({
      slug: `campaign-${suffix}`,
      title: "Test campaign",
      status: "active",
      visibility: "public",
      targetId: target.id,
    })
    .returning({ id: campaigns.id, slug: campaigns.slug });
  return campaign;
}

/** What most signing tests start from: a public campaign and a letter on it collecting signatures. */
export async function createOpenLetter(
  db: Db,
): Promise<{ campaign: { id: string; slug: string }; letter: Letter }> {
  const campaign = await createCampaign(db);
  return { campaign, letter: await createLetter(db, campaign.id) };
}

/** A letter's tally as its pages count it. */
export async function tallyOf(db: Db, letterId: string) {
  const [summary] = await loadLetterSummaries(db, { filter: { letterIds: [letterId] } });
  return summary.tally;
}

/** A letter collecting signatures (override anything), with its first text version. */
export async function createLetter(
  db: Db,
  campaignId: string,
  overrides: Partial<typeof letters.$inferInsert> = {},
): Promise<Letter> {
  const [letter] = await db
    .insert(letters)
    .values({
      campaignId,
      slug: `letter-${randomUUID().slice(0, 8)}`,
      title: "Open letter on testing",
      addressee: "The Minister of Tests",
      bodyMarkdown: "We, the undersigned…",
      status: "collecting",
      whoCanSign: "both",
      ...overrides,
    })
    .returning();
  await db
    .insert(letterVersions)
    .values({ letterId: letter.id, version: 1, bodyMarkdown: letter.bodyMarkdown });
  return letter;
}

export async function createOrganisation(
  db: Db,
  name: string,
): Promise<{ id: string; slug: string; name: string }> {
  const [org] = await db
    .insert(organisations)
    .values({ slug: `org-${randomUUID().slice(0, 8)}`, name, country: "GB" })
    .returning({ id: organisations.id, slug: organisations.slug, name: organisations.name });
  return org;
}

/** A user as every action sees them, with roles in the given organisations. */
export async function createActor(
  db: Db,
  {
    name,
    role = "member",
    memberships = [],
  }: {
    name: string;
    role?: SiteRole;
    memberships?: Array<{ organisation: { id: string; slug: string; name: string }; role: OrgRole }>;
  },
): Promise<ActorDto> {
  const email = `${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await db.insert(users).values({ email, name, role }).returning({ id: users.id });
  if (memberships.length > 0) {
    await db
      .insert(organisationMembers)
      .values(memberships.map((m) => ({ organisationId: m.organisation.id, userId: user.id, role: m.role })));
  }
  return {
    id: user.id,
    email,
    name,
    role,
    organisations: memberships.map((m) => ({
      organisationId: m.organisation.id,
      slug: m.organisation.slug,
      name: m.organisation.name,
      role: m.role,
    })),
  };
}

/** What the sign-on form sends for a person, filled in at human speed. */
export function individualInput(letterId: string, overrides: Record<string, unknown> = {}) {
  return {
    letterId,
    name: "Ada Lovelace",
    email: "ada@example.org",
    titleAffiliation: "Mathematician",
    country: "gb",
    visibility: "public",
    website: "",
    startedAt: String(Date.now() - 60_000),
    ...overrides,
  };
}
