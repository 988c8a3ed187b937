import * as z from "zod";
import { getCampaignPage, getCampaignPageTags, getHomeCampaigns } from "@/db/queries/public-campaigns";
import { getFullSignatoryList, getLetterPage, getSignatoryPage } from "@/db/queries/public-letters";
import {
  getOrganisationList,
  getOrganisationPage,
  organisationListTags,
} from "@/db/queries/public-organisations";
import { getAwaitingResponse, getTargetRecord, getTargetStats } from "@/db/queries/public-targets";
import { getResolutionMatrix, listResolutions } from "@/db/queries/resolutions";
import { cacheTags } from "@/lib/domain/cache-tags";
import { ORGANISATION_KINDS } from "@/lib/domain/campaigns";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/domain/locales";
import { SIGNATORY_QUERY_MAX } from "@/lib/domain/signatory-view";
import type { ApiOperation } from "./respond";
import * as schemas from "./schemas";

/*
 * Every operation of the public API, read from the same cached queries as the public
 * pages (db/queries/public-*, resolutions) and tagged with the same cache tags, so a write
 * that changes a page changes its API resource at the same moment. The OpenAPI document
 * (lib/api/openapi.ts) and the /developers page are built from this list.
 */

type LetterParams = { slug: string; letterSlug: string };

const letterTag = ({ slug, letterSlug }: LetterParams) => [cacheTags.letter(slug, letterSlug)];

/** A file name made only of characters every browser and header keeps. */
const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, "_");

const pageParameter = z.coerce
  .number()
  .int()
  .min(1)
  .max(1_000_000)
  .default(1)
  .meta({ description: "The page, from 1; past the last page, the last page is sent." });

const organisationQuery = z.object({
  kind: z
    .enum(ORGANISATION_KINDS)
    .optional()
    .meta({ description: "Only organisations of this kind (coalition, network, ngo or other)." }),
  page: pageParameter,
});

const signatoryQuery = z.object({
  kind: z
    .enum(["organisations", "individuals"])
    .default("organisations")
    .meta({ description: "Which list: organisations or individuals." }),
  page: pageParameter,
  q: z
    .string()
    .max(SIGNATORY_QUERY_MAX)
    .optional()
    .meta({ description: "Only names, affiliations or countries containing this text." }),
});

const languageQuery = z.object({
  lang: z.enum(LOCALES).default(DEFAULT_LOCALE).meta({
    description:
      "The language to read the text in (en-GB or ko): fields with a translation into it are translated, the rest are the original's. The language field says which was served.",
  }),
});

/** The language asked for in the query string; the default one when there is none (a call from code). */
const langOf = (query: Record<string, unknown> = {}) =>
  (query as Partial<z.output<typeof languageQuery>>).lang ?? DEFAULT_LOCALE;

