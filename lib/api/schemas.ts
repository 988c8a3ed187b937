import * as z from "zod";
import { unBodyKind, unSessionKind } from "@/db/schema";
import { ASK_STATUSES } from "@/lib/domain/ask-status";
import { CAMPAIGN_STATUSES, ORGANISATION_KINDS, TARGET_KINDS } from "@/lib/domain/campaigns";
import { DATE_PRECISIONS } from "@/lib/domain/dates";
import { LETTER_STATUSES } from "@/lib/domain/letter-lifecycle";
import { LOCALES } from "@/lib/domain/locales";
import { LETTER_SIGNERS } from "@/lib/domain/signatures";
import {
  ASK_OUTCOMES,
  EVENT_KINDS,
  RESPONSE_KINDS,
  RESPONSE_STANCES,
  TIMELINE_KINDS,
} from "@/lib/domain/timeline";
import {
  ADOPTION_METHODS,
  POSITION_KINDS,
  SPONSORSHIP_TYPES,
  WANTED_POSITIONS,
} from "@/lib/domain/un/positions";
import { REGIONAL_GROUPS, UN_STATUSES } from "@/lib/domain/un/states";

/*
 * The public API's resources, one zod schema each. Every response body is parsed with
 * its schema before it is sent: zod drops any key a schema does not name, so a field
 * added to a query's DTO (an e-mail address, a private note) never reaches the API by
 * accident. The OpenAPI document's schemas are generated from these same objects
 * (lib/api/openapi.ts), so the documentation cannot drift from what is sent.
 */

/** The registry the OpenAPI document's components are read from: each schema with its name. */
export const apiSchemas = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nullableText = z.string().nullable();

const publicCampaignStatuses = CAMPAIGN_STATUSES.filter((s) => s !== "draft") as [
  "active",
  "paused",
  "won",
  "lost",
  "closed",
];
const publicLetterStatuses = LETTER_STATUSES.filter((s) => s !== "draft") as ["collecting", "sent", "closed"];

export const PreciseDate = named(
  "PreciseDate",
  z
    .object({ date: isoDate, precision: z.enum(DATE_PRECISIONS) })
    .meta({ description: "A calendar date and how much of it is known (day, month or year)." }),
);

export const LetterClock = named(
  "LetterClock",
  z
    .discriminatedUnion("state", [
      z.object({ state: z.literal("collecting") }),
      z.object({
        state: z.literal("answered"),
        respondedOn: isoDate,
        respondedPrecision: z.enum(DATE_PRECISIONS),
        daysToAnswer: z.int(),
        approximate: z.boolean(),
      }),
      z.object({
        state: z.literal("awaiting"),
        deadline: isoDate.nullable(),
        daysLeft: z.int().nullable(),
        daysSinceSent: z.int(),
        approximate: z.boolean(),
      }),
      z.object({
        state: z.literal("overdue"),
        deadline: isoDate,
        daysOverdue: z.int(),
        daysWithoutResponse: z.int(),
        approximate: z.boolean(),
      }),
    ])
    .meta({ description: "Where a letter stands with a target: overdue is derived, never typed in." }),
);

export const Tally = named(
  "Tally",
  z.object({
    organisations: z.int(),
    individuals: z.int(),
    withheld: z.int().meta({ description: "Counted signatures whose names are not shown." }),
    withheldByKind: z.object({ organisations: z.int(), individuals: z.int() }),
    coalitions: z.array(
      z.object({
        name: z.string(),
        shortName: nullableText,
        label: z.string(),
        declaredMembership: z.int(),
      }),
    ),
    otherOrganisations: z.int(),
    representedGroups: z.int(),
    sentence: z.string(),
  }),
);

const TargetCounts = z.object({
  total: z.int(),
  answered: z.int(),
  overdue: z.int(),
  unanswered: z.int(),
});

