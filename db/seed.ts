import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import {
  asks,
  campaignLeads,
  campaigns,
  coalitionMemberships,
  events,
  letters,
  letterVersions,
  type NewSignature,
  type OrgRole,
  organisationMembers,
  organisations,
  type SourceLink,
  signatures,
  targets,
  type UserRole,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

/*
 * The demo story: the Human Rights Watch news release of 3 March 2020 about ICNK's
 * letters to President Moon Jae-in (docs: shared/DOMAIN.md, "The seed story as data").
 * Only what that release states is told as fact. Every other signatory is generated
 * from a fixed seed, so each run produces the same names, and is marked isSample.
 */

export const DEMO_PASSWORD = "answerable-demo";

export type DemoAccount = {
  email: string;
  name: string;
  role: UserRole;
  organisationSlug?: string;
  orgRole?: OrgRole;
};

const CAMPAIGN_SLUG = "south-korea-north-korea-human-rights";
const ICNK_SLUG = "icnk";
const HRW_SLUG = "human-rights-watch";
const CSW_SLUG = "csw";
/** The other@ account's organisation: a sample NGO that has signed nothing. */
const OTHER_ORG_SLUG = "sample-open-door-rights-network";

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@answerable.example", name: "Demo Admin", role: "admin" },
  { email: "staff@answerable.example", name: "Demo Staff", role: "staff" },
  {
    email: "member@answerable.example",
    name: "Demo Member (CSW)",
    role: "member",
    organisationSlug: CSW_SLUG,
    orgRole: "signer",
  },
  {
    email: "other@answerable.example",
    name: "Demo Member (Open Door Rights Network)",
    role: "member",
    organisationSlug: OTHER_ORG_SLUG,
    orgRole: "owner",
  },
];

/*
 * The release is syndicated verbatim elsewhere, but its own address on hrw.org could
 * not be confirmed; the label names the release and the link goes to HRW's North Korea
 * page, where it is listed.
 */
const SOURCE: SourceLink = {
  url: "https://www.hrw.org/asia/north-korea",
  label: "Human Rights Watch news release, 3 March 2020",
};

// Any fixed number: two instances seeding one PostgreSQL at once queue on it.
const SEED_LOCK = 7_365_002;

// ── Deterministic sample names ───────────────────────────────────────────────

