import { beforeAll, describe, expect, it } from "vitest";
import { searchPublicRecord } from "@/db/queries/search";
import { campaigns, letters, organisations, targets } from "@/db/schema";
import { containsPattern, SEARCH_QUERY_MAX, searchTerms } from "@/lib/domain/search";
import { setupTestDb } from "../helpers/test-db";

/*
 * The site search on both databases: what a visitor may see and nothing else, partial
 * words, names in Korean typed in part, and the best match first.
 */

const t = setupTestDb();

beforeAll(async () => {
  const { db } = t;
  const [rok, hidden] = await db
    .insert(targets)
    .values([
      { slug: "republic-of-korea", name: "Government of the Republic of Korea", country: "KR" },
      { slug: "hidden-target", name: "Government of Korea Hidden", country: "KR" },
    ])
    .returning();
  const [icnk, , , reprisals] = await db
    .insert(campaigns)
    .values([
      {
        slug: "icnk",
        title: "North Korea: co-sponsor the UN resolutions",
        summary: "Urging the government to co-sponsor.",
        targetId: rok!.id,
        status: "active",
      },
      { slug: "draft-korea", title: "Korea draft campaign", targetId: hidden!.id, status: "draft" },
      {
        slug: "private-korea",
        title: "Korea private campaign",
        targetId: hidden!.id,
        status: "active",
        visibility: "private",
      },
      {
        slug: "reprisals",
        title: "Reprisals against human rights defenders",
        targetId: rok!.id,
        status: "active",
      },
    ])
    .returning();
  await db.insert(letters).values([
    {
      campaignId: icnk!.id,
      slug: "march-2020",
      title: "Joint open letter to President Moon Jae-in",
      addressee: "President Moon Jae-in",
      status: "sent",
      sentOn: "2020-03-03",
    },
    {
      campaignId: icnk!.id,
      slug: "draft",
      title: "Draft letter to President Moon",
      addressee: "x",
      status: "draft",
    },
    {
      campaignId: reprisals!.id,
      slug: "hrc",
      title: "Letter on reprisals",
      addressee: "Members of the Human Rights Council",
      status: "collecting",
    },
  ]);
  await db.insert(organisations).values([
    { slug: "nkhr", name: "북한인권시민연합", shortName: "NKHR", country: "KR" },
    { slug: "hrw", name: "Human Rights Watch", country: "US" },
    { slug: "rights-korea", name: "Citizens for Human Rights in Korea", country: "KR" },
  ]);
});

async function search(q: string) {
  const terms = searchTerms(q);
  if (!terms) throw new Error(`nothing to search in ${JSON.stringify(q)}`);
  const groups = await searchPublicRecord(t.db, terms);
  return Object.fromEntries(groups.map((g) => [g.kind, g]));
}

describe("searchTerms", () => {
  it("keeps words of any script, drops control characters and punctuation, caps the length", () => {
    expect(searchTerms("  North\u0000 korea!! ")).toEqual({
      text: "North korea!!",
      words: ["north", "korea"],
      tsquery: "north:* & korea:*",
    });
    expect(searchTerms("북한 인권")?.words).toEqual(["북한", "인권"]);
    expect(searchTerms("x".repeat(500))?.text).toHaveLength(SEARCH_QUERY_MAX);
    expect(searchTerms("  ;:'\" ")).toBeNull();
    expect(searchTerms(["array"])).toBeNull();
  });

  it("escapes LIKE's own wildcards", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("searchPublicRecord", () => {
  it("finds only what visitors may see: no draft or private campaign, no draft letter, no target only they press", async () => {
    const found = await search("korea");
    expect(found.campaign!.results.map((r) => r.slug)).toEqual(["icnk"]);
    expect(found.target!.results.map((r) => r.slug)).toEqual(["republic-of-korea"]);
    expect(found.organisation!.results.map((r) => r.slug)).toEqual(["rights-korea"]);
    const moon = await search("moon");
    expect(moon.letter!.results.map((r) => r.letterSlug)).toEqual(["march-2020"]);
    expect(moon.letter!.results[0]).toMatchObject({
      slug: "icnk",
      context: "North Korea: co-sponsor the UN resolutions",
    });
  });

  it("matches the start of a word, and every word typed", async () => {
    expect((await search("repris")).campaign!.results.map((r) => r.slug)).toEqual(["reprisals"]);
    expect((await search("repris")).letter!.results.map((r) => r.letterSlug)).toEqual(["hrc"]);
    expect((await search("human watch")).organisation!.results.map((r) => r.slug)).toEqual(["hrw"]);
    expect((await search("human nowhere")).organisation!.total).toBe(0);
  });

  it("finds a Korean name from part of it, and by its short name", async () => {
    for (const q of ["북한인권시민연합", "인권", "북한", "nkhr"]) {
      expect(
        (await search(q)).organisation!.results.map((r) => r.slug),
        q,
      ).toEqual(["nkhr"]);
    }
  });

  it("puts the record whose name starts with the words before those that only mention them", async () => {
    const found = await search("human rights");
    expect(found.organisation!.results.map((r) => r.slug)).toEqual(["hrw", "rights-korea"]);
    expect(found.organisation!.total).toBe(2);
  });

  it("takes wildcards and quotes as text, never as syntax", async () => {
    for (const q of ["%", "_", "korea' or 1=1 --", "a & | ! ( ) :*"]) {
      const terms = searchTerms(q);
      if (terms) await expect(searchPublicRecord(t.db, terms)).resolves.toHaveLength(4);
    }
    expect((await search("100%")).campaign!.total).toBe(0);
  });
});