export const operations = {
  listCampaigns: {
    id: "listCampaigns",
    path: "/campaigns",
    schema: schemas.CampaignList,
    canBeMissing: false,
    tags: () => [cacheTags.campaignList],
    load: async () => ({ campaigns: await getHomeCampaigns() }),
  } satisfies ApiOperation<Record<string, never>>,

  getCampaign: {
    id: "getCampaign",
    path: "/campaigns/{slug}",
    query: languageQuery,
    schema: schemas.Campaign,
    canBeMissing: true,
    tags: ({ slug }) => getCampaignPageTags(slug),
    load: async ({ slug }, query?: Record<string, unknown>) => {
      const page = await getCampaignPage(slug, langOf(query));
      if (!page) return null;
      return {
        ...page,
        language: page.languages.shown,
        originalLanguage: page.languages.original,
        fallback: page.contentNotice !== null,
        languages: page.languages.available,
      };
    },
  } satisfies ApiOperation<{ slug: string }>,

  getLetter: {
    id: "getLetter",
    path: "/campaigns/{slug}/letters/{letterSlug}",
    query: languageQuery,
    schema: schemas.LetterDetail,
    canBeMissing: true,
    tags: letterTag,
    load: async ({ slug, letterSlug }, query?: Record<string, unknown>) => {
      const page = await getLetterPage(slug, letterSlug, langOf(query));
      if (!page) return null;
      const { language } = page;
      return {
        ...page,
        language: language.shown,
        originalLanguage: language.originalLocale,
        languages: [
          { language: language.shown, original: language.original, addedOn: language.addedOn },
          ...language.others.map((o) => ({ language: o.locale, original: o.original, addedOn: o.addedOn })),
        ].sort((a, b) => Number(b.original) - Number(a.original)),
        signatories: {
          organisations: page.organisations.total,
          individuals: page.individuals.total,
          withheld: page.withheldCount,
        },
      };
    },
  } satisfies ApiOperation<LetterParams>,

  listSignatories: {
    id: "listSignatories",
    path: "/campaigns/{slug}/letters/{letterSlug}/signatories",
    query: signatoryQuery,
    schema: schemas.SignatoryPage,
    canBeMissing: true,
    // Any page of any search: kept within the page cache's cap on search results.
    tags: (params) => [...letterTag(params), cacheTags.searchResults],
    load: async ({ slug, letterSlug }, query) => {
      const { kind, page, q } = query as z.output<typeof signatoryQuery>;
      const letter = await getLetterPage(slug, letterSlug);
      if (!letter) return null;
      const rows = await getSignatoryPage({
        campaignSlug: slug,
        letterSlug,
        kind: kind === "organisations" ? "organisation" : "individual",
        query: q ?? "",
        page,
      });
      return { ...rows, kind, withheld: letter.letter.tally.withheldByKind[kind] };
    },
  } satisfies ApiOperation<LetterParams>,

  downloadSignatories: {
    id: "downloadSignatories",
    path: "/campaigns/{slug}/letters/{letterSlug}/signatories.json",
    schema: schemas.SignatoryList,
    canBeMissing: true,
    tags: letterTag,
    download: ({ slug, letterSlug }) => `${fileSafe(slug)}--${fileSafe(letterSlug)}--signatories.json`,
    load: async ({ slug, letterSlug }) => {
      const page = await getLetterPage(slug, letterSlug);
      if (!page) return null;
      const list = await getFullSignatoryList({ campaignSlug: slug, letterSlug });
      return {
        letter: { slug: page.letter.slug, title: page.letter.title, campaignSlug: page.letter.campaignSlug },
        ...list,
        withheld: page.letter.tally.withheldByKind,
      };
    },
  } satisfies ApiOperation<LetterParams>,

  listOrganisations: {
    id: "listOrganisations",
    path: "/organisations",
    query: organisationQuery,
    schema: schemas.OrganisationList,
    canBeMissing: false,
    tags: (_params, query) => organisationListTags((query as z.output<typeof organisationQuery>).page),
    load: async (_params, query) => {
      const { rows, ...paging } = await getOrganisationList(query as z.output<typeof organisationQuery>);
      return { organisations: rows, ...paging };
    },
  } satisfies ApiOperation<Record<string, never>>,

  getOrganisation: {
    id: "getOrganisation",
    path: "/organisations/{slug}",
    schema: schemas.Organisation,
    canBeMissing: true,
    tags: ({ slug }) => [cacheTags.organisation(slug)],
    load: ({ slug }) => getOrganisationPage(slug),
  } satisfies ApiOperation<{ slug: string }>,

  listTargets: {
    id: "listTargets",
    path: "/targets",
    schema: schemas.TargetList,
    canBeMissing: false,
    tags: () => [cacheTags.targets],
    load: async () => ({ targets: await getTargetStats() }),
  } satisfies ApiOperation<Record<string, never>>,

  getTarget: {
    id: "getTarget",
    path: "/targets/{slug}",
    schema: schemas.Target,
    canBeMissing: true,
    tags: () => [cacheTags.targets],
    load: ({ slug }) => getTargetRecord(slug),
  } satisfies ApiOperation<{ slug: string }>,

  getAwaitingResponse: {
    id: "getAwaitingResponse",
    path: "/awaiting-response",
    schema: schemas.AwaitingResponse,
    canBeMissing: false,
    tags: () => [cacheTags.awaiting],
    load: () => getAwaitingResponse(),
  } satisfies ApiOperation<Record<string, never>>,

  listResolutions: {
    id: "listResolutions",
    path: "/resolutions",
    schema: schemas.ResolutionList,
    canBeMissing: false,
    tags: () => [cacheTags.resolutionList],
    load: async () => ({ resolutions: await listResolutions() }),
  } satisfies ApiOperation<Record<string, never>>,

  getResolution: {
    id: "getResolution",
    path: "/resolutions/{slug}",
    schema: schemas.Resolution,
    canBeMissing: true,
    tags: ({ slug }) => [cacheTags.resolution(slug)],
    load: async ({ slug }) => {
      const matrix = await getResolutionMatrix(slug);
      return matrix && { ...matrix, positions: matrix.records };
    },
  } satisfies ApiOperation<{ slug: string }>,
};

export type OperationId = keyof typeof operations;
