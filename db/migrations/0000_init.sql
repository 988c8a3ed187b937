CREATE TYPE "public"."ask_outcome" AS ENUM('pending', 'met', 'partially_met', 'not_met', 'moot');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'active', 'paused', 'won', 'lost', 'closed');--> statement-breakpoint
CREATE TYPE "public"."campaign_visibility" AS ENUM('public', 'private');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."deadline_rule" AS ENUM('none', 'date', 'calendar_days', 'working_days');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('coalition_action', 'government_action', 'un_action', 'media', 'other');--> statement-breakpoint
CREATE TYPE "public"."letter_signers" AS ENUM('organisations', 'individuals', 'both');--> statement-breakpoint
CREATE TYPE "public"."letter_status" AS ENUM('draft', 'collecting', 'sent', 'closed');--> statement-breakpoint
CREATE TYPE "public"."org_role" AS ENUM('owner', 'signer', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('ngo', 'network', 'coalition', 'other');--> statement-breakpoint
CREATE TYPE "public"."response_kind" AS ENUM('written_reply', 'public_statement', 'meeting', 'vote', 'policy_action', 'acknowledgement');--> statement-breakpoint
CREATE TYPE "public"."response_stance" AS ENUM('positive', 'negative', 'mixed', 'noncommittal');--> statement-breakpoint
CREATE TYPE "public"."signature_kind" AS ENUM('organisation', 'individual');--> statement-breakpoint
CREATE TYPE "public"."signature_source" AS ENUM('web', 'import', 'staff');--> statement-breakpoint
CREATE TYPE "public"."signature_status" AS ENUM('pending', 'confirmed', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."signature_visibility" AS ENUM('public', 'name_withheld');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('government', 'un_body', 'company', 'other');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('confirm_signature', 'verify_email', 'reset_password');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'staff', 'member');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "asks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"venue" text,
	"decision_on" date,
	"decision_precision" date_precision DEFAULT 'day' NOT NULL,
	"outcome" "ask_outcome" DEFAULT 'pending' NOT NULL,
	"outcome_on" date,
	"outcome_source_url" text,
	"outcome_note" text,
	"retracted_at" timestamp with time zone,
	"retraction_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asks_retraction_reason" CHECK ("asks"."retracted_at" IS NULL OR "asks"."retraction_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "campaign_leads" (
	"campaign_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_leads_campaign_id_organisation_id_pk" PRIMARY KEY("campaign_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"visibility" "campaign_visibility" DEFAULT 'public' NOT NULL,
	"target_id" uuid NOT NULL,
	"started_on" date,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "coalition_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coalition_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"joined_on" date,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coalition_memberships_not_self" CHECK ("coalition_memberships"."coalition_id" <> "coalition_memberships"."member_id"),
	CONSTRAINT "coalition_memberships_dates" CHECK ("coalition_memberships"."left_on" IS NULL OR "coalition_memberships"."joined_on" IS NULL OR "coalition_memberships"."left_on" >= "coalition_memberships"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"kind" text NOT NULL,
	"status" "email_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "email_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"signature_id" uuid,
	"user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "email_tokens_subject" CHECK ("email_tokens"."signature_id" IS NOT NULL OR "email_tokens"."user_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"occurred_on" date NOT NULL,
	"precision" date_precision DEFAULT 'day' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retracted_at" timestamp with time zone,
	"retraction_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_retraction_reason" CHECK ("events"."retracted_at" IS NULL OR "events"."retraction_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "letter_versions" (
	"letter_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body_markdown" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_versions_letter_id_version_pk" PRIMARY KEY("letter_id","version")
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"addressee" text NOT NULL,
	"body_markdown" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "letter_status" DEFAULT 'draft' NOT NULL,
	"who_can_sign" "letter_signers" DEFAULT 'both' NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"signing_opens_at" timestamp with time zone,
	"signing_closes_at" timestamp with time zone,
	"opened_on" date,
	"sent_on" date,
	"sent_precision" date_precision DEFAULT 'day' NOT NULL,
	"deadline_rule" "deadline_rule" DEFAULT 'none' NOT NULL,
	"deadline_date" date,
	"deadline_days" integer,
	"source_url" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letters_deadline_rule_fields" CHECK (("letters"."deadline_rule" = 'none' AND "letters"."deadline_date" IS NULL AND "letters"."deadline_days" IS NULL)
        OR ("letters"."deadline_rule" = 'date' AND "letters"."deadline_date" IS NOT NULL AND "letters"."deadline_days" IS NULL)
        OR ("letters"."deadline_rule" IN ('calendar_days', 'working_days') AND "letters"."deadline_date" IS NULL AND "letters"."deadline_days" IS NOT NULL AND "letters"."deadline_days" > 0)),
	CONSTRAINT "letters_sent_has_date" CHECK ("letters"."status" NOT IN ('sent', 'closed') OR "letters"."sent_on" IS NOT NULL),
	CONSTRAINT "letters_signing_window" CHECK ("letters"."signing_closes_at" IS NULL OR "letters"."signing_opens_at" IS NULL OR "letters"."signing_closes_at" > "letters"."signing_opens_at"),
	CONSTRAINT "letters_version_positive" CHECK ("letters"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "org_role" DEFAULT 'viewer' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_members_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "organisation_kind" DEFAULT 'ngo' NOT NULL,
	"country" text,
	"website" text,
	"description" text,
	"declared_membership" integer,
	"declared_membership_label" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organisations_declared_membership_positive" CHECK ("organisations"."declared_membership" IS NULL OR "organisations"."declared_membership" > 0),
	CONSTRAINT "organisations_declared_membership_coalition" CHECK ("organisations"."declared_membership" IS NULL OR "organisations"."kind" IN ('coalition', 'network'))
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"letter_id" uuid,
	"ask_id" uuid,
	"kind" "response_kind" NOT NULL,
	"stance" "response_stance" NOT NULL,
	"responded_on" date NOT NULL,
	"precision" date_precision DEFAULT 'day' NOT NULL,
	"summary" text NOT NULL,
	"source_url" text,
	"retracted_at" timestamp with time zone,
	"retraction_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responses_links_something" CHECK ("responses"."letter_id" IS NOT NULL OR "responses"."ask_id" IS NOT NULL),
	CONSTRAINT "responses_retraction_reason" CHECK ("responses"."retracted_at" IS NULL OR "responses"."retraction_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" "signature_kind" NOT NULL,
	"organisation_id" uuid,
	"signed_by_user_id" uuid,
	"display_name" text NOT NULL,
	"title_affiliation" text,
	"country" text,
	"email" text,
	"email_normalised" text,
	"visibility" "signature_visibility" DEFAULT 'public' NOT NULL,
	"status" "signature_status" DEFAULT 'pending' NOT NULL,
	"source" "signature_source" DEFAULT 'web' NOT NULL,
	"letter_version" integer DEFAULT 1 NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejection_reason" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signatures_kind_fields" CHECK (("signatures"."kind" = 'organisation' AND "signatures"."organisation_id" IS NOT NULL)
        OR ("signatures"."kind" = 'individual' AND "signatures"."organisation_id" IS NULL)),
	CONSTRAINT "signatures_web_individual_email" CHECK ("signatures"."kind" <> 'individual' OR "signatures"."source" <> 'web' OR "signatures"."email_normalised" IS NOT NULL),
	CONSTRAINT "signatures_rejection_reason" CHECK ("signatures"."status" <> 'rejected' OR "signatures"."rejection_reason" IS NOT NULL),
	CONSTRAINT "signatures_display_name_nonempty" CHECK (length(trim("signatures"."display_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "target_holidays" (
	"target_id" uuid NOT NULL,
	"day" date NOT NULL,
	"name" text,
	CONSTRAINT "target_holidays_target_id_day_pk" PRIMARY KEY("target_id","day")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "target_kind" DEFAULT 'government' NOT NULL,
	"country" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"role" "user_role" DEFAULT 'member' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asks" ADD CONSTRAINT "asks_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD CONSTRAINT "campaign_leads_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD CONSTRAINT "campaign_leads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_memberships" ADD CONSTRAINT "coalition_memberships_coalition_id_organisations_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_memberships" ADD CONSTRAINT "coalition_memberships_member_id_organisations_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_ask_id_asks_id_fk" FOREIGN KEY ("ask_id") REFERENCES "public"."asks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_holidays" ADD CONSTRAINT "target_holidays_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_id_index" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "asks_campaign_id_position_index" ON "asks" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_index" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_index" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "campaign_leads_organisation_id_index" ON "campaign_leads" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "campaigns_status_index" ON "campaigns" USING btree ("status");--> statement-breakpoint
CREATE INDEX "campaigns_target_id_index" ON "campaigns" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coalition_memberships_current_key" ON "coalition_memberships" USING btree ("coalition_id","member_id") WHERE "coalition_memberships"."left_on" IS NULL;--> statement-breakpoint
CREATE INDEX "coalition_memberships_member_id_index" ON "coalition_memberships" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "email_outbox_status_created_at_index" ON "email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "email_tokens_signature_id_index" ON "email_tokens" USING btree ("signature_id");--> statement-breakpoint
CREATE INDEX "events_campaign_id_occurred_on_index" ON "events" USING btree ("campaign_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "letters_campaign_slug_key" ON "letters" USING btree ("campaign_id","slug");--> statement-breakpoint
CREATE INDEX "letters_status_index" ON "letters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "organisation_members_user_id_index" ON "organisation_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organisations_name_index" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "rate_limits_window_start_index" ON "rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "responses_campaign_id_index" ON "responses" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "responses_letter_id_index" ON "responses" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "responses_ask_id_index" ON "responses" USING btree ("ask_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_live_org_key" ON "signatures" USING btree ("letter_id","organisation_id") WHERE "signatures"."status" IN ('pending', 'confirmed') AND "signatures"."organisation_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_live_email_key" ON "signatures" USING btree ("letter_id","email_normalised") WHERE "signatures"."status" IN ('pending', 'confirmed') AND "signatures"."email_normalised" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "signatures_letter_list_idx" ON "signatures" USING btree ("letter_id","status","kind","display_name");--> statement-breakpoint
CREATE INDEX "signatures_organisation_id_index" ON "signatures" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");