export const LetterTarget = named(
  "LetterTarget",
  z.object({
    targetId: z.string(),
    slug: z.string(),
    name: z.string(),
    addressee: z.string(),
    stateIso3: nullableText,
    timeZone: z.string(),
    deadline: isoDate.nullable(),
    clock: LetterClock,
    answeredOn: isoDate.nullable(),
  }),
);

export const Letter = named(
  "Letter",
  z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    addressee: z.string(),
    status: z.enum(publicLetterStatuses),
    campaignSlug: z.string(),
    campaignTitle: z.string(),
    targets: z.array(LetterTarget),
    targetCounts: TargetCounts,
    openedOn: isoDate.nullable(),
    sent: PreciseDate.nullable(),
    deadline: isoDate.nullable(),
    clock: LetterClock,
    asOf: isoDate,
    tally: Tally,
    /** Signatures taken off after the letter was sent, at their signers' request: no longer in the tally. */
    removedOnRequest: z.int(),
    whoCanSign: z.enum(LETTER_SIGNERS),
    signingOpensAt: nullableText,
    signingClosesAt: nullableText,
    sourceUrl: nullableText,
    isSample: z.boolean(),
  }),
);

const Retraction = z.object({ at: z.string(), reason: z.string() }).nullable();

const languageCode = z
  .enum(LOCALES)
  .meta({ description: "A language, as the site's addresses name it: en-GB, ko." });

export const TimelineEntry = named(
  "TimelineEntry",
  z.object({
    id: z.string(),
    kind: z.enum(TIMELINE_KINDS as [string, ...string[]]),
    subkind: z.enum([...EVENT_KINDS, ...RESPONSE_KINDS]).optional(),
    date: PreciseDate,
    subject: nullableText,
    detail: nullableText,
    addressee: z.string().optional(),
    daysWithoutResponse: z.int().optional(),
    approximate: z.boolean().optional(),
    venue: nullableText.optional(),
    sources: z.array(z.object({ url: z.string(), label: z.string().optional() })),
    letterSlug: z.string().optional(),
    askId: z.string().optional(),
    upcoming: z.boolean(),
    countdownDays: z.int().nullable(),
    retracted: Retraction,
    stance: z.enum(RESPONSE_STANCES).optional(),
    outcome: z.enum(ASK_STATUSES as [string, ...string[]]).optional(),
    position: z
      .object({
        change: z.string(),
        kind: z.enum(POSITION_KINDS),
        stateIso3: z.string(),
        resolutionSlug: z.string(),
        resolutionTitle: z.string(),
        session: z.string(),
        symbol: nullableText,
      })
      .optional(),
  }),
);

const AskSession = z.object({ id: z.string(), label: z.string(), startsOn: isoDate, endsOn: isoDate });

export const Ask = named(
  "Ask",
  z.object({
    id: z.string(),
    title: z.string(),
    description: nullableText,
    venue: nullableText,
    decision: PreciseDate.nullable(),
    session: AskSession.nullable(),
    upcoming: z.boolean(),
    countdownDays: z.int().nullable(),
    outcome: z.enum(ASK_OUTCOMES),
    status: z.enum(ASK_STATUSES as [string, ...string[]]),
    outcomeOn: isoDate.nullable(),
    outcomeSourceUrl: nullableText,
    outcomeNote: nullableText,
    derived: z
      .object({
        outcome: z.enum(ASK_OUTCOMES),
        met: z.int(),
        notMet: z.int(),
        pending: z.int(),
        states: z.array(z.object({ iso3: z.string(), name: z.string(), outcome: z.string() })),
        wanted: z.enum(WANTED_POSITIONS),
        text: z.object({
          title: z.string(),
          draftSymbol: nullableText,
          adoptedSymbol: nullableText,
          sessionLabel: z.string(),
          resolution: z.object({ slug: z.string(), title: z.string() }),
        }),
      })
      .nullable()
      .meta({ description: "For an ask linked to a resolution text: each targeted state's outcome." }),
    retracted: Retraction,
  }),
);

