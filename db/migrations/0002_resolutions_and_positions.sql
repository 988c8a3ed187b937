CREATE TYPE "public"."adoption_method" AS ENUM('pending', 'without_vote', 'recorded_vote');--> statement-breakpoint
CREATE TYPE "public"."position_kind" AS ENUM('cosponsor', 'withdrew_cosponsorship', 'not_cosponsor', 'vote_yes', 'vote_no', 'vote_abstain', 'vote_absent', 'not_member', 'joined_consensus');--> statement-breakpoint
CREATE TYPE "public"."regional_group" AS ENUM('african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'western_european_others');--> statement-breakpoint
CREATE TYPE "public"."sponsorship_type" AS ENUM('original', 'additional');--> statement-breakpoint
CREATE TYPE "public"."un_body_kind" AS ENUM('hrc', 'ga_plenary', 'ga_third_committee', 'security_council', 'other');--> statement-breakpoint
CREATE TYPE "public"."un_session_kind" AS ENUM('regular', 'special', 'annual');--> statement-breakpoint
CREATE TYPE "public"."un_status" AS ENUM('member', 'observer');--> statement-breakpoint
CREATE TYPE "public"."wanted_position" AS ENUM('cosponsor', 'vote_yes');--> statement-breakpoint
CREATE TABLE "ask_targets" (
	"ask_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "ask_targets_ask_id_target_id_pk" PRIMARY KEY("ask_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "body_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"state_iso3" text NOT NULL,
	"session_id" uuid,
	"year" integer,
	"source_url" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_memberships_session_or_year" CHECK (("body_memberships"."session_id" IS NULL) <> ("body_memberships"."year" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"campaign_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "campaign_targets_campaign_id_target_id_pk" PRIMARY KEY("campaign_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "letter_targets" (
	"letter_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"addressee" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "letter_targets_letter_id_target_id_pk" PRIMARY KEY("letter_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text_id" uuid NOT NULL,
	"state_iso3" text NOT NULL,
	"kind" "position_kind" NOT NULL,
	"sponsorship" "sponsorship_type",
	"occurred_on" date NOT NULL,
	"precision" date_precision DEFAULT 'day' NOT NULL,
	"source_url" text,
	"source_label" text,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"retracted_at" timestamp with time zone,
	"retraction_reason" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "positions_retraction_reason" CHECK ("positions"."retracted_at" IS NULL OR length(trim(coalesce("positions"."retraction_reason", ''))) > 0),
	CONSTRAINT "positions_sponsorship_kind" CHECK ("positions"."sponsorship" IS NULL OR "positions"."kind" = 'cosponsor')
);
--> statement-breakpoint
CREATE TABLE "resolution_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resolution_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"draft_symbol" text,
	"adopted_symbol" text,
	"title" text NOT NULL,
	"adopted_on" date,
	"adoption" "adoption_method" DEFAULT 'pending' NOT NULL,
	"yes_count" integer,
	"no_count" integer,
	"abstain_count" integer,
	"core_group" text,
	"source_url" text,
	"source_label" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolution_texts_vote_counts" CHECK (("resolution_texts"."adoption" = 'recorded_vote' AND "resolution_texts"."yes_count" IS NOT NULL AND "resolution_texts"."no_count" IS NOT NULL AND "resolution_texts"."abstain_count" IS NOT NULL)
        OR ("resolution_texts"."adoption" <> 'recorded_vote' AND "resolution_texts"."yes_count" IS NULL AND "resolution_texts"."no_count" IS NULL AND "resolution_texts"."abstain_count" IS NULL)),
	CONSTRAINT "resolution_texts_vote_counts_nonnegative" CHECK (coalesce("resolution_texts"."yes_count", 0) >= 0 AND coalesce("resolution_texts"."no_count", 0) >= 0 AND coalesce("resolution_texts"."abstain_count", 0) >= 0),
	CONSTRAINT "resolution_texts_adopted_on" CHECK (("resolution_texts"."adoption" = 'pending') = ("resolution_texts"."adopted_on" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body_id" uuid NOT NULL,
	"description" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolutions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "states" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"name" text NOT NULL,
	"name_ko" text NOT NULL,
	"un_status" "un_status" NOT NULL,
	"regional_group" "regional_group",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "states_iso2_unique" UNIQUE("iso2"),
	CONSTRAINT "states_iso3_format" CHECK ("states"."iso3" ~ '^[A-Z]{3}$'),
	CONSTRAINT "states_iso2_format" CHECK ("states"."iso2" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "un_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "un_body_kind" NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "un_bodies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "un_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" "un_session_kind" DEFAULT 'regular' NOT NULL,
	"number" integer,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "un_sessions_id_body_key" UNIQUE("id","body_id"),
	CONSTRAINT "un_sessions_dates" CHECK ("un_sessions"."ends_on" >= "un_sessions"."starts_on"),
	CONSTRAINT "un_sessions_number_positive" CHECK ("un_sessions"."number" IS NULL OR "un_sessions"."number" > 0)
);
--> statement-breakpoint
ALTER TABLE "accounts" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "verification_tokens" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "accounts" CASCADE;--> statement-breakpoint
DROP TABLE "sessions" CASCADE;--> statement-breakpoint
DROP TABLE "verification_tokens" CASCADE;--> statement-breakpoint
ALTER TABLE "asks" ADD COLUMN "resolution_text_id" uuid;--> statement-breakpoint
ALTER TABLE "asks" ADD COLUMN "wanted_position" "wanted_position";--> statement-breakpoint
ALTER TABLE "asks" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "target_id" uuid;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "state_iso3" text;--> statement-breakpoint
ALTER TABLE "ask_targets" ADD CONSTRAINT "ask_targets_ask_id_asks_id_fk" FOREIGN KEY ("ask_id") REFERENCES "public"."asks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ask_targets" ADD CONSTRAINT "ask_targets_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_body_id_un_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."un_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_session_of_body_fk" FOREIGN KEY ("session_id","body_id") REFERENCES "public"."un_sessions"("id","body_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_targets" ADD CONSTRAINT "letter_targets_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_targets" ADD CONSTRAINT "letter_targets_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_text_id_resolution_texts_id_fk" FOREIGN KEY ("text_id") REFERENCES "public"."resolution_texts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_texts" ADD CONSTRAINT "resolution_texts_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_texts" ADD CONSTRAINT "resolution_texts_session_id_un_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."un_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_body_id_un_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."un_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "un_sessions" ADD CONSTRAINT "un_sessions_body_id_un_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."un_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ask_targets_target_id_index" ON "ask_targets" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "body_memberships_session_key" ON "body_memberships" USING btree ("body_id","state_iso3","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "body_memberships_year_key" ON "body_memberships" USING btree ("body_id","state_iso3","year");--> statement-breakpoint
CREATE INDEX "body_memberships_body_id_session_id_index" ON "body_memberships" USING btree ("body_id","session_id");--> statement-breakpoint
CREATE INDEX "body_memberships_body_id_year_index" ON "body_memberships" USING btree ("body_id","year");--> statement-breakpoint
CREATE INDEX "campaign_targets_target_id_index" ON "campaign_targets" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "letter_targets_target_id_index" ON "letter_targets" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "positions_text_id_state_iso3_index" ON "positions" USING btree ("text_id","state_iso3");--> statement-breakpoint
CREATE INDEX "positions_state_iso3_index" ON "positions" USING btree ("state_iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "resolution_texts_resolution_session_key" ON "resolution_texts" USING btree ("resolution_id","session_id");--> statement-breakpoint
CREATE INDEX "resolution_texts_session_id_index" ON "resolution_texts" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "resolutions_body_id_index" ON "resolutions" USING btree ("body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "un_sessions_body_kind_number_key" ON "un_sessions" USING btree ("body_id","kind","number");--> statement-breakpoint
CREATE INDEX "un_sessions_body_id_starts_on_index" ON "un_sessions" USING btree ("body_id","starts_on");--> statement-breakpoint
ALTER TABLE "asks" ADD CONSTRAINT "asks_resolution_text_id_resolution_texts_id_fk" FOREIGN KEY ("resolution_text_id") REFERENCES "public"."resolution_texts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asks" ADD CONSTRAINT "asks_session_id_un_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."un_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_state_iso3_states_iso3_fk" FOREIGN KEY ("state_iso3") REFERENCES "public"."states"("iso3") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asks_resolution_text_id_index" ON "asks" USING btree ("resolution_text_id");--> statement-breakpoint
CREATE INDEX "asks_session_id_index" ON "asks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "responses_target_id_index" ON "responses" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "targets_state_iso3_index" ON "targets" USING btree ("state_iso3");--> statement-breakpoint
ALTER TABLE "asks" ADD CONSTRAINT "asks_wanted_position_text" CHECK (("asks"."resolution_text_id" IS NULL) = ("asks"."wanted_position" IS NULL));--> statement-breakpoint
-- Positions are a history: a row is appended and may later be retracted, once, with a reason (check "positions_retraction_reason"). Any other change, and any delete, is refused here too, whatever the code does. The only other write allowed is the recorder's account going (recorded_by set to null).
CREATE FUNCTION "positions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'positions are never deleted: retract the position with a reason' USING ERRCODE = '23000';
  END IF;
  IF (NEW.id, NEW.text_id, NEW.state_iso3, NEW.kind, NEW.sponsorship, NEW.occurred_on, NEW.precision,
      NEW.source_url, NEW.source_label, NEW.note, NEW.created_at, NEW.is_sample)
     IS DISTINCT FROM (OLD.id, OLD.text_id, OLD.state_iso3, OLD.kind, OLD.sponsorship, OLD.occurred_on, OLD.precision,
      OLD.source_url, OLD.source_label, OLD.note, OLD.created_at, OLD.is_sample)
     OR (NEW.recorded_by IS DISTINCT FROM OLD.recorded_by AND NEW.recorded_by IS NOT NULL)
     OR (OLD.retracted_at IS NOT NULL
         AND (NEW.retracted_at, NEW.retraction_reason) IS DISTINCT FROM (OLD.retracted_at, OLD.retraction_reason))
     OR (OLD.retracted_at IS NULL AND NEW.retracted_at IS NULL AND NEW.retraction_reason IS NOT NULL) THEN
    RAISE EXCEPTION 'positions are append-only: a position is only ever retracted' USING ERRCODE = '23000';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "positions_append_only" BEFORE UPDATE OR DELETE ON "positions"
  FOR EACH ROW EXECUTE FUNCTION "positions_append_only"();--> statement-breakpoint
-- Backfill: every campaign presses its main target, and every letter so far is addressed to its campaign's target by its own addressee line.
INSERT INTO "campaign_targets" ("campaign_id", "target_id")
  SELECT "id", "target_id" FROM "campaigns"
  ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "letter_targets" ("letter_id", "target_id", "addressee", "sort")
  SELECT "letters"."id", "campaigns"."target_id", "letters"."addressee", 0
  FROM "letters" JOIN "campaigns" ON "campaigns"."id" = "letters"."campaign_id"
  ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Backfill: every response so far came from its campaign's target.
UPDATE "responses" SET "target_id" = "campaigns"."target_id"
  FROM "campaigns"
  WHERE "campaigns"."id" = "responses"."campaign_id" AND "responses"."target_id" IS NULL;
