import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_VISIBILITIES,
  ORGANISATION_KINDS,
  TARGET_KINDS,
} from "@/lib/domain/campaigns";
import { CONTENT_KINDS, TRANSLATABLE_FIELDS } from "@/lib/domain/content-languages";
import { DATE_PRECISIONS } from "@/lib/domain/dates";
import { DEADLINE_RULES } from "@/lib/domain/deadlines";
import { EMAIL_STATUSES } from "@/lib/domain/email";
import { DELIVERY_SOURCES, DELIVERY_STATUSES, FOLLOW_LEVELS, NEWS_KINDS } from "@/lib/domain/following";
import { LETTER_STATUSES } from "@/lib/domain/letter-lifecycle";
import { DEFAULT_LOCALE } from "@/lib/domain/locales";
import { ORG_ROLES, SITE_ROLES } from "@/lib/domain/permissions";
import { ERASURE_REQUEST_STATUSES, RETENTION_MONTHS_MAX } from "@/lib/domain/personal-data";
import {
  LETTER_SIGNERS,
  SIGNATURE_KINDS,
  SIGNATURE_SOURCES,
  SIGNATURE_STATUSES,
  SIGNATURE_VISIBILITIES,
} from "@/lib/domain/signatures";
import { ASK_OUTCOMES, EVENT_KINDS, RESPONSE_KINDS, RESPONSE_STANCES } from "@/lib/domain/timeline";
import { TOKEN_PURPOSES } from "@/lib/domain/tokens";
import {
  ADOPTION_METHODS,
  POSITION_KINDS,
  SPONSORSHIP_TYPES,
  WANTED_POSITIONS,
} from "@/lib/domain/un/positions";
import { REGIONAL_GROUPS, UN_STATUSES } from "@/lib/domain/un/states";

/*
 * The whole data model of DOMAIN.md. Enumerations are Postgres enums so the database
 * checks them. Foreign keys from anything a public page cites use RESTRICT: staff
 * retract such rows (retracted_at + reason), they never delete them.
 */

// ── Column groups that many tables share ─────────────────────────────────────
// Functions, not shared objects: each table gets builders of its own.

const uuidPk = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** When the row was made and last changed; writers set updatedAt on each change. */
const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });
/** Written by the demo story (db/seed), so a real deployment can tell it apart and remove it. */
const isSample = () => boolean("is_sample").notNull().default(false);
/** A row on the public record is never deleted: it is retracted, shown struck through, with why. */
const retraction = () => ({
  retractedAt: timestamp("retracted_at", { withTimezone: true }),
  retractionReason: text("retraction_reason"),
});
/** The document a record cites, and how it is named there. */
const source = () => ({ sourceUrl: text("source_url"), sourceLabel: text("source_label") });
/** A uuid that must point at a row of another table. */
const requiredRef = (name: string, column: () => AnyPgColumn, onDelete: "cascade" | "restrict") =>
  uuid(name).notNull().references(column, { onDelete });
/** A state of the UN record, by its ISO code. */
const requiredState = () =>
  text("state_iso3")
    .notNull()
    .references(() => states.iso3, { onDelete: "restrict" });
/** The staff member who made the row; kept as null when the account goes. */
const createdBy = () => uuid("created_by").references(() => users.id, { onDelete: "set null" });
/**
 * The language a record was written in (lib/domain/locales.ts's codes): its own columns
 * hold that text; translations are kept beside it (letter_texts, content_translations).
 */
const originalLocale = () => text("original_locale").notNull().default(DEFAULT_LOCALE);
/** A language code as lib/domain/locales.ts writes them: "en-GB", "ko". */
const localeCheck = (name: string, column: AnyPgColumn) =>
  check(name, sql`${column} ~ '^[a-z]{2,3}(-[A-Z]{2})?$'`);
/** A retracted row names its reason. */
const retractionHasReason = (table: string, t: { retractedAt: AnyPgColumn; retractionReason: AnyPgColumn }) =>
  check(`${table}_retraction_reason`, sql`${t.retractedAt} IS NULL OR ${t.retractionReason} IS NOT NULL`);

/**
 * A date's last day is set exactly when its precision is "range", and falls after its
 * first. The precision is compared as text: a migration that adds the enum value cannot
 * use it as such in the same transaction.
 */
const rangeEndCheck = (name: string, start: AnyPgColumn, precision: AnyPgColumn, end: AnyPgColumn) =>
  check(
    name,
    sql`(${precision}::text = 'range') = (${end} IS NOT NULL) AND (${end} IS NULL OR (${start} IS NOT NULL AND ${end} > ${start}))`,
  );

// ── Enumerations ─────────────────────────────────────────────────────────────
// Each value list lives once in lib/domain, beside the rules that use it; reordering or
// renaming one there changes the database and needs a migration.

export const userRole = pgEnum("user_role", SITE_ROLES);
export const orgRole = pgEnum("org_role", ORG_ROLES);
export const organisationKind = pgEnum("organisation_kind", ORGANISATION_KINDS);
export const targetKind = pgEnum("target_kind", TARGET_KINDS);
export const campaignStatus = pgEnum("campaign_status", CAMPAIGN_STATUSES);
export const campaignVisibility = pgEnum("campaign_visibility", CAMPAIGN_VISIBILITIES);
export const datePrecision = pgEnum("date_precision", DATE_PRECISIONS);
export const askOutcome = pgEnum("ask_outcome", ASK_OUTCOMES);
export const letterStatus = pgEnum("letter_status", LETTER_STATUSES);
export const letterSigners = pgEnum("letter_signers", LETTER_SIGNERS);
export const deadlineRule = pgEnum("deadline_rule", DEADLINE_RULES);
export const signatureKind = pgEnum("signature_kind", SIGNATURE_KINDS);
export const signatureVisibility = pgEnum("signature_visibility", SIGNATURE_VISIBILITIES);
export const signatureStatus = pgEnum("signature_status", SIGNATURE_STATUSES);
export const signatureSource = pgEnum("signature_source", SIGNATURE_SOURCES);
export const responseKind = pgEnum("response_kind", RESPONSE_KINDS);
export const responseStance = pgEnum("response_stance", RESPONSE_STANCES);
export const eventKind = pgEnum("event_kind", EVENT_KINDS);
export const emailStatus = pgEnum("email_status", EMAIL_STATUSES);
export const tokenPurpose = pgEnum("token_purpose", TOKEN_PURPOSES);
export const erasureRequestStatus = pgEnum("erasure_request_status", ERASURE_REQUEST_STATUSES);
export const followLevel = pgEnum("follow_level", FOLLOW_LEVELS);
export const newsKind = pgEnum("news_kind", NEWS_KINDS);
export const deliveryStatus = pgEnum("delivery_status", DELIVERY_STATUSES);
export const deliverySource = pgEnum("delivery_source", DELIVERY_SOURCES);
export const contentKind = pgEnum("content_kind", CONTENT_KINDS);