export const CampaignState = named(
  "CampaignState",
  z
    .object({
      status: z.enum(publicCampaignStatuses),
      overdueLetters: z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          daysWithoutResponse: z.int(),
          approximate: z.boolean(),
          deadline: isoDate,
        }),
      ),
      nextDecision: z
        .object({
          title: z.string(),
          decision: PreciseDate,
          session: AskSession.nullable(),
          countdownDays: z.int().nullable(),
        })
        .nullable(),
      collectingLetters: z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          whoCanSign: z.enum(LETTER_SIGNERS),
          signingOpensAt: nullableText,
          signingClosesAt: nullableText,
          signed: z.int(),
        }),
      ),
    })
    .meta({
      description: "Where a campaign stands: its status, overdue letters, next decision, open letters.",
    }),
);

export const CampaignSummary = named(
  "CampaignSummary",
  z.object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(publicCampaignStatuses),
    isSample: z.boolean(),
    targetName: z.string(),
    asks: z.object({ met: z.int(), total: z.int() }),
    latestEntry: TimelineEntry.nullable(),
    strip: CampaignState,
  }),
);

export const CampaignList = named("CampaignList", z.object({ campaigns: z.array(CampaignSummary) }));

const TargetRef = z.object({ slug: z.string(), name: z.string(), stateIso3: nullableText });

export const Campaign = named(
  "Campaign",
  z.object({
    campaign: z.object({
      slug: z.string(),
      title: z.string(),
      summary: z.string(),
      status: z.enum(publicCampaignStatuses),
      isSample: z.boolean(),
      startedOn: isoDate.nullable(),
    }),
    target: TargetRef.extend({ timeZone: z.string() }),
    targets: z.array(TargetRef),
    leads: z.array(z.object({ name: z.string(), shortName: nullableText, slug: z.string() })),
    asks: z.array(Ask),
    letters: z.array(Letter),
    timeline: z.array(TimelineEntry),
    today: isoDate,
    strip: CampaignState,
    language: languageCode.meta({
      description:
        "The language the campaign's wording was served in: the one asked for (lang) where its title is translated into it, else its original.",
    }),
    originalLanguage: languageCode,
    fallback: z.boolean().meta({
      description:
        "Some of the wording (asks, events, responses, letter titles) has no translation and is in its original.",
    }),
    languages: z
      .array(languageCode)
      .meta({ description: "The languages the campaign can be read in: its original first." }),
  }),
);

export const Response = named(
  "Response",
  z.object({
    id: z.string(),
    targetId: nullableText,
    kind: z.enum(RESPONSE_KINDS),
    stance: z.enum(RESPONSE_STANCES),
    respondedOn: isoDate,
    precision: z.enum(DATE_PRECISIONS),
    summary: z.string(),
    sourceUrl: nullableText,
  }),
);

export const LetterText = named(
  "LetterText",
  z.object({
    language: languageCode,
    original: z.boolean(),
    addedOn: isoDate.nullable().meta({ description: "When a translation was added; null for the original." }),
  }),
);

export const LetterDetail = named(
  "LetterDetail",
  z.object({
    letter: Letter,
    bodyMarkdown: z.string(),
    version: z.int(),
    language: languageCode.meta({
      description:
        "The language of the title, addressee line and text served: the one asked for (lang) where the letter has a current text in it, else the original's.",
    }),
    originalLanguage: languageCode,
    languages: z.array(LetterText).meta({
      description:
        "Every text of the letter a reader may ask for: the original first, then its translations.",
    }),
    responses: z.array(Response),
    signatories: z
      .object({ organisations: z.int(), individuals: z.int(), withheld: z.int() })
      .meta({ description: "Listed signatories of each kind, and those counted but not named." }),
  }),
);

export const Signatory = named(
  "Signatory",
  z.object({
    displayName: z.string(),
    titleAffiliation: nullableText,
    country: nullableText,
    isSample: z.boolean(),
    letterVersion: z.int(),
    organisationSlug: nullableText,
  }),
);

