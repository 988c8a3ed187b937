import type { letters, organisations } from "@/db/schema";
import { slugify } from "@/lib/domain/slug";

/*
 * The demo's generated rows: every signatory the release does not name, a sample NGO for
 * the other@ demo account, and a sample letter that can be signed today. All come from
 * fixed seeds, so each run produces the same names, and all are marked isSample.
 */

export const SAMPLE_ORG_COUNT = 95;
export const SAMPLE_PERSON_COUNT = 18;

/** The other@ account's organisation: a sample NGO that has signed nothing. */
export const OTHER_ORG_SLUG = "sample-open-door-rights-network";

export const OTHER_ORGANISATION: typeof organisations.$inferInsert = {
  slug: OTHER_ORG_SLUG,
  name: "Sample: Open Door Rights Network",
  kind: "ngo",
  country: "GB",
  description: "A fictional organisation for the demo.",
  isSample: true,
};

/** When the registered ICNK members (the first sample organisations) joined it. */
export const ICNK_MEMBERS_JOINED_ON = ["2012-03-01", "2014-09-15", "2016-05-20", "2018-01-10", "2019-06-03"];

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

export type SampleOrg = { slug: string; name: string; country: string };
export type SamplePerson = { name: string; email: string; affiliation: string; country: string };

export function sampleOrganisations(count: number): SampleOrg[] {
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

export function samplePeople(count: number): SamplePerson[] {
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

/** A generated organisation as a row: a fictional NGO. */
export function sampleOrganisationRow(o: SampleOrg): typeof organisations.$inferInsert {
  return {
    slug: o.slug,
    name: o.name,
    kind: "ngo",
    country: o.country,
    description: "A fictional organisation for the demo.",
    isSample: true,
  };
}

// ── The sample letter ────────────────────────────────────────────────────────

export const SAMPLE_LETTER_SLUG = "follow-up-letter-2026";

const LETTER_3_BODY = `> **Sample data.** This letter is not real: it exists so that the demo can be signed today.
> Its text is a placeholder written for the demo.

To the President of the Republic of Korea,

We, the undersigned organisations and individuals, follow up on the joint letters of December 2019
and 3 March 2020, to which the government has not responded.

We ask the government to re-engage on promoting accountability for human rights abuses in North
Korea, and to say publicly where it stands on each of the requests made in those letters.
`;

/** The sample follow-up letter, collecting signatures from `today` (YYYY-MM-DD). */
export function sampleLetter(today: string): Omit<typeof letters.$inferInsert, "campaignId"> {
  return {
    slug: SAMPLE_LETTER_SLUG,
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
  };
}