/** A source cited on the public record: a link and what it is. */
export type SourceLink = { url: string; label?: string };

// ── People ───────────────────────────────────────────────────────────────────

export const users = pgTable(
  "users",
  {
    id: uuidPk(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("member"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /**
     * Carried in each session's token; raised on signing out, a password or role change
     * and leaving an organisation, which ends every session issued before.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** The language the person last signed up or signed in in: their reminders are written in it. */
    locale: text("locale").notNull().default(DEFAULT_LOCALE),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

// ── Organisations and coalitions ─────────────────────────────────────────────

export const organisations = pgTable(
  "organisations",
  {
    id: uuidPk(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: organisationKind("kind").notNull().default("ngo"),
    country: text("country"),
    website: text("website"),
    description: text("description"),
    /** A coalition's membership as it declares it, often larger than what is registered. */
    declaredMembership: integer("declared_membership"),
    /** How the coalition words it: "over 300". */
    declaredMembershipLabel: text("declared_membership_label"),
    isSample: isSample(),
    ...timestamps(),
  },
  (t) => [
    check(
      "organisations_declared_membership_positive",
      sql`${t.declaredMembership} IS NULL OR ${t.declaredMembership} > 0`,
    ),
    check(
      "organisations_declared_membership_coalition",
      sql`${t.declaredMembership} IS NULL OR ${t.kind} IN ('coalition', 'network')`,
    ),
    index().on(t.name),
  ],
);

export const coalitionMemberships = pgTable(
  "coalition_memberships",
  {
    id: uuidPk(),
    coalitionId: requiredRef("coalition_id", () => organisations.id, "restrict"),
    memberId: requiredRef("member_id", () => organisations.id, "restrict"),
    joinedOn: date("joined_on"),
    leftOn: date("left_on"),
    createdAt: createdAt(),
  },
  (t) => [
    check("coalition_memberships_not_self", sql`${t.coalitionId} <> ${t.memberId}`),
    check(
      "coalition_memberships_dates",
      sql`${t.leftOn} IS NULL OR ${t.joinedOn} IS NULL OR ${t.leftOn} >= ${t.joinedOn}`,
    ),
    // One open membership at a time; past spells stay as history.
    uniqueIndex("coalition_memberships_current_key")
      .on(t.coalitionId, t.memberId)
      .where(sql`${t.leftOn} IS NULL`),
    index().on(t.memberId),
  ],
);

export const organisationMembers = pgTable(
  "organisation_members",
  {
    organisationId: requiredRef("organisation_id", () => organisations.id, "cascade"),
    userId: requiredRef("user_id", () => users.id, "cascade"),
    role: orgRole("role").notNull().default("viewer"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index().on(t.userId)],
);

// ── Targets ──────────────────────────────────────────────────────────────────

export const targets = pgTable(
  "targets",
  {
    id: uuidPk(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: targetKind("kind").notNull().default("government"),
    country: text("country"),
    /** A government's state, whose positions on resolutions its page shows. */
    stateIso3: text("state_iso3").references(() => states.iso3, { onDelete: "restrict" }),
    /** IANA zone; response deadlines are calendar dates in it. */
    timeZone: text("time_zone").notNull().default("UTC"),
    description: text("description"),
    ...timestamps(),
  },
  (t) => [index().on(t.stateIso3)],
);

/** Public holidays skipped by "N working days" deadline rules. */
export const targetHolidays = pgTable(
  "target_holidays",
  {
    targetId: requiredRef("target_id", () => targets.id, "cascade"),
    day: date("day").notNull(),
    name: text("name"),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.day] })],
);

// ── The UN record: bodies, sessions, resolutions, states and their positions ─

export const unBodyKind = pgEnum("un_body_kind", [
  "hrc",
  "ga_plenary",
  "ga_third_committee",
  "security_council",
  "other",
]);
export const unSessionKind = pgEnum("un_session_kind", ["regular", "special", "annual"]);
export const unStatus = pgEnum("un_status", UN_STATUSES);
export const regionalGroup = pgEnum("regional_group", REGIONAL_GROUPS);
export const positionKind = pgEnum("position_kind", POSITION_KINDS);
export const sponsorshipType = pgEnum("sponsorship_type", SPONSORSHIP_TYPES);
export const wantedPosition = pgEnum("wanted_position", WANTED_POSITIONS);
export const adoptionMethod = pgEnum("adoption_method", ADOPTION_METHODS);

/**
 * Every UN member and observer state. Written only by syncStates (db/queries/state-sync.ts)
 * from lib/domain/un/states.ts after each migration run; never deleted, since positions
 * cite them.
 */
export const states = pgTable(
  "states",
  {
    /** ISO 3166-1 alpha-3, upper case: "KOR". */
    iso3: text("iso3").primaryKey(),
    iso2: text("iso2").notNull().unique(),
    /** The UN's own short name: "Republic of Korea". */
    name: text("name").notNull(),
    nameKo: text("name_ko").notNull(),
    unStatus: unStatus("un_status").notNull(),
    /** Null for observer states, which belong to no UN regional group. */
    regionalGroup: regionalGroup("regional_group"),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("states_iso3_format", sql`${t.iso3} ~ '^[A-Z]{3}$'`),
    check("states_iso2_format", sql`${t.iso2} ~ '^[A-Z]{2}$'`),
  ],
);

/** Where resolutions are decided: the Human Rights Council, the General Assembly, … */
export const unBodies = pgTable("un_bodies", {
  id: uuidPk(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** "HRC", "Third Committee". */
  shortName: text("short_name"),
  kind: unBodyKind("kind").notNull(),
  isSample: isSample(),
  ...timestamps(),
});

export const unSessions = pgTable(
  "un_sessions",
  {
    id: uuidPk(),
    bodyId: requiredRef("body_id", () => unBodies.id, "restrict"),
    kind: unSessionKind("kind").notNull().default("regular"),
    /** 43 for the Council's 43rd regular session; null where sessions are not numbered. */
    number: integer("number"),
    /** How it is cited: "HRC43", "74th session". */
    label: text("label").notNull(),
    startsOn: date("starts_on").notNull(),
    /** Asks decided at the session take this as their decision date. */
    endsOn: date("ends_on").notNull(),
    isSample: isSample(),
    ...timestamps(),
  },
  (t) => [
    check("un_sessions_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("un_sessions_number_positive", sql`${t.number} IS NULL OR ${t.number} > 0`),
    uniqueIndex("un_sessions_body_kind_number_key").on(t.bodyId, t.kind, t.number),
    // Lets body_memberships require that its session belongs to its body.
    unique("un_sessions_id_body_key").on(t.id, t.bodyId),
    index().on(t.bodyId, t.startsOn),
  ],
);

/** A resolution line that recurs: "Situation of human rights in the DPRK", yearly. */
export const resolutions = pgTable(
  "resolutions",
  {
    id: uuidPk(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    bodyId: requiredRef("body_id", () => unBodies.id, "restrict"),
    description: text("description"),
    isSample: isSample(),
    ...timestamps(),
  },
  (t) => [index().on(t.bodyId)],
);

/** A line's text at one session: its symbols, adoption and sponsors. */
export const resolutionTexts = pgTable(
  "resolution_texts",
  {
    id: uuidPk(),
    resolutionId: requiredRef("resolution_id", () => resolutions.id, "restrict"),
    sessionId: requiredRef("session_id", () => unSessions.id, "restrict"),
    /** "A/C.3/74/L.27". */
    draftSymbol: text("draft_symbol"),
    /** "A/RES/74/166". */
    adoptedSymbol: text("adopted_symbol"),
    title: text("title").notNull(),
    adoptedOn: date("adopted_on"),
    adoption: adoptionMethod("adoption").notNull().default("pending"),
    yesCount: integer("yes_count"),
    noCount: integer("no_count"),
    abstainCount: integer("abstain_count"),
    /** The main sponsors as the document names them: "the European Union and Japan". */
    coreGroup: text("core_group"),
    ...source(),
    isSample: isSample(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("resolution_texts_resolution_session_key").on(t.resolutionId, t.sessionId),
    index().on(t.sessionId),
    check(
      "resolution_texts_vote_counts",
      sql`(${t.adoption} = 'recorded_vote' AND ${t.yesCount} IS NOT NULL AND ${t.noCount} IS NOT NULL AND ${t.abstainCount} IS NOT NULL)
        OR (${t.adoption} <> 'recorded_vote' AND ${t.yesCount} IS NULL AND ${t.noCount} IS NULL AND ${t.abstainCount} IS NULL)`,
    ),
    check(
      "resolution_texts_vote_counts_nonnegative",
      sql`coalesce(${t.yesCount}, 0) >= 0 AND coalesce(${t.noCount}, 0) >= 0 AND coalesce(${t.abstainCount}, 0) >= 0`,
    ),
    check("resolution_texts_adopted_on", sql`(${t.adoption} = 'pending') = (${t.adoptedOn} IS NULL)`),
  ],
);

/**
 * One state's stance on one text, as a source reported it on a date. Append-only: a
 * later record adds to the history and a wrong one is retracted with a reason; a trigger
 * (migration 0002) refuses any other update, and deletes.
 */
export const positions = pgTable(
  "positions",
  {
    id: uuidPk(),
    textId: requiredRef("text_id", () => resolutionTexts.id, "restrict"),
    stateIso3: requiredState(),
    kind: positionKind("kind").notNull(),
    /** Original or additional co-sponsor; only on a co-sponsorship. */
    sponsorship: sponsorshipType("sponsorship"),
    occurredOn: date("occurred_on").notNull(),
    precision: datePrecision("precision").notNull().default("day"),
    /** The last day of a range; set exactly when precision is "range". */
    occurredEnd: date("occurred_end"),
    ...source(),
    note: text("note"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    // The clock, not the transaction's start: two records made in one transaction keep their order.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    ...retraction(),
    isSample: isSample(),
  },
  (t) => [
    index().on(t.textId, t.stateIso3),
    index().on(t.stateIso3),
    check(
      "positions_retraction_reason",
      sql`${t.retractedAt} IS NULL OR length(trim(coalesce(${t.retractionReason}, ''))) > 0`,
    ),
    check("positions_sponsorship_kind", sql`${t.sponsorship} IS NULL OR ${t.kind} = 'cosponsor'`),
    rangeEndCheck("positions_occurred_range", t.occurredOn, t.precision, t.occurredEnd),
  ],
);

/**
 * Who sat on a body, per session or per year (the Council's members serve calendar
 * years). Votes are recorded only for members.
 */
export const bodyMemberships = pgTable(
  "body_memberships",
  {
    id: uuidPk(),
    bodyId: requiredRef("body_id", () => unBodies.id, "restrict"),
    stateIso3: requiredState(),
    sessionId: uuid("session_id"),
    year: integer("year"),
    sourceUrl: text("source_url"),
    isSample: isSample(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "body_memberships_session_of_body_fk",
      columns: [t.sessionId, t.bodyId],
      foreignColumns: [unSessions.id, unSessions.bodyId],
    }).onDelete("restrict"),
    check("body_memberships_session_or_year", sql`(${t.sessionId} IS NULL) <> (${t.year} IS NULL)`),
    uniqueIndex("body_memberships_session_key").on(t.bodyId, t.stateIso3, t.sessionId),
    uniqueIndex("body_memberships_year_key").on(t.bodyId, t.stateIso3, t.year),
    index().on(t.bodyId, t.sessionId),
    index().on(t.bodyId, t.year),
  ],
);

// ── Campaigns, asks, letters ─────────────────────────────────────────────────

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuidPk(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    status: campaignStatus("status").notNull().default("draft"),
    visibility: campaignVisibility("visibility").notNull().default("public"),
    targetId: requiredRef("target_id", () => targets.id, "restrict"),
    startedOn: date("started_on"),
    /** The language of its title and summary, and of its asks', events' and responses' wording. */
    originalLocale: originalLocale(),
    isSample: isSample(),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [
    index().on(t.status),
    index().on(t.targetId),
    localeCheck("campaigns_original_locale", t.originalLocale),
  ],
);

export const campaignLeads = pgTable(
  "campaign_leads",
  {
    campaignId: requiredRef("campaign_id", () => campaigns.id, "cascade"),
    organisationId: requiredRef("organisation_id", () => organisations.id, "restrict"),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organisationId] }), index().on(t.organisationId)],
);

/**
 * Every target a campaign presses, its main one (campaigns.target_id) included. A
 * campaign with no rows here presses its main target alone.
 */
export const campaignTargets = pgTable(
  "campaign_targets",
  {
    campaignId: requiredRef("campaign_id", () => campaigns.id, "cascade"),
    targetId: requiredRef("target_id", () => targets.id, "restrict"),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.targetId] }), index().on(t.targetId)],
);

export const asks = pgTable(
  "asks",
  {
    id: uuidPk(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "restrict"),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description"),
    venue: text("venue"),
    decisionOn: date("decision_on"),
    decisionPrecision: datePrecision("decision_precision").notNull().default("day"),
    /** The last day of a range; set exactly when decisionPrecision is "range". */
    decisionEnd: date("decision_end"),
    outcome: askOutcome("outcome").notNull().default("pending"),
    outcomeOn: date("outcome_on"),
    outcomeSourceUrl: text("outcome_source_url"),
    outcomeNote: text("outcome_note"),
    /** The text whose recorded positions decide this ask's outcome per targeted state. */
    resolutionTextId: uuid("resolution_text_id").references(() => resolutionTexts.id, {
      onDelete: "restrict",
    }),
    wantedPosition: wantedPosition("wanted_position"),
    /** Decided at this session: decisionOn follows its last day (updateSession). */
    sessionId: uuid("session_id").references(() => unSessions.id, { onDelete: "restrict" }),
    ...retraction(),
    ...timestamps(),
  },
  (t) => [
    index().on(t.campaignId, t.position),
    index().on(t.resolutionTextId),
    index().on(t.sessionId),
    retractionHasReason("asks", t),
    check("asks_wanted_position_text", sql`(${t.resolutionTextId} IS NULL) = (${t.wantedPosition} IS NULL)`),
    rangeEndCheck("asks_decision_range", t.decisionOn, t.decisionPrecision, t.decisionEnd),
  ],
);

/** The targets an ask is put to; an ask with no rows here is put to its campaign's targets. */
export const askTargets = pgTable(
  "ask_targets",
  {
    askId: requiredRef("ask_id", () => asks.id, "cascade"),
    targetId: requiredRef("target_id", () => targets.id, "restrict"),
  },
  (t) => [primaryKey({ columns: [t.askId, t.targetId] }), index().on(t.targetId)],
);

export const letters = pgTable(
  "letters",
  {
    id: uuidPk(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "restrict"),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** The named office-holder: "President Moon Jae-in". */
    addressee: text("addressee").notNull(),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    /** Current text version; bumps when the text changes after signatures exist. */
    version: integer("version").notNull().default(1),
    /**
     * The language title, addressee and text above are written in: they are the letter's
     * original, versioned in letter_versions; its translations are letter_texts.
     */
    originalLocale: originalLocale(),
    status: letterStatus("status").notNull().default("draft"),
    whoCanSign: letterSigners("who_can_sign").notNull().default("both"),
    requiresApproval: boolean("requires_approval").notNull().default(false),
    signingOpensAt: timestamp("signing_opens_at", { withTimezone: true }),
    signingClosesAt: timestamp("signing_closes_at", { withTimezone: true }),
    openedOn: date("opened_on"),
    sentOn: date("sent_on"),
    sentPrecision: datePrecision("sent_precision").notNull().default("day"),
    /** The last day of a range; set exactly when sentPrecision is "range". */
    sentEnd: date("sent_end"),
    deadlineRule: deadlineRule("deadline_rule").notNull().default("none"),
    deadlineDate: date("deadline_date"),
    deadlineDays: integer("deadline_days"),
    sourceUrl: text("source_url"),
    isSample: isSample(),
    /** When staff closed the letter: its signers' personal data is kept for a set time after. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Months signers' personal data is kept after closing; null: the site's (ANSWERABLE_RETENTION_MONTHS). */
    retentionMonths: integer("retention_months"),
    /** When the retention job erased its signers' personal data (lib/jobs/retention.ts). */
    personalDataErasedAt: timestamp("personal_data_erased_at", { withTimezone: true }),
    /**
     * Signatures taken off the letter at their signers' request after it was sent: the
     * letter page says so ("1 signature removed at the signer's request"), names none.
     */
    removedOnRequest: integer("removed_on_request").notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("letters_campaign_slug_key").on(t.campaignId, t.slug),
    check("letters_closed_at", sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)`),
    check(
      "letters_retention_months",
      sql`${t.retentionMonths} IS NULL OR ${t.retentionMonths} BETWEEN 0 AND ${sql.raw(String(RETENTION_MONTHS_MAX))}`,
    ),
    check("letters_removed_on_request", sql`${t.removedOnRequest} >= 0`),
    // The retention job's search: closed letters whose signers' data is still here.
    index("letters_retention_due_idx").on(t.closedAt).where(sql`${t.personalDataErasedAt} IS NULL`),
    index().on(t.status),
    check(
      "letters_deadline_rule_fields",
      sql`(${t.deadlineRule} = 'none' AND ${t.deadlineDate} IS NULL AND ${t.deadlineDays} IS NULL)
        OR (${t.deadlineRule} = 'date' AND ${t.deadlineDate} IS NOT NULL AND ${t.deadlineDays} IS NULL)
        OR (${t.deadlineRule} IN ('calendar_days', 'working_days') AND ${t.deadlineDate} IS NULL AND ${t.deadlineDays} IS NOT NULL AND ${t.deadlineDays} > 0)`,
    ),
    check("letters_sent_has_date", sql`${t.status} NOT IN ('sent', 'closed') OR ${t.sentOn} IS NOT NULL`),
    rangeEndCheck("letters_sent_range", t.sentOn, t.sentPrecision, t.sentEnd),
    check(
      "letters_signing_window",
      sql`${t.signingClosesAt} IS NULL OR ${t.signingOpensAt} IS NULL OR ${t.signingClosesAt} > ${t.signingOpensAt}`,
    ),
    check("letters_version_positive", sql`${t.version} >= 1`),
    localeCheck("letters_original_locale", t.originalLocale),
  ],
);

/**
 * A letter's translations: its title, addressee line and text in another language, each
 * made from one version of the original. The original is not a row here: it is the
 * letter itself (title, addressee, body_markdown, in letters.original_locale), so the
 * queries, the version history and the API that read a letter's text keep reading it
 * where it always was, and a letter cannot be without its original. "One original per
 * letter" is then the rule that no translation is in the original's language: the
 * trigger letter_texts_not_original (migration 0010) refuses one, and refuses changing
 * a letter's original language to one it has a translation in.
 */
export const letterTexts = pgTable(
  "letter_texts",
  {
    letterId: requiredRef("letter_id", () => letters.id, "cascade"),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    /** The letter's own addressee line, translated; each target's is the original's unless it is this one. */
    addressee: text("addressee").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    /**
     * The version of the original it translates. Only a translation of the current
     * version is shown: signers must read the text they endorse.
     */
    letterVersion: integer("letter_version").notNull(),
    /** The day it was published, as the letter page says ("translation, added 7 December 2026"). */
    addedOn: date("added_on").notNull().default(sql`CURRENT_DATE`),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ name: "letter_texts_letter_locale_key", columns: [t.letterId, t.locale] }),
    localeCheck("letter_texts_locale", t.locale),
    check("letter_texts_version_positive", sql`${t.letterVersion} >= 1`),
    index().on(t.locale),
  ],
);

/**
 * Every target a letter is addressed to, each with its own addressee line; the deadline
 * clock runs per target, in its time zone. A letter with no rows here is addressed to
 * its campaign's main target, by letters.addressee.
 */
export const letterTargets = pgTable(
  "letter_targets",
  {
    letterId: requiredRef("letter_id", () => letters.id, "cascade"),
    targetId: requiredRef("target_id", () => targets.id, "restrict"),
    /** "President Moon Jae-in". */
    addressee: text("addressee").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.targetId] }), index().on(t.targetId)],
);

/** Every text a letter has had; signatures record the version they endorsed. */
export const letterVersions = pgTable(
  "letter_versions",
  {
    letterId: requiredRef("letter_id", () => letters.id, "restrict"),
    version: integer("version").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.version] })],
);

export const signatures = pgTable(
  "signatures",
  {
    id: uuidPk(),
    letterId: requiredRef("letter_id", () => letters.id, "restrict"),
    kind: signatureKind("kind").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    /** Who signed for an organisation; kept when the account goes. */
    signedByUserId: uuid("signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    displayName: text("display_name").notNull(),
    titleAffiliation: text("title_affiliation"),
    country: text("country"),
    /** Private: never leaves the database layer except for staff. */
    email: text("email"),
    emailNormalised: text("email_normalised"),
    visibility: signatureVisibility("visibility").notNull().default("public"),
    status: signatureStatus("status").notNull().default("pending"),
    source: signatureSource("source").notNull().default("web"),
    letterVersion: integer("letter_version").notNull().default(1),
    /**
     * The language of the text the signer was shown when signing (with letterVersion, the
     * text they endorsed): the original or a translation. Null when not signed on this
     * site (imported, or entered by staff).
     */
    textLocale: text("text_locale"),
    /** Why a signature waits for approval (bot signals), or why it was rejected. */
    flags: jsonb("flags").$type<string[]>().notNull().default([]),
    rejectionReason: text("rejection_reason"),
    isSample: isSample(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    /**
     * When its signer's personal data was erased (the letter's retention period ran out):
     * what the public sees stays, the address and the rest are gone.
     */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    /**
     * An individual signer hears the letter's news (a response, a missed deadline) unless
     * they declined when confirming, or unsubscribed since.
     */
    notifyUpdates: boolean("notify_updates").notNull().default(true),
    /** The language the signer used: the one their e-mails are written in. */
    locale: text("locale").notNull().default(DEFAULT_LOCALE),
    ...timestamps(),
  },
  (t) => [
    // One live signature per organisation and per person per letter: the database says so.
    uniqueIndex("signatures_live_org_key")
      .on(t.letterId, t.organisationId)
      .where(sql`${t.status} IN ('pending', 'confirmed') AND ${t.organisationId} IS NOT NULL`),
    uniqueIndex("signatures_live_email_key")
      .on(t.letterId, t.emailNormalised)
      .where(sql`${t.status} IN ('pending', 'confirmed') AND ${t.emailNormalised} IS NOT NULL`),
    index("signatures_letter_list_idx").on(t.letterId, t.status, t.kind, t.displayName),
    // The signers who hear a letter's news, walked in batches when it is told.
    index("signatures_news_idx")
      .on(t.letterId, t.id)
      .where(sql`${t.notifyUpdates} AND ${t.status} = 'confirmed' AND ${t.emailNormalised} IS NOT NULL`),
    index().on(t.organisationId),
    check(
      "signatures_kind_fields",
      sql`(${t.kind} = 'organisation' AND ${t.organisationId} IS NOT NULL)
        OR (${t.kind} = 'individual' AND ${t.organisationId} IS NULL)`,
    ),
    check(
      "signatures_web_individual_email",
      sql`${t.kind} <> 'individual' OR ${t.source} <> 'web' OR ${t.emailNormalised} IS NOT NULL OR ${t.erasedAt} IS NOT NULL`,
    ),
    check("signatures_rejection_reason", sql`${t.status} <> 'rejected' OR ${t.rejectionReason} IS NOT NULL`),
    check("signatures_display_name_nonempty", sql`length(trim(${t.displayName})) > 0`),
  ],
);

// ── What governments did, and everything else on the timeline ───────────────

export const responses = pgTable(
  "responses",
  {
    id: uuidPk(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "restrict"),
    letterId: uuid("letter_id").references(() => letters.id, { onDelete: "restrict" }),
    askId: uuid("ask_id").references(() => asks.id, { onDelete: "restrict" }),
    /** Who responded; null means the campaign's main target (responses saved before letters had several). */
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "restrict" }),
    kind: responseKind("kind").notNull(),
    stance: responseStance("stance").notNull(),
    respondedOn: date("responded_on").notNull(),
    precision: datePrecision("precision").notNull().default("day"),
    /** The last day of a range; set exactly when precision is "range". */
    respondedEnd: date("responded_end"),
    summary: text("summary").notNull(),
    sourceUrl: text("source_url"),
    ...retraction(),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [
    check("responses_links_something", sql`${t.letterId} IS NOT NULL OR ${t.askId} IS NOT NULL`),
    rangeEndCheck("responses_responded_range", t.respondedOn, t.precision, t.respondedEnd),
    retractionHasReason("responses", t),
    index().on(t.campaignId),
    index().on(t.letterId),
    index().on(t.askId),
    index().on(t.targetId),
  ],
);

export const events = pgTable(
  "events",
  {
    id: uuidPk(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "restrict"),
    kind: eventKind("kind").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    occurredOn: date("occurred_on").notNull(),
    precision: datePrecision("precision").notNull().default("day"),
    /** The last day of a range; set exactly when precision is "range". */
    occurredEnd: date("occurred_end"),
    sources: jsonb("sources").$type<SourceLink[]>().notNull().default([]),
    ...retraction(),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [
    index().on(t.campaignId, t.occurredOn),
    retractionHasReason("events", t),
    rangeEndCheck("events_occurred_range", t.occurredOn, t.precision, t.occurredEnd),
  ],
);

/**
 * The wording of a campaign, ask, event or response in another language than its
 * campaign's original (campaigns.original_locale), one field a row. The record is named
 * by kind and id, so no foreign key holds it: the trigger content_translations_record
 * (migration 0010) refuses a row whose record does not exist or whose language is the
 * original's, and those records are retracted, never deleted.
 */
export const contentTranslations = pgTable(
  "content_translations",
  {
    entityKind: contentKind("entity_kind").notNull(),
    entityId: uuid("entity_id").notNull(),
    field: text("field").notNull(),
    locale: text("locale").notNull(),
    text: text("text").notNull(),
    createdBy: createdBy(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({
      name: "content_translations_key",
      columns: [t.entityKind, t.entityId, t.field, t.locale],
    }),
    localeCheck("content_translations_locale", t.locale),
    check(
      "content_translations_field",
      sql.raw(
        Object.entries(TRANSLATABLE_FIELDS)
          .map(
            ([kind, fields]) =>
              `(entity_kind = '${kind}' AND field IN (${fields.map((f) => `'${f}'`).join(", ")}))`,
          )
          .join(" OR "),
      ),
    ),
    index().on(t.locale, t.entityKind),
  ],
);

// ── Accountability inside the team ───────────────────────────────────────────

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
  },
  (t) => [index().on(t.at), index().on(t.entityType, t.entityId), index().on(t.actorUserId)],
);

// ── E-mail, single-use tokens, rate limits ───────────────────────────────────

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuidPk(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Headers of this message alone (List-Unsubscribe on a notification), name to value. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    kind: text("kind").notNull(),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /**
     * When a pending message is next due to be sent; while a sender holds it, the end of
     * its lease. Null once it is sent or given up on.
     */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).defaultNow(),
    /** Stops the same reminder going out twice. */
    dedupeKey: text("dedupe_key").unique(),
    /** The signature a message is about (its confirmation): erased with its signer's data. */
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index().on(t.status, t.createdAt),
    index().on(t.signatureId),
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

/** Single-use links; only a hash of the token is stored. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuidPk(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: tokenPurpose("purpose").notNull(),
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    followId: uuid("follow_id").references(() => follows.id, { onDelete: "cascade" }),
    /** The address a link to manage subscriptions is for (normalised). */
    emailNormalised: text("email_normalised"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "email_tokens_subject",
      sql`${t.signatureId} IS NOT NULL OR ${t.userId} IS NOT NULL OR ${t.followId} IS NOT NULL OR ${t.emailNormalised} IS NOT NULL`,
    ),
    index().on(t.signatureId),
    index().on(t.followId),
    index().on(t.emailNormalised),
  ],
);

// ── Following, and the news followers and signers hear ──────────────────────

/**
 * Someone who asked, by e-mail, to hear what happens in a campaign (letterId null) or to
 * one of its letters. Pending until the e-mailed link confirms it (double opt-in);
 * stopped, never deleted, when they unsubscribe, until they follow and confirm again.
 * The address is private: it never leaves the database layer except in e-mail to itself.
 */
export const follows = pgTable(
  "follows",
  {
    id: uuidPk(),
    email: text("email").notNull(),
    emailNormalised: text("email_normalised").notNull(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "cascade"),
    letterId: uuid("letter_id").references(() => letters.id, { onDelete: "cascade" }),
    level: followLevel("level").notNull().default("responses"),
    /** The language the follower used: the one their e-mails are written in. */
    locale: text("locale").notNull().default(DEFAULT_LOCALE),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("follows_campaign_key").on(t.emailNormalised, t.campaignId).where(sql`${t.letterId} IS NULL`),
    uniqueIndex("follows_letter_key").on(t.emailNormalised, t.letterId).where(sql`${t.letterId} IS NOT NULL`),
    index().on(t.campaignId),
    index().on(t.letterId),
  ],
);

/**
 * One thing that happened, to tell the people who hear a campaign's news: written in
 * the transaction of the staff write it reports (or by the maintenance job, for a missed
 * deadline), fanned out to its recipients later. A record's news is told once; its
 * retraction is a second row (retraction = true) told only to those who heard the first.
 * Withdrawn (retracted, or superseded by a newer outcome) news still waiting goes to no one.
 */
export const notificationNews = pgTable(
  "notification_news",
  {
    id: uuidPk(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "cascade"),
    letterId: uuid("letter_id").references(() => letters.id, { onDelete: "cascade" }),
    kind: newsKind("kind").notNull(),
    /** The response, ask, event or letter the news is about. */
    recordId: uuid("record_id").notNull(),
    /** Its identity for "never twice" (lib/domain/following.ts newsRecordKey). */
    recordKey: text("record_key").notNull(),
    retraction: boolean("retraction").notNull().default(false),
    /** What the record does not hold: a missed deadline's target and date, an outcome as recorded. */
    detail: jsonb("detail").$type<Record<string, string | null>>().notNull().default({}),
    createdAt: createdAt(),
    fannedOutAt: timestamp("fanned_out_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notification_news_record_key").on(t.recordKey, t.retraction),
    index("notification_news_unfanned_idx").on(t.createdAt).where(sql`${t.fannedOutAt} IS NULL`),
    index().on(t.campaignId),
  ],
);

/**
 * One piece of news for one recipient, until it goes out in their digest of the
 * campaign (at most one a day) or is cancelled. The recipient is known by a hash of
 * their normalised address, so no address is kept here: it is read from the follow or
 * signature when the digest is written. Never twice: one row per recipient, record and
 * kind of news, whatever number of ways they hear the campaign.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    newsId: requiredRef("news_id", () => notificationNews.id, "cascade"),
    /** SHA-256 (hex) of the recipient's normalised address. */
    recipientKey: text("recipient_key").notNull(),
    recordKey: text("record_key").notNull(),
    retraction: boolean("retraction").notNull(),
    campaignId: requiredRef("campaign_id", () => campaigns.id, "cascade"),
    source: deliverySource("source").notNull(),
    followId: uuid("follow_id").references(() => follows.id, { onDelete: "cascade" }),
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "cascade" }),
    status: deliveryStatus("status").notNull().default("pending"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    outboxId: uuid("outbox_id"),
  },
  (t) => [
    uniqueIndex("notification_deliveries_once_key").on(t.recipientKey, t.recordKey, t.retraction),
    check("notification_deliveries_source", sql`(${t.followId} IS NULL) <> (${t.signatureId} IS NULL)`),
    index("notification_deliveries_pending_idx")
      .on(t.recipientKey, t.campaignId)
      .where(sql`${t.status} = 'pending'`),
    index("notification_deliveries_sent_idx")
      .on(t.recipientKey, t.campaignId, t.sentAt)
      .where(sql`${t.status} = 'sent'`),
    index().on(t.newsId),
    index().on(t.followId),
    index().on(t.signatureId),
  ],
);

/** Fixed-window counters shared by every app instance (sign-in, signing, resends). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index().on(t.windowStart)],
);

/**
 * A person's request, from the link in an e-mail (so from the mailbox itself), that staff
 * erase what the site holds about their address. The address is kept only while the
 * request is open: handled, the row keeps what was done, by whom and when, never whose.
 */
export const erasureRequests = pgTable(
  "erasure_requests",
  {
    id: uuidPk(),
    /** The address, normalised (lib/domain/email.ts); null once handled. */
    email: text("email"),
    status: erasureRequestStatus("status").notNull().default("open"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    handledBy: uuid("handled_by").references(() => users.id, { onDelete: "set null" }),
    /** What erasing removed: signatures deleted, of which on sent letters, and an account. */
    outcome: jsonb("outcome").$type<Record<string, number>>(),
    /** Why staff declined the request, as e-mailed to the person; only on a declined request. */
    declineReason: text("decline_reason"),
    /** The language the person asked in: the answer to the request is written in it. */
    locale: text("locale").notNull().default(DEFAULT_LOCALE),
  },
  (t) => [
    // One open request per address: asking twice is one request.
    uniqueIndex("erasure_requests_open_email_key").on(t.email).where(sql`${t.status} = 'open'`),
    check(
      "erasure_requests_email_while_open",
      sql`(${t.status} = 'open') = (${t.email} IS NOT NULL) AND (${t.status} = 'open') = (${t.handledAt} IS NULL)`,
    ),
    check("erasure_requests_email_lowercase", sql`${t.email} = lower(${t.email})`),
    // Compared as text: a value added to an enum cannot be named in the migration that adds it.
    check(
      "erasure_requests_reason_when_declined",
      sql`(${t.declineReason} IS NOT NULL) = (${t.status}::text = 'declined')`,
    ),
    index().on(t.status, t.requestedAt),
  ],
);

// ── Relations ────────────────────────────────────────────────────────────────

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(organisationMembers),
}));

export const organisationsRelations = relations(organisations, ({ many }) => ({
  members: many(organisationMembers),
  coalitionMembers: many(coalitionMemberships, { relationName: "coalition" }),
  coalitions: many(coalitionMemberships, { relationName: "member" }),
  signatures: many(signatures),
}));

export const coalitionMembershipsRelations = relations(coalitionMemberships, ({ one }) => ({
  coalition: one(organisations, {
    fields: [coalitionMemberships.coalitionId],
    references: [organisations.id],
    relationName: "coalition",
  }),
  member: one(organisations, {
    fields: [coalitionMemberships.memberId],
    references: [organisations.id],
    relationName: "member",
  }),
}));

export const organisationMembersRelations = relations(organisationMembers, ({ one }) => ({
  organisation: one(organisations, {
    fields: [organisationMembers.organisationId],
    references: [organisations.id],
  }),
  user: one(users, { fields: [organisationMembers.userId], references: [users.id] }),
}));

export const targetsRelations = relations(targets, ({ one, many }) => ({
  campaigns: many(campaigns),
  holidays: many(targetHolidays),
  state: one(states, { fields: [targets.stateIso3], references: [states.iso3] }),
  campaignLinks: many(campaignTargets),
  askLinks: many(askTargets),
  letterLinks: many(letterTargets),
}));

export const targetHolidaysRelations = relations(targetHolidays, ({ one }) => ({
  target: one(targets, { fields: [targetHolidays.targetId], references: [targets.id] }),
}));

export const campaignsRelations = relations(campaigns, ({ one, many }) => ({
  target: one(targets, { fields: [campaigns.targetId], references: [targets.id] }),
  leads: many(campaignLeads),
  targets: many(campaignTargets),
  asks: many(asks),
  letters: many(letters),
  responses: many(responses),
  events: many(events),
}));

export const campaignLeadsRelations = relations(campaignLeads, ({ one }) => ({
  campaign: one(campaigns, { fields: [campaignLeads.campaignId], references: [campaigns.id] }),
  organisation: one(organisations, {
    fields: [campaignLeads.organisationId],
    references: [organisations.id],
  }),
}));

export const campaignTargetsRelations = relations(campaignTargets, ({ one }) => ({
  campaign: one(campaigns, { fields: [campaignTargets.campaignId], references: [campaigns.id] }),
  target: one(targets, { fields: [campaignTargets.targetId], references: [targets.id] }),
}));

export const asksRelations = relations(asks, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [asks.campaignId], references: [campaigns.id] }),
  responses: many(responses),
  targets: many(askTargets),
  resolutionText: one(resolutionTexts, {
    fields: [asks.resolutionTextId],
    references: [resolutionTexts.id],
  }),
  session: one(unSessions, { fields: [asks.sessionId], references: [unSessions.id] }),
}));

export const askTargetsRelations = relations(askTargets, ({ one }) => ({
  ask: one(asks, { fields: [askTargets.askId], references: [asks.id] }),
  target: one(targets, { fields: [askTargets.targetId], references: [targets.id] }),
}));

export const lettersRelations = relations(letters, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [letters.campaignId], references: [campaigns.id] }),
  versions: many(letterVersions),
  texts: many(letterTexts),
  signatures: many(signatures),
  responses: many(responses),
  targets: many(letterTargets),
}));

export const letterTargetsRelations = relations(letterTargets, ({ one }) => ({
  letter: one(letters, { fields: [letterTargets.letterId], references: [letters.id] }),
  target: one(targets, { fields: [letterTargets.targetId], references: [targets.id] }),
}));

export const letterVersionsRelations = relations(letterVersions, ({ one }) => ({
  letter: one(letters, { fields: [letterVersions.letterId], references: [letters.id] }),
}));

export const letterTextsRelations = relations(letterTexts, ({ one }) => ({
  letter: one(letters, { fields: [letterTexts.letterId], references: [letters.id] }),
}));

export const signaturesRelations = relations(signatures, ({ one }) => ({
  letter: one(letters, { fields: [signatures.letterId], references: [letters.id] }),
  organisation: one(organisations, {
    fields: [signatures.organisationId],
    references: [organisations.id],
  }),
}));

export const responsesRelations = relations(responses, ({ one }) => ({
  campaign: one(campaigns, { fields: [responses.campaignId], references: [campaigns.id] }),
  letter: one(letters, { fields: [responses.letterId], references: [letters.id] }),
  ask: one(asks, { fields: [responses.askId], references: [asks.id] }),
  target: one(targets, { fields: [responses.targetId], references: [targets.id] }),
}));

export const eventsRelations = relations(events, ({ one }) => ({
  campaign: one(campaigns, { fields: [events.campaignId], references: [campaigns.id] }),
}));

export const statesRelations = relations(states, ({ many }) => ({
  targets: many(targets),
  positions: many(positions),
  memberships: many(bodyMemberships),
}));

export const unBodiesRelations = relations(unBodies, ({ many }) => ({
  sessions: many(unSessions),
  resolutions: many(resolutions),
  memberships: many(bodyMemberships),
}));

export const unSessionsRelations = relations(unSessions, ({ one, many }) => ({
  body: one(unBodies, { fields: [unSessions.bodyId], references: [unBodies.id] }),
  texts: many(resolutionTexts),
  memberships: many(bodyMemberships),
  asks: many(asks),
}));

export const resolutionsRelations = relations(resolutions, ({ one, many }) => ({
  body: one(unBodies, { fields: [resolutions.bodyId], references: [unBodies.id] }),
  texts: many(resolutionTexts),
}));

export const resolutionTextsRelations = relations(resolutionTexts, ({ one, many }) => ({
  resolution: one(resolutions, {
    fields: [resolutionTexts.resolutionId],
    references: [resolutions.id],
  }),
  session: one(unSessions, { fields: [resolutionTexts.sessionId], references: [unSessions.id] }),
  positions: many(positions),
  asks: many(asks),
}));

export const positionsRelations = relations(positions, ({ one }) => ({
  text: one(resolutionTexts, { fields: [positions.textId], references: [resolutionTexts.id] }),
  state: one(states, { fields: [positions.stateIso3], references: [states.iso3] }),
  recorder: one(users, { fields: [positions.recordedBy], references: [users.id] }),
}));

export const bodyMembershipsRelations = relations(bodyMemberships, ({ one }) => ({
  body: one(unBodies, { fields: [bodyMemberships.bodyId], references: [unBodies.id] }),
  state: one(states, { fields: [bodyMemberships.stateIso3], references: [states.iso3] }),
  session: one(unSessions, { fields: [bodyMemberships.sessionId], references: [unSessions.id] }),
}));

// ── Inferred types ───────────────────────────────────────────────────────────

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type OrgRole = (typeof orgRole.enumValues)[number];
export type Organisation = typeof organisations.$inferSelect;
export type Target = typeof targets.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type CampaignStatus = (typeof campaignStatus.enumValues)[number];
export type Ask = typeof asks.$inferSelect;
export type Letter = typeof letters.$inferSelect;
export type LetterText = typeof letterTexts.$inferSelect;
export type ContentTranslation = typeof contentTranslations.$inferSelect;
export type Signature = typeof signatures.$inferSelect;
export type NewSignature = typeof signatures.$inferInsert;
export type Response = typeof responses.$inferSelect;
export type Event = typeof events.$inferSelect;
export type DatePrecision = (typeof datePrecision.enumValues)[number];
export type State = typeof states.$inferSelect;
export type UnBody = typeof unBodies.$inferSelect;
export type UnBodyKind = (typeof unBodyKind.enumValues)[number];
export type UnSession = typeof unSessions.$inferSelect;
export type UnSessionKind = (typeof unSessionKind.enumValues)[number];
export type Resolution = typeof resolutions.$inferSelect;
export type ResolutionText = typeof resolutionTexts.$inferSelect;
export type Position = typeof positions.$inferSelect;
export type BodyMembership = typeof bodyMemberships.$inferSelect;
export type ErasureRequest = typeof erasureRequests.$inferSelect;
export type Follow = typeof follows.$inferSelect;
export type NotificationNews = typeof notificationNews.$inferSelect;
