import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import {
  asks,
  campaignLeads,
  campaigns,
  coalitionMemberships,
  contentTranslations,
  events,
  letters,
  letterTexts,
  letterVersions,
  type NewSignature,
  organisationMembers,
  organisations,
  signatures,
  targets,
  users,
} from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STAFF_EMAIL } from "./accounts";
import {
  ICNK_MEMBERS_JOINED_ON,
  OTHER_ORG_SLUG,
  OTHER_ORGANISATION,
  SAMPLE_LETTER_SLUG,
  SAMPLE_ORG_COUNT,
  SAMPLE_PERSON_COUNT,
  type SamplePerson,
  sampleLetter,
  sampleOrganisationRow,
  sampleOrganisations,
  samplePeople,
} from "./sample";
import {
  ASKS,
  ASKS_KO,
  CAMPAIGN,
  CAMPAIGN_KO,
  CAMPAIGN_SLUG,
  CSW_SLUG,
  DECEMBER_LETTER_SLUG,
  DECEMBER_SENT_AT,
  EVENTS,
  HRW_SLUG,
  ICNK_SLUG,
  MARCH_LETTER_KO,
  MARCH_LETTER_SLUG,
  MARCH_SENT_AT,
  STORY_LETTERS,
  STORY_ORGANISATION_SLUGS,
  STORY_ORGANISATIONS,
  TARGET,
  TARGET_SLUG,
} from "./story";
import { seedUnRecord } from "./un-record";

/** Turns a password into the hash stored for it (lib/auth/password's hashPassword). */
export type PasswordHasher = (password: string) => Promise<string>;

// Any fixed number: two instances seeding one PostgreSQL at once queue on it.
const SEED_LOCK = 7_365_002;

/**
 * Writes the demo story (./story.ts) and its sample rows (./sample.ts) in one
 * transaction. Idempotent: if the demo campaign already exists nothing is written and
 * `created` is false. The caller passes the password hasher, so the database layer
 * needs nothing from lib/auth; it runs only when the accounts are written.
 */
