import { relations, sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/*
 * The whole data model of DOMAIN.md. Enumerations are Postgres enums so the database
 * checks them. Foreign keys from anything a public page cites use RESTRICT: staff
 * retract such rows (retracted_at + reason), they never delete them.
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ── Enumerations ─────────────────────────────────────────────────────────────

export const userRole = pgEnum("user_role", ["admin", "staff", "member"]);
export const orgRole = pgEnum("org_role", ["owner", "signer", "viewer"]);
export const organisationKind = pgEnum("organisation_kind", ["ngo", "network", "coalition", "other"]);
export const targetKind = pgEnum("target_kind", ["government", "un_body", "company", "other"]);
export const campaignStatus = pgEnum("campaign_status", [
  "draft",
  "active",
  "paused",
  "won",
  "lost",
  "closed",
]);
export const campaignVisibility = pgEnum("campaign_visibility", ["public", "private"]);
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);
export const askOutcome = pgEnum("ask_outcome", ["pending", "met", "partially_met", "not_met", "moot"]);
export const letterStatus = pgEnum("letter_status", ["draft", "collecting", "sent", "closed"]);
export const letterSigners = pgEnum("letter_signers", ["organisations", "individuals", "both"]);
export const deadlineRule = pgEnum("deadline_rule", ["none", "date", "calendar_days", "working_days"]);
export const signatureKind = pgEnum("signature_kind", ["organisation", "individual"]);
export const signatureVisibility = pgEnum("signature_visibility", ["public", "name_withheld"]);
export const signatureStatus = pgEnum("signature_status", ["pending", "confirmed", "rejected", "withdrawn"]);
export const signatureSource = pgEnum("signature_source", ["web", "import", "staff"]);
export const responseKind = pgEnum("response_kind", [
  "written_reply",
  "public_statement",
  "meeting",
  "vote",
  "policy_action",
  "acknowledgement",
]);
export const responseStance = pgEnum("response_stance", ["positive", "negative", "mixed", "noncommittal"]);
export const eventKind = pgEnum("event_kind", [
  "coalition_action",
  "government_action",
  "un_action",
  "media",
  "other",
]);
export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);
export const tokenPurpose = pgEnum("token_purpose", ["confirm_signature", "verify_email", "reset_password"]);

/** A source cited on the public record: a link and what it is. */
export type SourceLink = { url: string; label?: string };

// ── People and sign-in (Auth.js tables follow @auth/drizzle-adapter's shape) ─

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("member"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index().on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ── Organisations and coalitions ─────────────────────────────────────────────

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
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
    isSample: boolean("is_sample").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    id: uuid("id").primaryKey().defaultRandom(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
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
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: orgRole("role").notNull().default("viewer"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index().on(t.userId)],
);

// ── Targets ──────────────────────────────────────────────────────────────────

export const targets = pgTable("targets", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: targetKind("kind").notNull().default("government"),
  country: text("country"),
  /** IANA zone; response deadlines are calendar dates in it. */
  timeZone: text("time_zone").notNull().default("UTC"),
  description: text("description"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Public holidays skipped by "N working days" deadline rules. */
export const targetHolidays = pgTable(
  "target_holidays",
  {
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    name: text("name"),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.day] })],
);

// ── Campaigns, asks, letters ─────────────────────────────────────────────────

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    status: campaignStatus("status").notNull().default("draft"),
    visibility: campaignVisibility("visibility").notNull().default("public"),
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "restrict" }),
    startedOn: date("started_on"),
    isSample: boolean("is_sample").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.status), index().on(t.targetId)],
);

export const campaignLeads = pgTable(
  "campaign_leads",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organisationId] }), index().on(t.organisationId)],
);

export const asks = pgTable(
  "asks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description"),
    venue: text("venue"),
    decisionOn: date("decision_on"),
    decisionPrecision: datePrecision("decision_precision").notNull().default("day"),
    outcome: askOutcome("outcome").notNull().default("pending"),
    outcomeOn: date("outcome_on"),
    outcomeSourceUrl: text("outcome_source_url"),
    outcomeNote: text("outcome_note"),
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractionReason: text("retraction_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.campaignId, t.position),
    check("asks_retraction_reason", sql`${t.retractedAt} IS NULL OR ${t.retractionReason} IS NOT NULL`),
  ],
);

export const letters = pgTable(
  "letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** The named office-holder: "President Moon Jae-in". */
    addressee: text("addressee").notNull(),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    /** Current text version; bumps when the text changes after signatures exist. */
    version: integer("version").notNull().default(1),
    status: letterStatus("status").notNull().default("draft"),
    whoCanSign: letterSigners("who_can_sign").notNull().default("both"),
    requiresApproval: boolean("requires_approval").notNull().default(false),
    signingOpensAt: timestamp("signing_opens_at", { withTimezone: true }),
    signingClosesAt: timestamp("signing_closes_at", { withTimezone: true }),
    openedOn: date("opened_on"),
    sentOn: date("sent_on"),
    sentPrecision: datePrecision("sent_precision").notNull().default("day"),
    deadlineRule: deadlineRule("deadline_rule").notNull().default("none"),
    deadlineDate: date("deadline_date"),
    deadlineDays: integer("deadline_days"),
    sourceUrl: text("source_url"),
    isSample: boolean("is_sample").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("letters_campaign_slug_key").on(t.campaignId, t.slug),
    index().on(t.status),
    check(
      "letters_deadline_rule_fields",
      sql`(${t.deadlineRule} = 'none' AND ${t.deadlineDate} IS NULL AND ${t.deadlineDays} IS NULL)
        OR (${t.deadlineRule} = 'date' AND ${t.deadlineDate} IS NOT NULL AND ${t.deadlineDays} IS NULL)
        OR (${t.deadlineRule} IN ('calendar_days', 'working_days') AND ${t.deadlineDate} IS NULL AND ${t.deadlineDays} IS NOT NULL AND ${t.deadlineDays} > 0)`,
    ),
    check("letters_sent_has_date", sql`${t.status} NOT IN ('sent', 'closed') OR ${t.sentOn} IS NOT NULL`),
    check(
      "letters_signing_window",
      sql`${t.signingClosesAt} IS NULL OR ${t.signingOpensAt} IS NULL OR ${t.signingClosesAt} > ${t.signingOpensAt}`,
    ),
    check("letters_version_positive", sql`${t.version} >= 1`),
  ],
);

