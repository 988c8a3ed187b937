import { and, eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, letters, organisations, targets } from "@/db/schema";
import { containsPattern, type SearchKind, type SearchTerms } from "@/lib/domain/search";
import { publicCampaign, publicLetter, publicTarget } from "./public-visibility";

/*
 * One search over what visitors may see: public campaigns, their letters that are not
 * drafts, organisations and the targets public campaigns press (the same conditions as
 * the pages, db/queries/public-visibility.ts). A record matches when its text matches
 * every word as a prefix in full-text search, or contains every word as typed; it ranks
 * by how its name matches (the whole name, its start, anywhere) and then by full-text
 * rank, name first. Nothing but names, titles and public descriptions is searched or
 * returned.
 */

/** The most results one kind lists; the count says how many more there are. */
export const SEARCH_RESULTS_PER_KIND = 20;

export type SearchResult = {
  kind: SearchKind;
  /** For a letter, its campaign's slug; else the record's own. */
  slug: string;
  /** A letter's own slug. */
  letterSlug?: string;
  title: string;
  /** A campaign's summary, a letter's addressee, an organisation's or target's country (a code or a name). */
  detail: string | null;
  /** A letter's campaign. */
  context?: string;
};

export type SearchGroup = { kind: SearchKind; total: number; results: SearchResult[] };

type Fields = {
  /** The record's name or title: weighted first, and what exact and prefix matches look at. */
  name: SQLWrapper;
  /** Other public text a word may be found in. */
  other: SQL;
};

const coalesced = (...columns: SQL[]) =>
  sql.join(
    columns.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );

function matching({ name, other }: Fields, terms: SearchTerms) {
  const vector = sql`setweight(to_tsvector('simple', coalesce(${name}, '')), 'A') || setweight(to_tsvector('simple', ${other}), 'B')`;
  const query = sql`to_tsquery('simple', ${terms.tsquery})`;
  const everyWord = sql.join(
    terms.words.map((word) => sql`(coalesce(${name}, '') || ' ' || ${other}) ilike ${containsPattern(word)}`),
    sql` and `,
  );
  const phrase = terms.text.toLowerCase();
  const score = sql<number>`(case
      when lower(${name}) = ${phrase} then 3
      when lower(${name}) like ${`${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} then 2
      when lower(${name}) like ${containsPattern(phrase)} then 1
      else 0 end) + ts_rank(${vector}, ${query})`;
  return { where: sql`(${vector} @@ ${query} or (${everyWord}))`, score };
}

const total = sql<number>`cast(count(*) over () as integer)`;

async function searchCampaigns(db: Executor, terms: SearchTerms): Promise<SearchGroup> {
  const { where, score } = matching(
    { name: campaigns.title, other: coalesced(sql`${campaigns.summary}`) },
    terms,
  );
  const rows = await db
    .select({ slug: campaigns.slug, title: campaigns.title, detail: campaigns.summary, total })
    .from(campaigns)
    .where(and(publicCampaign, where))
    .orderBy(sql`${score} desc`, campaigns.title)
    .limit(SEARCH_RESULTS_PER_KIND);
  return group("campaign", rows, (r) => ({
    kind: "campaign",
    slug: r.slug,
    title: r.title,
    detail: r.detail,
  }));
}

async function searchLetters(db: Executor, terms: SearchTerms): Promise<SearchGroup> {
  const { where, score } = matching(
    { name: letters.title, other: coalesced(sql`${letters.addressee}`, sql`${campaigns.title}`) },
    terms,
  );
  const rows = await db
    .select({
      slug: campaigns.slug,
      letterSlug: letters.slug,
      title: letters.title,
      detail: letters.addressee,
      context: campaigns.title,
      total,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(publicLetter, where))
    .orderBy(sql`${score} desc`, letters.title)
    .limit(SEARCH_RESULTS_PER_KIND);
  return group("letter", rows, (r) => ({
    kind: "letter",
    slug: r.slug,
    letterSlug: r.letterSlug,
    title: r.title,
    detail: r.detail,
    context: r.context,
  }));
}

async function searchOrganisations(db: Executor, terms: SearchTerms): Promise<SearchGroup> {
  const { where, score } = matching(
    {
      name: organisations.name,
      other: coalesced(
        sql`${organisations.shortName}`,
        sql`${organisations.country}`,
        sql`${organisations.description}`,
      ),
    },
    terms,
  );
  const rows = await db
    .select({ slug: organisations.slug, title: organisations.name, detail: organisations.country, total })
    .from(organisations)
    .where(where)
    .orderBy(sql`${score} desc`, organisations.name)
    .limit(SEARCH_RESULTS_PER_KIND);
  return group("organisation", rows, (r) => ({
    kind: "organisation",
    slug: r.slug,
    title: r.title,
    detail: r.detail,
  }));
}

async function searchTargets(db: Executor, terms: SearchTerms): Promise<SearchGroup> {
  const { where, score } = matching(
    { name: targets.name, other: coalesced(sql`${targets.country}`, sql`${targets.description}`) },
    terms,
  );
  const rows = await db
    .select({ slug: targets.slug, title: targets.name, detail: targets.country, total })
    .from(targets)
    .where(and(publicTarget, where))
    .orderBy(sql`${score} desc`, targets.name)
    .limit(SEARCH_RESULTS_PER_KIND);
  return group("target", rows, (r) => ({ kind: "target", slug: r.slug, title: r.title, detail: r.detail }));
}

function group<Row extends { total: number }>(
  kind: SearchKind,
  rows: Row[],
  result: (row: Row) => SearchResult,
): SearchGroup {
  return { kind, total: rows[0]?.total ?? 0, results: rows.map(result) };
}

/** Every kind's matches for the terms, in SEARCH_KINDS order; one round trip each. */
export async function searchPublicRecord(db: Executor, terms: SearchTerms): Promise<SearchGroup[]> {
  return Promise.all([
    searchCampaigns(db, terms),
    searchLetters(db, terms),
    searchOrganisations(db, terms),
    searchTargets(db, terms),
  ]);
}