/** mulberry32: a tiny seeded PRNG, so generated sample data is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const REGIONS: readonly (readonly [string, string])[] = [
  ["Han River", "KR"],
  ["East Sea", "KR"],
  ["Kanto", "JP"],
  ["Kansai", "JP"],
  ["Pacific Northwest", "US"],
  ["Great Lakes", "CA"],
  ["Thames Valley", "GB"],
  ["Rhine", "DE"],
  ["Loire", "FR"],
  ["Alpine", "CH"],
  ["Nordic", "SE"],
  ["Baltic", "LT"],
  ["Danube", "AT"],
  ["Low Countries", "NL"],
  ["Mekong", "TH"],
  ["Luzon", "PH"],
  ["Java", "ID"],
  ["Borneo", "MY"],
  ["Tasman", "NZ"],
  ["Coral Sea", "AU"],
  ["Rift Valley", "KE"],
  ["Cape", "ZA"],
  ["Niger Delta", "NG"],
  ["Andean", "PE"],
  ["Pampas", "AR"],
  ["Amazon", "BR"],
  ["Himalayan", "NP"],
  ["Gobi", "MN"],
  ["Deccan", "IN"],
  ["Formosa Strait", "TW"],
];
const FOCUSES = [
  "Human Rights",
  "Refugee Rights",
  "Justice",
  "Accountability",
  "Civil Liberties",
  "Freedom of Belief",
  "Humanitarian",
  "Transitional Justice",
  "Women's Rights",
  "Child Rights",
  "Press Freedom",
  "Rule of Law",
] as const;
const FORMS = [
  "Forum",
  "Network",
  "Alliance",
  "Initiative",
  "Centre",
  "Watch",
  "Collective",
  "Project",
  "Council",
  "Association",
  "Foundation",
  "Solidarity Group",
] as const;

const FIRST_NAMES = [
  "Mina",
  "Joon",
  "Aiko",
  "Daniel",
  "Amara",
  "Lucas",
  "Priya",
  "Sofia",
  "Kwame",
  "Elena",
  "Tomas",
  "Hana",
  "Noah",
  "Leila",
  "Arjun",
  "Ingrid",
  "Mateo",
  "Yuna",
  "Samuel",
  "Nadia",
] as const;
const LAST_NAMES = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Tanaka",
  "Fernandes",
  "Novak",
  "Haddad",
  "Kowalski",
  "Mensah",
  "Rossi",
  "Castillo",
  "Brennan",
  "Sato",
  "Van Dijk",
  "Abara",
  "Ivanova",
  "Delgado",
  "Nakamura",
  "Keller",
  "Osei",
] as const;
const AFFILIATIONS = [
  "Independent researcher",
  "Human rights lawyer",
  "Journalist",
  "Professor of international law",
  "Retired diplomat",
  "Doctoral researcher",
  "Humanitarian worker",
  "Human rights advocate",
] as const;
const COUNTRIES = [
  "KR",
  "JP",
  "US",
  "GB",
  "DE",
  "FR",
  "CA",
  "AU",
  "PH",
  "NL",
  "SE",
  "KE",
  "BR",
  "IN",
] as const;

type SampleOrg = { slug: string; name: string; country: string };
type SamplePerson = { name: string; email: string; affiliation: string; country: string };

function sampleOrganisations(count: number): SampleOrg[] {
  const random = prng(20200303);
  const bySlug = new Map<string, SampleOrg>();
  while (bySlug.size < count) {
    const [region, country] = pick(random, REGIONS);
    const name = `Sample: ${region} ${pick(random, FOCUSES)} ${pick(random, FORMS)}`;
    const slug = slugify(name);
    if (!bySlug.has(slug) && slug !== OTHER_ORG_SLUG) bySlug.set(slug, { slug, name, country });
  }
  return [...bySlug.values()];
}

function samplePeople(count: number): SamplePerson[] {
  const random = prng(20191201);
  const byEmail = new Map<string, SamplePerson>();
  while (byEmail.size < count) {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const email = `${slugify(first)}.${slugify(last).replace(/-/g, "")}@example.org`;
    if (byEmail.has(email)) continue;
    byEmail.set(email, {
      name: `${first} ${last}`,
      email,
      affiliation: `${pick(random, AFFILIATIONS)} (sample data)`,
      country: pick(random, COUNTRIES),
    });
  }
  return [...byEmail.values()];
}

// ── The letters' texts ───────────────────────────────────────────────────────

const SUMMARY_NOTE =
  "> This is a summary, not the letter's text. It records only what the Human Rights Watch " +
  "news release of 3 March 2020 says about the letter.";

const LETTER_1_BODY = `${SUMMARY_NOTE}

In November 2019, reversing over a decade of past practice, the South Korean government withdrew
from co-sponsoring the UN General Assembly resolution condemning the human rights situation in
North Korea. The same month it decided to deport two North Korean fishermen accused of murder.

In light of these actions, a coalition of 67 nongovernmental organisations and 10 individuals wrote
to President Moon Jae-in in December 2019, urging the government to:

- clarify its position; and
- take corrective action.
`;

const LETTER_2_BODY = `${SUMMARY_NOTE}

The International Coalition to Stop Crimes Against Humanity in North Korea (ICNK), representing
over 300 human rights and civil society groups and individuals, joined by over 70 other groups and
concerned individuals, sent this joint open letter to President Moon Jae-in.

The groups and individuals urged the South Korean government to:

- strengthen its pressure on North Korea to end abuses;
- redouble efforts to seek justice for past crimes;
- co-sponsor the UN Human Rights Council resolution on North Korea in March 2020; and
- re-join the sponsors of the UN General Assembly resolution on North Korea in November 2020.
`;

const LETTER_3_BODY = `> **Sample data.** This letter is not real: it exists so that the demo can be signed today.
> Its text is a placeholder written for the demo.

To the President of the Republic of Korea,

We, the undersigned organisations and individuals, follow up on the joint letters of December 2019
and 3 March 2020, to which the government has not responded.

We ask the government to re-engage on promoting accountability for human rights abuses in North
Korea, and to say publicly where it stands on each of the requests made in those letters.
`;

// ── The seed ─────────────────────────────────────────────────────────────────

const SAMPLE_ORG_COUNT = 95;
const SAMPLE_PERSON_COUNT = 18;

/**
 * Writes the demo story in one transaction. Idempotent: if the demo campaign already
 * exists nothing is written and `created` is false.
 */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
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
    const staffId = userId.get("staff@answerable.example")!;

    const pool = sampleOrganisations(SAMPLE_ORG_COUNT);
    const people = samplePeople(SAMPLE_PERSON_COUNT);

    await tx
      .insert(organisations)
      .values([
        {
          slug: ICNK_SLUG,
          name: "International Coalition to Stop Crimes Against Humanity in North Korea",
          shortName: "ICNK",
          kind: "coalition",
          declaredMembership: 300,
          declaredMembershipLabel: "over 300",
          description:
            "A coalition representing over 300 human rights and civil society groups and individuals.",
        },
        { slug: HRW_SLUG, name: "Human Rights Watch", kind: "ngo", website: "https://www.hrw.org" },
        { slug: CSW_SLUG, name: "CSW", shortName: "CSW", kind: "ngo" },
        {
          slug: OTHER_ORG_SLUG,
          name: "Sample: Open Door Rights Network",
          kind: "ngo",
          country: "GB",
          description: "A fictional organisation for the demo.",
          isSample: true,
        },
        ...pool.map((o) => ({
          slug: o.slug,
          name: o.name,
          kind: "ngo" as const,
          country: o.country,
          description: "A fictional organisation for the demo.",
          isSample: true,
        })),
      ])
      .onConflictDoNothing({ target: organisations.slug });
    const orgRows = await tx
      .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(
        inArray(organisations.slug, [
          ICNK_SLUG,
          HRW_SLUG,
          CSW_SLUG,
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
    const joinedOn = ["2012-03-01", "2014-09-15", "2016-05-20", "2018-01-10", "2019-06-03"];

    await tx
      .insert(coalitionMemberships)
      .values(
        icnkMembers.map((o, i) => ({
          coalitionId: orgId(ICNK_SLUG),
          memberId: orgId(o.slug),
          joinedOn: joinedOn[i],
        })),
      )
      .onConflictDoNothing();

    await tx
      .insert(targets)
      .values({
        slug: "republic-of-korea",
        name: "Government of the Republic of Korea",
        kind: "government",
        country: "KR",
        timeZone: "Asia/Seoul",
      })
      .onConflictDoNothing({ target: targets.slug });
    const [target] = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(eq(targets.slug, "republic-of-korea"));

    const [campaign] = await tx
      .insert(campaigns)
      .values({
        slug: CAMPAIGN_SLUG,
        title: "South Korea: re-engage on accountability for North Korea's human rights abuses",
        summary:
          "A coalition of rights groups led by ICNK urges the South Korean government to re-engage on " +
          "promoting accountability for human rights abuses in North Korea: to strengthen its pressure on " +
          "North Korea to end abuses, to redouble efforts to seek justice for past crimes, and to support " +
          "the UN resolutions on North Korea again.",
        status: "active",
        visibility: "public",
        targetId: target!.id,
        createdBy: staffId,
      })
      .returning({ id: campaigns.id });
    const campaignId = campaign!.id;

    await tx.insert(campaignLeads).values([
      { campaignId, organisationId: orgId(ICNK_SLUG), position: 0 },
      { campaignId, organisationId: orgId(HRW_SLUG), position: 1 },
      { campaignId, organisationId: orgId(CSW_SLUG), position: 2 },
    ]);

    await tx.insert(asks).values([
      {
        campaignId,
        position: 0,
        title: "Co-sponsor the UN Human Rights Council resolution on North Korea",
        description:
          "The coalition urged the government to co-sponsor the resolution at the Council's March 2020 session.",
        venue: "UN Human Rights Council, 43rd session",
        decisionOn: "2020-03-01",
        decisionPrecision: "month",
        outcome: "pending",
      },
      {
        campaignId,
        position: 1,
        title: "Re-join the sponsors of the UN General Assembly resolution on North Korea",
        description:
          "The coalition urged the government to re-join the resolution's sponsors in November 2020, after it " +
          "withdrew from co-sponsoring it in November 2019.",
        venue: "UN General Assembly Third Committee",
        decisionOn: "2020-11-01",
        decisionPrecision: "month",
        outcome: "pending",
      },
    ]);

    await tx.insert(events).values([
      {
        campaignId,
        kind: "government_action",
        title:
          "South Korea withdraws from co-sponsoring the UN General Assembly resolution on North Korean human rights",
        description:
          "Reversing over a decade of past practice, the government decided to withdraw from co-sponsoring the " +
          "UN General Assembly resolution condemning the human rights situation in North Korea.",
        occurredOn: "2019-11-01",
        precision: "month",
        sources: [SOURCE],
        createdBy: staffId,
      },
      {
        campaignId,
        kind: "government_action",
        title: "South Korea deports two North Korean fishermen accused of murder",
        description:
          "The government decided to deport two North Korean fishermen accused of murder to North Korea, where, " +
          "the coalition said, they face almost certain torture and possible death.",
        occurredOn: "2019-11-01",
        precision: "month",
        sources: [SOURCE],
        createdBy: staffId,
      },
    ]);

    // openedOn stays empty for the two real letters: the release does not say when
    // signing opened, and an invented date would show on the public timeline.
    const letterRows = await tx
      .insert(letters)
      .values([
        {
          campaignId,
          slug: "december-2019-letter",
          title: "Letter to President Moon Jae-in, December 2019",
          addressee: "President Moon Jae-in",
          bodyMarkdown: LETTER_1_BODY,
          status: "sent",
          whoCanSign: "both",
          sentOn: "2019-12-01",
          sentPrecision: "month",
          deadlineRule: "calendar_days",
          deadlineDays: 30,
          sourceUrl: SOURCE.url,
        },
        {
          campaignId,
          slug: "march-2020-joint-letter",
          title: "Joint open letter to President Moon Jae-in, 3 March 2020",
          addressee: "President Moon Jae-in",
          bodyMarkdown: LETTER_2_BODY,
          status: "sent",
          whoCanSign: "both",
          sentOn: "2020-03-03",
          sentPrecision: "day",
          deadlineRule: "calendar_days",
          deadlineDays: 30,
          sourceUrl: SOURCE.url,
        },
        {
          campaignId,
          slug: "follow-up-letter-2026",
          title: "Sample follow-up letter: re-engage on North Korean human rights (demo data)",
          addressee: "the President of the Republic of Korea",
          bodyMarkdown: LETTER_3_BODY,
          status: "collecting",
          whoCanSign: "both",
          requiresApproval: false,
          signingOpensAt: null,
          signingClosesAt: null,
          openedOn: today,
          deadlineRule: "working_days",
          deadlineDays: 20,
          isSample: true,
        },
      ])
      .returning({ id: letters.id, slug: letters.slug, bodyMarkdown: letters.bodyMarkdown });
    const letterId = new Map(letterRows.map((l) => [l.slug, l.id]));

    await tx.insert(letterVersions).values(
      letterRows.map((l) => ({
        letterId: l.id,
        version: 1,
        bodyMarkdown: l.bodyMarkdown,
        createdBy: staffId,
      })),
    );

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

    const sent1 = new Date("2019-12-01T00:00:00Z");
    const sent2 = new Date("2020-03-03T00:00:00Z");
    const l1 = "december-2019-letter";
    const l2 = "march-2020-joint-letter";
    const l3 = "follow-up-letter-2026";
    await tx
      .insert(signatures)
      .values([
        ...[HRW_SLUG, CSW_SLUG, ...letter1Orgs.map((o) => o.slug)].map((s) => orgSignature(l1, s, sent1)),
        ...people.slice(0, 10).map((p, i) => personSignature(l1, p, i === 3 || i === 7, sent1)),
        ...[ICNK_SLUG, HRW_SLUG, CSW_SLUG, ...letter2Orgs.map((o) => o.slug)].map((s) =>
          orgSignature(l2, s, sent2),
        ),
        ...people.slice(5, 15).map((p, i) => personSignature(l2, p, i === 2 || i === 8, sent2)),
        ...letter3Orgs.map((o) => orgSignature(l3, o.slug, now)),
        ...people.slice(15, 18).map((p, i) => personSignature(l3, p, i === 1, now)),
      ]);

    return { created: true };
  });
}