/** Every text a letter has had; signatures record the version they endorsed. */
export const letterVersions = pgTable(
  "letter_versions",
  {
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.version] })],
);

export const signatures = pgTable(
  "signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => letters.id, { onDelete: "restrict" }),
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
    /** Why a signature waits for approval (bot signals), or why it was rejected. */
    flags: jsonb("flags").$type<string[]>().notNull().default([]),
    rejectionReason: text("rejection_reason"),
    isSample: boolean("is_sample").notNull().default(false),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    index().on(t.organisationId),
    check(
      "signatures_kind_fields",
      sql`(${t.kind} = 'organisation' AND ${t.organisationId} IS NOT NULL)
        OR (${t.kind} = 'individual' AND ${t.organisationId} IS NULL)`,
    ),
    check(
      "signatures_web_individual_email",
      sql`${t.kind} <> 'individual' OR ${t.source} <> 'web' OR ${t.emailNormalised} IS NOT NULL`,
    ),
    check("signatures_rejection_reason", sql`${t.status} <> 'rejected' OR ${t.rejectionReason} IS NOT NULL`),
    check("signatures_display_name_nonempty", sql`length(trim(${t.displayName})) > 0`),
  ],
);

// ── What governments did, and everything else on the timeline ───────────────

export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    letterId: uuid("letter_id").references(() => letters.id, { onDelete: "restrict" }),
    askId: uuid("ask_id").references(() => asks.id, { onDelete: "restrict" }),
    kind: responseKind("kind").notNull(),
    stance: responseStance("stance").notNull(),
    respondedOn: date("responded_on").notNull(),
    precision: datePrecision("precision").notNull().default("day"),
    summary: text("summary").notNull(),
    sourceUrl: text("source_url"),
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractionReason: text("retraction_reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("responses_links_something", sql`${t.letterId} IS NOT NULL OR ${t.askId} IS NOT NULL`),
    check("responses_retraction_reason", sql`${t.retractedAt} IS NULL OR ${t.retractionReason} IS NOT NULL`),
    index().on(t.campaignId),
    index().on(t.letterId),
    index().on(t.askId),
  ],
);

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    kind: eventKind("kind").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    occurredOn: date("occurred_on").notNull(),
    precision: datePrecision("precision").notNull().default("day"),
    sources: jsonb("sources").$type<SourceLink[]>().notNull().default([]),
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractionReason: text("retraction_reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.campaignId, t.occurredOn),
    check("events_retraction_reason", sql`${t.retractedAt} IS NULL OR ${t.retractionReason} IS NOT NULL`),
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
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
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
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index().on(t.status, t.createdAt),
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

/** Single-use links; only a hash of the token is stored. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: tokenPurpose("purpose").notNull(),
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check("email_tokens_subject", sql`${t.signatureId} IS NOT NULL OR ${t.userId} IS NOT NULL`),
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

export const targetsRelations = relations(targets, ({ many }) => ({
  campaigns: many(campaigns),
  holidays: many(targetHolidays),
}));

export const targetHolidaysRelations = relations(targetHolidays, ({ one }) => ({
  target: one(targets, { fields: [targetHolidays.targetId], references: [targets.id] }),
}));

export const campaignsRelations = relations(campaigns, ({ one, many }) => ({
  target: one(targets, { fields: [campaigns.targetId], references: [targets.id] }),
  leads: many(campaignLeads),
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

export const asksRelations = relations(asks, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [asks.campaignId], references: [campaigns.id] }),
  responses: many(responses),
}));

export const lettersRelations = relations(letters, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [letters.campaignId], references: [campaigns.id] }),
  versions: many(letterVersions),
  signatures: many(signatures),
  responses: many(responses),
}));

export const letterVersionsRelations = relations(letterVersions, ({ one }) => ({
  letter: one(letters, { fields: [letterVersions.letterId], references: [letters.id] }),
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
}));

export const eventsRelations = relations(events, ({ one }) => ({
  campaign: one(campaigns, { fields: [events.campaignId], references: [campaigns.id] }),
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
export type Signature = typeof signatures.$inferSelect;
export type NewSignature = typeof signatures.$inferInsert;
export type Response = typeof responses.$inferSelect;
export type Event = typeof events.$inferSelect;
export type DatePrecision = (typeof datePrecision.enumValues)[number];
