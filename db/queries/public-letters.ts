import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import { type LetterSummary, loadLetterSummaries } from "@/db/queries/letter-summaries";
import { campaigns, letters, organisations, responses, signatures } from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import type { ContentLanguageNotice } from "@/lib/domain/content-languages";
import type { DatePrecision } from "@/lib/domain/dates";
import { answeringTarget } from "@/lib/domain/letter-targets";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/domain/locales";
import { signatorySearchText } from "@/lib/domain/signatory-view";
import type { SignatureKind } from "@/lib/domain/signatures";
import type { ResponseKind, ResponseStance } from "@/lib/domain/timeline";
import { type Page, readPage } from "./pages";
import { possibleSlugs, publicLetter } from "./public-visibility";
import {
  campaignWordingReader,
  type LetterLanguage,
  originalLetterColumns,
  readdressed,
  readLetterTexts,
} from "./translations";

/*
 * The public letter page, its signatory lists and its print view. Everything returned
 * is plain JSON (strings, numbers, booleans, null): results are kept by unstable_cache.
 * No query here selects a signatory's e-mail address.
 */

export type SignatoryKind = SignatureKind;

/** Signatories per page, on the letter page and when browsing all of them. */
export const SIGNATORY_PAGE_SIZE = 50;

export { SIGNATORY_QUERY_MAX } from "@/lib/domain/signatory-view";

/** A confirmed, public signature as the public sees it. */
export type PublicSignatory = {
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  isSample: boolean;
  /** The text version signed; lower than the letter's own when the text changed afterwards. */
  letterVersion: number;
  organisationSlug: string | null;
};

/** A page of one kind of signatories; `total` counts those that match the search. */
export type SignatoryPage = Page<PublicSignatory>;

export type PublicResponse = {
  id: string;
  /** Which of the letter's targets answered; null when it is none of them. */
  targetId: string | null;
  kind: ResponseKind;
  stance: ResponseStance;
  respondedOn: string;
  precision: DatePrecision;
  /** The last day of a response dated by a range. */
  respondedEnd: string | null;
  summary: string;
  sourceUrl: string | null;
};

export type LetterPage = {
  /**
   * State, tally, addressee, dates, campaign and target: computed once, in
   * letter-summaries; its title, addressee lines and campaign title in the language read.
   */
  letter: LetterSummary;
  bodyMarkdown: string;
  /** The current text version; signatures of earlier versions say so. */
  version: number;
  /** The language of the text shown, whether the page fell back to the original, and the other texts. */
  language: LetterLanguage;
  /** Set when the campaign's title or a response is shown in its original language, not the visitor's. */
  contentNotice: ContentLanguageNotice | null;
  campaignIsSample: boolean;
  /** Responses linked to the letter, oldest first; retracted ones are not on the record. */
  responses: PublicResponse[];
  /** The first page of each list. */
  organisations: SignatoryPage;
  individuals: SignatoryPage;
  /** Counted in the tally, never listed. */
  withheldCount: number;
};

/** A name on the printed letter. */
export type PrintSignatory = {
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  isSample: boolean;
};

export type FullSignatoryList = { organisations: PrintSignatory[]; individuals: PrintSignatory[] };

type LetterAddress = { campaignSlug: string; letterSlug: string };

/** A letter the public may see, found by its address: not a draft, in a public, published campaign. */
async function findPublicLetter(db: Executor, { campaignSlug, letterSlug }: LetterAddress) {
  if (!possibleSlugs(campaignSlug, letterSlug)) return null;
  const [found] = await db
    .select({
      ...originalLetterColumns,
      campaignId: campaigns.id,
      campaignOriginalLocale: campaigns.originalLocale,
      campaignIsSample: campaigns.isSample,
      mainTargetId: campaigns.targetId,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(campaigns.slug, campaignSlug), eq(letters.slug, letterSlug), publicLetter))
    .limit(1);
  return found ?? null;
}

/**
 * The public letter page in `locale` (its text, or its original where there is no
 * current translation), or null when the letter is missing, a draft, or in a draft or
 * private campaign.
 */