export async function writeDemoStory(
  db: Db,
  { hashPassword }: { hashPassword: PasswordHasher },
): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, CAMPAIGN_SLUG))
      .limit(1);
    if (existing.length > 0) return { created: false };

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = new Date();
    const today = now.toISOString().slice(0, 10);

    // Users and organisations may already exist (an admin made by user:create, say):
    // keep those rows and look their ids up afterwards.
    await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          email: a.email,
          name: a.name,
          role: a.role,
          passwordHash,
          emailVerified: now,
        })),
      )
      .onConflictDoNothing({ target: users.email });
    const userRows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_ACCOUNTS.map((a) => a.email),
        ),
      );
    const userId = new Map(userRows.map((u) => [u.email, u.id]));
    const staffId = userId.get(DEMO_STAFF_EMAIL)!;

    const pool = sampleOrganisations(SAMPLE_ORG_COUNT);
    const people = samplePeople(SAMPLE_PERSON_COUNT);

    await tx
      .insert(organisations)
      .values([...STORY_ORGANISATIONS, OTHER_ORGANISATION, ...pool.map(sampleOrganisationRow)])
      .onConflictDoNothing({ target: organisations.slug });
    const orgRows = await tx
      .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(
        inArray(organisations.slug, [
          ...STORY_ORGANISATION_SLUGS,
          OTHER_ORG_SLUG,
          ...pool.map((o) => o.slug),
        ]),
      );
    const org = new Map(orgRows.map((o) => [o.slug, o]));
    const orgId = (slug: string) => org.get(slug)!.id;

    await tx
      .insert(organisationMembers)
      .values(
        DEMO_ACCOUNTS.filter((a) => a.organisationSlug && a.orgRole).map((a) => ({
          organisationId: orgId(a.organisationSlug!),
          userId: userId.get(a.email)!,
          role: a.orgRole!,
        })),
      )
      .onConflictDoNothing();

    // Letter 1 signers: pool[0, 65). Letter 2: pool[20, 90). Letter 3: pool[90, 95).
    // The registered ICNK members are pool[0, 5): they did not sign letter 2, so its
    // tally reads "ICNK, representing over 300 groups, joined by 72 other groups".
    const letter1Orgs = pool.slice(0, 65);
    const letter2Orgs = pool.slice(20, 90);
    const letter3Orgs = pool.slice(90, 95);
    const icnkMembers = pool.slice(0, 5);

    await tx
      .insert(coalitionMemberships)
      .values(
        icnkMembers.map((o, i) => ({
          coalitionId: orgId(ICNK_SLUG),
          memberId: orgId(o.slug),
          joinedOn: ICNK_MEMBERS_JOINED_ON[i],
        })),
      )
      .onConflictDoNothing();

    await tx.insert(targets).values(TARGET).onConflictDoNothing({ target: targets.slug });
    const [target] = await tx.select({ id: targets.id }).from(targets).where(eq(targets.slug, TARGET_SLUG));

    const [campaign] = await tx
      .insert(campaigns)
      .values({ ...CAMPAIGN, targetId: target!.id, createdBy: staffId })
      .returning({ id: campaigns.id });
    const campaignId = campaign!.id;

    await tx.insert(campaignLeads).values(
      STORY_ORGANISATION_SLUGS.map((slug, position) => ({
        campaignId,
        organisationId: orgId(slug),
        position,
      })),
    );

    const askRows = await tx
      .insert(asks)
      .values(ASKS.map((ask, position) => ({ campaignId, position, ...ask })))
      .returning({ id: asks.id, position: asks.position });
    const askId = (position: number) => askRows.find((a) => a.position === position)!.id;

    await tx.insert(events).values(EVENTS.map((event) => ({ campaignId, ...event, createdBy: staffId })));

    const letterRows = await tx
      .insert(letters)
      .values([...STORY_LETTERS, sampleLetter(today)].map((letter) => ({ campaignId, ...letter })))
      .returning({
        id: letters.id,
        slug: letters.slug,
        bodyMarkdown: letters.bodyMarkdown,
        addressee: letters.addressee,
      });
    const letterId = new Map(letterRows.map((l) => [l.slug, l.id]));

    await tx.insert(letterVersions).values(
      letterRows.map((l) => ({
        letterId: l.id,
        version: 1,
        bodyMarkdown: l.bodyMarkdown,
        createdBy: staffId,
      })),
    );

    // The story in Korean: the March letter, the campaign's title and summary, its asks.
    await tx
      .insert(letterTexts)
      .values({ ...MARCH_LETTER_KO, letterId: letterId.get(MARCH_LETTER_SLUG)!, createdBy: staffId });
    await tx.insert(contentTranslations).values([
      ...(["title", "summary"] as const).map((field) => ({
        entityKind: "campaign" as const,
        entityId: campaignId,
        field,
        locale: "ko",
        text: CAMPAIGN_KO[field],
        createdBy: staffId,
      })),
      ...ASKS_KO.flatMap((ask, position) =>
        (["title", "description"] as const).map((field) => ({
          entityKind: "ask" as const,
          entityId: askId(position),
          field,
          locale: "ko",
          text: ask[field],
          createdBy: staffId,
        })),
      ),
    ]);

    const orgSignature = (letter: string, slug: string, confirmedAt: Date): NewSignature => {
      const o = org.get(slug)!;
      const sample = slug !== ICNK_SLUG && slug !== HRW_SLUG && slug !== CSW_SLUG;
      return {
        letterId: letterId.get(letter)!,
        kind: "organisation",
        organisationId: o.id,
        displayName: o.name,
        country: sample ? pool.find((p) => p.slug === slug)?.country : undefined,
        status: "confirmed",
        source: "import",
        letterVersion: 1,
        isSample: sample,
        confirmedAt,
        // Signed by the time the letter was sent, not on the day the demo was seeded.
        createdAt: confirmedAt,
        updatedAt: confirmedAt,
      };
    };
    const personSignature = (
      letter: string,
      p: SamplePerson,
      withheld: boolean,
      confirmedAt: Date,
    ): NewSignature => ({
      letterId: letterId.get(letter)!,
      kind: "individual",
      displayName: p.name,
      titleAffiliation: p.affiliation,
      country: p.country,
      email: p.email,
      emailNormalised: p.email.toLowerCase(),
      visibility: withheld ? "name_withheld" : "public",
      status: "confirmed",
      source: "import",
      letterVersion: 1,
      isSample: true,
      confirmedAt,
      createdAt: confirmedAt,
      updatedAt: confirmedAt,
    });

    const l1 = DECEMBER_LETTER_SLUG;
    const l2 = MARCH_LETTER_SLUG;
    const l3 = SAMPLE_LETTER_SLUG;
    await tx
      .insert(signatures)
      .values([
        ...[HRW_SLUG, CSW_SLUG, ...letter1Orgs.map((o) => o.slug)].map((s) =>
          orgSignature(l1, s, DECEMBER_SENT_AT),
        ),
        ...people.slice(0, 10).map((p, i) => personSignature(l1, p, i === 3 || i === 7, DECEMBER_SENT_AT)),
        ...[ICNK_SLUG, HRW_SLUG, CSW_SLUG, ...letter2Orgs.map((o) => o.slug)].map((s) =>
          orgSignature(l2, s, MARCH_SENT_AT),
        ),
        ...people.slice(5, 15).map((p, i) => personSignature(l2, p, i === 2 || i === 8, MARCH_SENT_AT)),
        ...letter3Orgs.map((o) => orgSignature(l3, o.slug, now)),
        ...people.slice(15, 18).map((p, i) => personSignature(l3, p, i === 1, now)),
      ]);

    await seedUnRecord(tx, {
      recordedBy: staffId,
      campaignId,
      targetId: target!.id,
      hrcAskId: askId(0),
      gaAskId: askId(1),
      letters: letterRows.map((l) => ({ id: l.id, addressee: l.addressee })),
    });

    return { created: true };
  });
}
