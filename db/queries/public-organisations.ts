import "server-only";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { type Executor, getDb } from "@/db";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import {
  findOrganisationProfile,
  loadCoalitionSpells,
  type OrganisationProfile,
  organisationProfileColumns,
} from "@/db/queries/organisation-record";
import { type Page, readPage } from "@/db/queries/pages";
import { possibleSlugs, publicLetter } from "@/db/queries/public-visibility";
import { campaigns, coalitionMemberships, letters, organisations, signatures } from "@/db/schema";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import type { OrganisationKind } from "@/lib/domain/campaigns";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { TargetCounts } from "@/lib/domain/letter-targets";

/*
 * An organisation's public page: who it is, the coalitions it is part of (or, for a
 * coalition, its members), and the letters it has signed in public; and the list of all
 * organisations with the same facts counted. Everything here is plain JSON (no Date
 * objects): the results are cached with unstable_cache.
 */

/** One spell of membership, seen from either side: the other organisation and the dates. */
export type PublicMembership = {
  slug: string;
  name: string;
  shortName: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  isSample: boolean;
};

/** A letter the organisation signed, with its state as the letter summaries derive it. */
export type PublicOrganisationSignature = {
  letterSlug: string;
  letterTitle: string;
  /** Its only target's addressee line; for a letter to several, the letter's own line. */
  addressee: string;
  campaignSlug: string;
  campaignTitle: string;
  /** The letter's only target; null for a letter to several (counted in `targetCounts`). */
  targetName: string | null;
  targetCounts: TargetCounts;
  /** When the organisation signed; null for imported sign-on lists, whose import date is not a signing date. */
  signedOn: string | null;
  sent: PreciseDate | null;
  clock: LetterClock;
  isSample: boolean;
};

/** Who an organisation is, as its page and the list show it. */
export type PublicOrganisationProfile = {
  slug: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  country: string | null;
  website: string | null;
  description: string | null;
  isSample: boolean;
  /** What a coalition or network says it represents ("over 300"); null when it declares nothing. */
  declaredMembership: { count: number; label: string } | null;
};

export type PublicOrganisationPage = PublicOrganisationProfile & {
  /** Registered member organisations (for coalitions and networks; empty otherwise). */
  members: { current: PublicMembership[]; past: PublicMembership[] };
  /** Coalitions and networks this organisation is, or was, a registered member of. */
  coalitions: { current: PublicMembership[]; past: PublicMembership[] };
  /** Confirmed, publicly named signatures on public letters, newest letter first. */
  signatures: PublicOrganisationSignature[];
};

const membershipOrder = (a: PublicMembership, b: PublicMembership) => a.name.localeCompare(b.name, "en");

/** Splits membership spells into current ones and past ones; an organisation that re-joined is current only. */
function splitSpells(spells: PublicMembership[]): { current: PublicMembership[]; past: PublicMembership[] } {
  const current = spells.filter((s) => s.leftOn === null).sort(membershipOrder);
  const currentSlugs = new Set(current.map((s) => s.slug));
  const past = spells
    .filter((s) => s.leftOn !== null && !currentSlugs.has(s.slug))
    .sort((a, b) => (b.leftOn ?? "").localeCompare(a.leftOn ?? "") || membershipOrder(a, b));
  return { current, past };
}

/** An organisation's stored fields as the public sees them: the declared membership worded. */
function publicProfile(org: OrganisationProfile): PublicOrganisationProfile {
  return {
    slug: org.slug,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind,
    country: org.country,
    website: org.website,
    description: org.description,
    isSample: org.isSample,
    declaredMembership:
      org.declaredMembership === null
        ? null
        : {
            count: org.declaredMembership,
            label:
              org.declaredMembershipLabel?.trim() ||
              new Intl.NumberFormat("en").format(org.declaredMembership),
          },
  };
}

/** The public page of one organisation, or null when there is no such organisation. */
export async function loadOrganisationPage(
  db: Executor,
  { slug, now = new Date() }: { slug: string; now?: Date },
): Promise<PublicOrganisationPage | null> {
  if (!possibleSlugs(slug)) return null;
  const org = await findOrganisationProfile(db, eq(organisations.slug, slug));
  if (!org) return null;

  const [[memberSpells, coalitionSpells], signatureRows] = await Promise.all([
    loadCoalitionSpells(db, {
      organisationId: org.id,
      columns: {
        slug: organisations.slug,
        name: organisations.name,
        shortName: organisations.shortName,
        joinedOn: coalitionMemberships.joinedOn,
        leftOn: coalitionMemberships.leftOn,
        isSample: organisations.isSample,
      },
    }),
    // Only what the page shows: never the signer's e-mail or account. A withheld
    // signature stays off this page: the organisation asked not to be named on that letter.
    db
      .select({
        letterId: signatures.letterId,
        source: signatures.source,
        confirmedAt: signatures.confirmedAt,
      })
      .from(signatures)
      .where(
        and(
          eq(signatures.organisationId, org.id),
          eq(signatures.kind, "organisation"),
          eq(signatures.status, "confirmed"),
          eq(signatures.visibility, "public"),
        ),
      ),
  ]);

  // The letter summaries only return public letters (no drafts, no draft or private
  // campaigns), so a signature on anything else simply finds no letter and is dropped.
  const summaries = await loadLetterSummaries(db, {
    filter: { letterIds: [...new Set(signatureRows.map((s) => s.letterId))] },
    now,
  });
  const signatureByLetter = new Map(signatureRows.map((s) => [s.letterId, s]));

  const signed: PublicOrganisationSignature[] = summaries.flatMap((letter) => {
    const signature = signatureByLetter.get(letter.id);
    if (!signature) return [];
    const signedOn =
      signature.source === "import" || !signature.confirmedAt
        ? null
        : signature.confirmedAt.toISOString().slice(0, 10);
    // Named by the letter's own targets, not the campaign's main one: a letter may go to others.
    const only = letter.targets.length === 1 ? letter.targets[0]! : null;
    return [
      {
        letterSlug: letter.slug,
        letterTitle: letter.title,
        addressee: only?.addressee ?? letter.addressee,
        campaignSlug: letter.campaignSlug,
        campaignTitle: letter.campaignTitle,
        targetName: only?.name ?? null,
        targetCounts: letter.targetCounts,
        signedOn,
        sent: letter.sent,
        clock: letter.clock,
        isSample: letter.isSample,
      },
    ];
  });
  // Letters still collecting (not sent yet) first, then the most recently sent.
  signed.sort(
    (a, b) =>
      (b.sent?.date ?? "9999-12-31").localeCompare(a.sent?.date ?? "9999-12-31") ||
      a.letterTitle.localeCompare(b.letterTitle, "en"),
  );

  return {
    ...publicProfile(org),
    members: splitSpells(memberSpells),
    coalitions: splitSpells(coalitionSpells),
    signatures: signed,
  };
}