export async function loadLetterPage(
  db: Executor,
  { campaignSlug, letterSlug, now, locale = DEFAULT_LOCALE }: LetterAddress & { now: Date; locale?: Locale },
): Promise<LetterPage | null> {
  const found = await findPublicLetter(db, { campaignSlug, letterSlug });
  if (!found) return null;

  // loadLetterSummaries applies the same visibility rules again; it is the one source of state and tally.
  const [letter] = await loadLetterSummaries(db, { filter: { letterIds: [found.id] }, now });
  if (!letter) return null;

  const [responseRows, organisationPage, individualPage] = await Promise.all([
    db
      .select({
        id: responses.id,
        targetId: responses.targetId,
        kind: responses.kind,
        stance: responses.stance,
        respondedOn: responses.respondedOn,
        precision: responses.precision,
        respondedEnd: responses.respondedEnd,
        summary: responses.summary,
        sourceUrl: responses.sourceUrl,
      })
      .from(responses)
      .where(and(eq(responses.letterId, found.id), isNull(responses.retractedAt)))
      .orderBy(asc(responses.respondedOn), asc(responses.createdAt)),
    listSignatories(db, { letterId: found.id, kind: "organisation" }),
    listSignatories(db, { letterId: found.id, kind: "individual" }),
  ]);
  const [texts, wording] = await Promise.all([
    readLetterTexts(db, { letters: [found], locale }),
    campaignWordingReader(db, {
      campaign: { id: found.campaignId, originalLocale: found.campaignOriginalLocale },
      records: { response: responseRows.map((r) => r.id) },
      locale,
    }),
  ]);
  const text = texts.get(found.id)!;

  return {
    letter: {
      ...letter,
      title: text.title,
      addressee: text.addressee,
      campaignTitle: wording.text("campaign", found.campaignId, "title", letter.campaignTitle),
      targets: readdressed(letter.targets, found.addressee, text.addressee),
    },
    bodyMarkdown: text.bodyMarkdown,
    version: found.version,
    language: text.language,
    campaignIsSample: found.campaignIsSample,
    // Said once, in lib/domain: a response saved without a target answers the letter's only one.
    responses: responseRows.map((r) => ({
      ...r,
      summary: wording.text("response", r.id, "summary", r.summary),
      targetId: answeringTarget(
        r.targetId,
        letter.targets.map((target) => target.targetId),
        found.mainTargetId,
      ),
    })),
    organisations: organisationPage,
    individuals: individualPage,
    withheldCount: letter.tally.withheld,
    contentNotice: wording.notice(),
  };
}

/** Escapes LIKE's wildcards so a search for "100%" or "a_b" means exactly that. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

let regionNames: { code: string; name: string }[] | null = null;

/**
 * Countries are stored as ISO codes ("KR"); a search for "Korea", or "한국", should still
 * find them: a country's name in any language the site speaks.
 */
function countryCodesNamed(query: string): string[] {
  // Korean names are short ("영국"): two syllables name a country.
  if (query.length < (/[\u3131-\uD79D]/.test(query) ? 2 : 3)) return [];
  if (!regionNames) {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    regionNames = [];
    for (const locale of LOCALES) {
      const display = new Intl.DisplayNames(locale, { type: "region", fallback: "none" });
      for (const a of alphabet)
        for (const b of alphabet) {
          const code = a + b;
          const name = display.of(code);
          if (name && name !== code) regionNames.push({ code, name: name.toLowerCase() });
        }
    }
  }
  const needle = query.toLowerCase();
  return [...new Set(regionNames.filter((r) => r.name.includes(needle)).map((r) => r.code))];
}

function searchCondition(query: string): SQL | undefined {
  // No control characters: U+0000 fails in SQL.
  const text = signatorySearchText(query);
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  const codes = countryCodesNamed(text);
  return or(
    ilike(signatures.displayName, pattern),
    ilike(signatures.titleAffiliation, pattern),
    ilike(signatures.country, pattern),
    codes.length > 0 ? inArray(signatures.country, codes) : undefined,
  );
}

/**
 * One page of a letter's public, confirmed signatories of one kind, sorted by name.
 * The filter leads with signatures_letter_list_idx's columns, so the rows come off the
 * index in name order and a late page only walks the index up to its offset.
 */
export async function listSignatories(
  db: Executor,
  {
    letterId,
    kind,
    query = "",
    page = 1,
    pageSize = SIGNATORY_PAGE_SIZE,
  }: { letterId: string; kind: SignatoryKind; query?: string; page?: number; pageSize?: number },
): Promise<SignatoryPage> {
  const where = and(
    eq(signatures.letterId, letterId),
    eq(signatures.status, "confirmed"),
    eq(signatures.kind, kind),
    eq(signatures.visibility, "public"),
    searchCondition(query),
  );
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(signatures).where(where);
  const rows = db
    .select({
      displayName: signatures.displayName,
      titleAffiliation: signatures.titleAffiliation,
      country: signatures.country,
      isSample: signatures.isSample,
      letterVersion: signatures.letterVersion,
      organisationSlug: organisations.slug,
    })
    .from(signatures)
    .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(where)
    // The id only breaks ties between equal names, so pages never overlap.
    .orderBy(asc(signatures.displayName), asc(signatures.id));
  return readPage(rows.$dynamic(), { total: counted?.total ?? 0, page, pageSize });
}