export const SignatoryPage = named(
  "SignatoryPage",
  z.object({
    kind: z.enum(["organisations", "individuals"]),
    rows: z.array(Signatory),
    total: z.int(),
    page: z.int(),
    pageCount: z.int(),
    pageSize: z.int(),
    withheld: z
      .int()
      .meta({ description: "Signatories of this kind who withheld their name: counted, never listed." }),
  }),
);

const ListedSignatory = z.object({
  displayName: z.string(),
  titleAffiliation: nullableText,
  country: nullableText,
  isSample: z.boolean(),
});

export const SignatoryList = named(
  "SignatoryList",
  z.object({
    letter: z.object({ slug: z.string(), title: z.string(), campaignSlug: z.string() }),
    organisations: z.array(ListedSignatory),
    individuals: z.array(ListedSignatory),
    withheld: z.object({ organisations: z.int(), individuals: z.int() }),
  }),
);

const Membership = z.object({
  slug: z.string(),
  name: z.string(),
  shortName: nullableText,
  joinedOn: isoDate.nullable(),
  leftOn: isoDate.nullable(),
  isSample: z.boolean(),
});
const Memberships = z.object({ current: z.array(Membership), past: z.array(Membership) });

/** Who an organisation is: the fields its page and the list share. */
const organisationProfile = {
  slug: z.string(),
  name: z.string(),
  shortName: nullableText,
  kind: z.enum(ORGANISATION_KINDS),
  country: nullableText.meta({ description: "An ISO 3166 country code, or a name as entered." }),
  website: nullableText,
  description: nullableText,
  isSample: z.boolean().meta({ description: "Made-up demo data, not a real organisation." }),
  declaredMembership: z.object({ count: z.int(), label: z.string() }).nullable().meta({
    description:
      'What a coalition or network says it represents ("over 300"), beyond its registered members.',
  }),
};

export const OrganisationSummary = named(
  "OrganisationSummary",
  z.object({
    ...organisationProfile,
    currentMembers: z
      .int()
      .meta({ description: "Registered member organisations today (coalitions and networks)." }),
    currentCoalitions: z
      .int()
      .meta({ description: "Coalitions and networks it is a registered member of today." }),
    lettersSigned: z.int().meta({ description: "Public letters it signed with its name shown." }),
  }),
);

export const OrganisationList = named(
  "OrganisationList",
  z.object({
    organisations: z.array(OrganisationSummary),
    total: z.int(),
    page: z.int(),
    pageCount: z.int(),
    pageSize: z.int(),
  }),
);

export const Organisation = named(
  "Organisation",
  z.object({
    ...organisationProfile,
    members: Memberships,
    coalitions: Memberships,
    signatures: z.array(
      z.object({
        letterSlug: z.string(),
        letterTitle: z.string(),
        addressee: z.string(),
        campaignSlug: z.string(),
        campaignTitle: z.string(),
        targetName: nullableText,
        targetCounts: TargetCounts,
        signedOn: nullableText,
        sent: PreciseDate.nullable(),
        clock: LetterClock,
        isSample: z.boolean(),
      }),
    ),
  }),
);

const ClockFigures = {
  lettersSent: z.int(),
  answered: z.int(),
  awaiting: z.int(),
  overdue: z.int(),
  medianDaysToAnswer: z.number().nullable(),
  medianApproximate: z.boolean(),
};

export const TargetSummary = named(
  "TargetSummary",
  z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(TARGET_KINDS),
    country: nullableText,
    stateIso3: nullableText,
    campaigns: z.int(),
    ...ClockFigures,
  }),
);

export const TargetList = named("TargetList", z.object({ targets: z.array(TargetSummary) }));