/** The cached organisation page, invalidated by cacheTags.organisation(slug) and rolled over with the days. */
export async function getOrganisationPage(slug: string): Promise<PublicOrganisationPage | null> {
  // An address no organisation can have (too long, control characters) is not worth a cache entry.
  if (!possibleSlugs(slug)) return null;
  return unstable_cache(
    () => loadOrganisationPage(getDb(), { slug, now: new Date() }),
    ["public-organisation-page", slug],
    publicCacheOptions(cacheTags.organisation(slug)),
  )();
}

/** Organisations in one page of the public list. */
export const ORGANISATION_LIST_PAGE_SIZE = 50;

/** One organisation in the public list: who it is, and its page's facts counted. */
export type PublicOrganisationSummary = PublicOrganisationProfile & {
  /** Registered member organisations today (for coalitions and networks; 0 otherwise). */
  currentMembers: number;
  /** Coalitions and networks it is a registered member of today. */
  currentCoalitions: number;
  /** Public letters it signed with its name shown: those its page lists. */
  lettersSigned: number;
};

export type PublicOrganisationList = Page<PublicOrganisationSummary>;

const count = (query: SQL) => sql<number>`(${query})::int`;

/** The list's counts, read as the organisation page reads its spells and signatures. */
const summaryCounts = {
  currentMembers:
    count(sql`select count(distinct ${coalitionMemberships.memberId}) from ${coalitionMemberships}
    where ${coalitionMemberships.coalitionId} = ${organisations.id} and ${coalitionMemberships.leftOn} is null`),
  currentCoalitions:
    count(sql`select count(distinct ${coalitionMemberships.coalitionId}) from ${coalitionMemberships}
    where ${coalitionMemberships.memberId} = ${organisations.id} and ${coalitionMemberships.leftOn} is null`),
  // The page's signatures: confirmed, named, on letters visitors may see.
  lettersSigned: count(sql`select count(distinct ${signatures.letterId}) from ${signatures}
    inner join ${letters} on ${letters.id} = ${signatures.letterId}
    inner join ${campaigns} on ${campaigns.id} = ${letters.campaignId}
    where ${signatures.organisationId} = ${organisations.id} and ${signatures.kind} = 'organisation'
      and ${signatures.status} = 'confirmed' and ${signatures.visibility} = 'public' and ${publicLetter}`),
};

/**
 * One page of every organisation (or those of one kind), by name: each has a public page,
 * so each is listed, with what that page shows counted.
 */
export async function loadOrganisationList(
  db: Executor,
  {
    kind,
    page = 1,
    pageSize = ORGANISATION_LIST_PAGE_SIZE,
  }: { kind?: OrganisationKind; page?: number; pageSize?: number },
): Promise<PublicOrganisationList> {
  const where = kind ? eq(organisations.kind, kind) : undefined;
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(organisations).where(where);
  const query = db
    .select({ ...organisationProfileColumns, ...summaryCounts })
    .from(organisations)
    .where(where)
    // The slug is unique: it breaks ties between equal names, so pages never overlap.
    .orderBy(asc(organisations.name), asc(organisations.slug));
  const result = await readPage(query.$dynamic(), { total: counted?.total ?? 0, page, pageSize });
  return {
    ...result,
    rows: result.rows.map((row) => ({
      ...publicProfile(row),
      currentMembers: row.currentMembers,
      currentCoalitions: row.currentCoalitions,
      lettersSigned: row.lettersSigned,
    })),
  };
}

/**
 * The tags of a page of the list: every write to an organisation, a membership or an
 * organisation's signatures expires them. Pages past the first share the cache's capped
 * part for search results: a page number has no end.
 */
export function organisationListTags(page: number): string[] {
  return page > 1 ? [cacheTags.organisationList, cacheTags.searchResults] : [cacheTags.organisationList];
}

/** The cached list (organisationListTags), rolled over with the days. */
export async function getOrganisationList({
  kind,
  page = 1,
}: {
  kind?: OrganisationKind;
  page?: number;
}): Promise<PublicOrganisationList> {
  // The arguments make the cache key: each kind and page has its own entry.
  return unstable_cache(
    (input: { kind?: OrganisationKind; page: number }) => loadOrganisationList(getDb(), input),
    ["public-organisation-list"],
    publicCacheOptions(...organisationListTags(page)),
  )({ kind, page });
}