/** Every public, confirmed signatory of a letter in one query, for the printed letter. */
export async function listAllPublicSignatories(
  db: Executor,
  { letterId }: { letterId: string },
): Promise<FullSignatoryList> {
  const rows = await db
    .select({
      kind: signatures.kind,
      displayName: signatures.displayName,
      titleAffiliation: signatures.titleAffiliation,
      country: signatures.country,
      isSample: signatures.isSample,
    })
    .from(signatures)
    .where(
      and(
        eq(signatures.letterId, letterId),
        eq(signatures.status, "confirmed"),
        eq(signatures.visibility, "public"),
      ),
    )
    .orderBy(asc(signatures.kind), asc(signatures.displayName), asc(signatures.id));
  const list: FullSignatoryList = { organisations: [], individuals: [] };
  for (const { kind, ...signatory } of rows) {
    (kind === "organisation" ? list.organisations : list.individuals).push(signatory);
  }
  return list;
}

// ── Cached for public pages: invalidated by the letter's tag, rolled over by time ──
//
// Each cached function finds its letter by address itself rather than taking an id from
// another cache entry, so one entry never pairs with another from a different database
// state (a stale letter id would list nobody), and visibility is checked every time.

function letterCacheOptions({ campaignSlug, letterSlug }: LetterAddress) {
  return publicCacheOptions(cacheTags.letter(campaignSlug, letterSlug));
}

/**
 * The letter page's data in a language (the original's where it has no text in it),
 * cached under the letter's tag, one entry per language; React's cache shares it with
 * generateMetadata. Translation writes expire the same tag.
 */
export const getLetterPage = cache(
  async (
    campaignSlug: string,
    letterSlug: string,
    locale: Locale = DEFAULT_LOCALE,
  ): Promise<LetterPage | null> => {
    // An address no letter can have is not found: no cache entry, no tag of its own.
    if (!possibleSlugs(campaignSlug, letterSlug)) return null;
    return unstable_cache(
      (address: LetterAddress & { locale: Locale }) =>
        loadLetterPage(getDb(), { ...address, now: new Date() }),
      ["public-letter-page"],
      letterCacheOptions({ campaignSlug, letterSlug }),
    )({ campaignSlug, letterSlug, locale });
  },
);

export type SignatoryPageInput = LetterAddress & { kind: SignatoryKind; query: string; page: number };

/** One page of a public letter's signatories (empty if the letter is not public), cached under its tag. */
export async function getSignatoryPage(input: SignatoryPageInput): Promise<SignatoryPage> {
  if (!possibleSlugs(input.campaignSlug, input.letterSlug))
    return { rows: [], total: 0, page: 1, pageCount: 1, pageSize: SIGNATORY_PAGE_SIZE };
  // The arguments (not closed-over values) make the cache key, so every search has its own
  // entry; searches that differ only in control characters or spacing share one.
  return unstable_cache(
    async ({ kind, query, page, ...address }: SignatoryPageInput): Promise<SignatoryPage> => {
      const db = getDb();
      const letter = await findPublicLetter(db, address);
      if (!letter) return { rows: [], total: 0, page: 1, pageCount: 1, pageSize: SIGNATORY_PAGE_SIZE };
      return listSignatories(db, { letterId: letter.id, kind, query, page });
    },
    ["public-letter-signatories"],
    // Any search, any page: these entries share the cache's capped part for search results.
    publicCacheOptions(cacheTags.letter(input.campaignSlug, input.letterSlug), cacheTags.searchResults),
  )({ ...input, query: signatorySearchText(input.query) });
}

/**
 * The full public list for the print view. Not in the data cache: a 50,000-name list is
 * over its 2 MB entry limit. The print page is itself cached (ISR) and tagged with the
 * letter through getLetterPage, so the list is read only when the page is regenerated.
 */
export async function getFullSignatoryList(address: LetterAddress): Promise<FullSignatoryList> {
  const db = getDb();
  const letter = await findPublicLetter(db, address);
  return letter
    ? listAllPublicSignatories(db, { letterId: letter.id })
    : { organisations: [], individuals: [] };
}
