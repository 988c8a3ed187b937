import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll } from "vitest";
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
  signatures,
  targets,
  users,
} from "@/db/schema";
import type { OrgRole, SiteRole } from "@/lib/domain/permissions";
import { setupTestDb, type TestDb } from "./test-db";

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

/**
 * The file's database with an open letter on it (createOpenLetter), made before its tests
 * like the database itself: read `campaign` and `letter` only inside hooks and tests.
 */
export function setupOpenLetter(): TestDb & {
  readonly campaign: { id: string; slug: string };
  readonly letter: Letter;
} {
  const t = setupTestDb();
  let open: Awaited<ReturnType<typeof createOpenLetter>> | undefined;
  beforeAll(async () => {
    open = await createOpenLetter(t.db);
  });
  const made = () => {
    if (!open) throw new Error("The open letter is made in beforeAll: read it inside hooks and tests.");
    return open;
  };
  return {
    get db() {
      return t.db;
    },
    get kind() {
      return t.kind;
    },
    close: () => t.close(),
    get campaign() {
      return made().campaign;
    },
    get letter() {
      return made().letter;
    },
  };
}

/** A letter's tally as its pages count it. */
export async function tallyOf(db: Db, letterId: string) {
  const [summary] = await loadLetterSummaries(db, { filter: { letterIds: [letterId] } });
  return summary.tally;
}

/** A letter's signatures of any status, by one (normalised) address or for one organisation. */
export function signaturesOn(
  db: Db,
  letterId: string,
  by: { emailNormalised: string } | { organisationId: string },
) {
  const who =
    "emailNormalised" in by
      ? eq(signatures.emailNormalised, by.emailNormalised)
      : eq(signatures.organisationId, by.organisationId);
  return db
    .select()
    .from(signatures)
    .where(and(eq(signatures.letterId, letterId), who));
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

/** What the organisation sign-on form sends: sign `letterId` for `organisationId`. */
export function organisationInput(letterId: string, organisationId: string, visibility = "public") {
  return { letterId, organisationId, visibility };
}