export const Target = named(
  "Target",
  z.object({
    target: z.object({
      slug: z.string(),
      name: z.string(),
      kind: z.enum(TARGET_KINDS),
      country: nullableText,
      stateIso3: nullableText,
      timeZone: z.string(),
      description: nullableText,
    }),
    figures: z.object(ClockFigures),
    letters: z.array(
      z.object({
        letterSlug: z.string(),
        letterTitle: z.string(),
        campaignSlug: z.string(),
        campaignTitle: z.string(),
        addressee: z.string(),
        sent: PreciseDate.nullable(),
        deadline: isoDate.nullable(),
        clock: LetterClock,
        tallySentence: z.string(),
        isSample: z.boolean(),
      }),
    ),
  }),
);

export const AwaitingResponse = named(
  "AwaitingResponse",
  z.object({
    overdue: z.int(),
    total: z.int(),
    groups: z.array(
      z.object({
        target: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
        overdue: z.int(),
        letters: z.array(
          z.object({
            letterSlug: z.string(),
            letterTitle: z.string(),
            addressee: z.string(),
            campaignSlug: z.string(),
            campaignTitle: z.string(),
            sent: PreciseDate,
            deadline: isoDate.nullable(),
            clock: LetterClock,
            targetCount: z.int(),
            tallySentence: z.string(),
            isSample: z.boolean(),
          }),
        ),
      }),
    ),
  }),
);

const TextAdoption = {
  title: z.string(),
  draftSymbol: nullableText,
  adoptedSymbol: nullableText,
  adoptedOn: isoDate.nullable(),
  adoption: z.enum(ADOPTION_METHODS),
  votes: z.object({ yes: z.int(), no: z.int(), abstain: z.int() }).nullable(),
};

const UnBodyRef = { name: z.string(), shortName: nullableText, kind: z.enum(unBodyKind.enumValues) };

export const ResolutionSummary = named(
  "ResolutionSummary",
  z.object({
    slug: z.string(),
    title: z.string(),
    isSample: z.boolean(),
    body: z.object(UnBodyRef),
    texts: z.int(),
    latest: z.object({ ...TextAdoption, sessionLabel: z.string(), cosponsors: z.int() }).nullable(),
  }),
);

export const ResolutionList = named("ResolutionList", z.object({ resolutions: z.array(ResolutionSummary) }));

export const Resolution = named(
  "Resolution",
  z.object({
    resolution: z.object({
      slug: z.string(),
      title: z.string(),
      description: nullableText,
      isSample: z.boolean(),
      body: z.object({ slug: z.string(), ...UnBodyRef }),
    }),
    texts: z.array(
      z.object({
        id: z.string(),
        ...TextAdoption,
        session: z.object({
          label: z.string(),
          kind: z.enum(unSessionKind.enumValues),
          number: z.int().nullable(),
          startsOn: isoDate,
          endsOn: isoDate,
        }),
        coreGroup: nullableText,
        sourceUrl: nullableText,
        sourceLabel: nullableText,
        isSample: z.boolean(),
      }),
    ),
    positions: z
      .array(
        z.object({
          stateIso3: z.string(),
          textId: z.string(),
          kind: z.enum(POSITION_KINDS),
          sponsorship: z.enum(SPONSORSHIP_TYPES).nullable(),
          date: isoDate,
          precision: z.enum(DATE_PRECISIONS),
          sourceUrl: nullableText,
          sourceLabel: nullableText,
          isSample: z.boolean(),
        }),
      )
      .meta({
        description:
          "Every position on record on the line's texts, oldest first; appended, never overwritten.",
      }),
    states: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        status: z.enum(UN_STATUSES),
        regionalGroup: z.enum(REGIONAL_GROUPS).nullable(),
      }),
    ),
  }),
);

export const ApiError = named(
  "Error",
  z.object({
    error: z.object({
      code: z.enum(["invalid_parameter", "unknown_parameter", "not_found", "internal"]),
      message: z.string(),
      param: z.string().optional(),
    }),
  }),
);

export type ApiErrorBody = z.output<typeof ApiError>;
