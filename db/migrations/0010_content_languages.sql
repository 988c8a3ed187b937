CREATE TYPE "public"."content_kind" AS ENUM('campaign', 'ask', 'event', 'response');--> statement-breakpoint
CREATE TABLE "content_translations" (
	"entity_kind" "content_kind" NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"locale" text NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_translations_key" PRIMARY KEY("entity_kind","entity_id","field","locale"),
	CONSTRAINT "content_translations_locale" CHECK ("content_translations"."locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
	CONSTRAINT "content_translations_field" CHECK ((entity_kind = 'campaign' AND field IN ('title', 'summary')) OR (entity_kind = 'ask' AND field IN ('title', 'description')) OR (entity_kind = 'event' AND field IN ('title', 'description')) OR (entity_kind = 'response' AND field IN ('summary')))
);
--> statement-breakpoint
CREATE TABLE "letter_texts" (
	"letter_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"addressee" text NOT NULL,
	"body_markdown" text NOT NULL,
	"letter_version" integer NOT NULL,
	"added_on" date DEFAULT CURRENT_DATE NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_texts_letter_locale_key" PRIMARY KEY("letter_id","locale"),
	CONSTRAINT "letter_texts_locale" CHECK ("letter_texts"."locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
	CONSTRAINT "letter_texts_version_positive" CHECK ("letter_texts"."letter_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "original_locale" text DEFAULT 'en-GB' NOT NULL;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "original_locale" text DEFAULT 'en-GB' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "text_locale" text;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_texts" ADD CONSTRAINT "letter_texts_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_texts" ADD CONSTRAINT "letter_texts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_translations_locale_entity_kind_index" ON "content_translations" USING btree ("locale","entity_kind");--> statement-breakpoint
CREATE INDEX "letter_texts_locale_index" ON "letter_texts" USING btree ("locale");--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_original_locale" CHECK ("campaigns"."original_locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$');--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_original_locale" CHECK ("letters"."original_locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$');--> statement-breakpoint
-- Backfill: every letter and campaign so far was written in English, so its own columns are its original English (en-GB) text (the column defaults above), and every signature made on this site was made reading that original. Imported and staff-entered signatures were not signed here: what their signers read is not known (null).
UPDATE "signatures" SET "text_locale" = "letters"."original_locale"
  FROM "letters" WHERE "letters"."id" = "signatures"."letter_id" AND "signatures"."source" = 'web';--> statement-breakpoint
-- One original per letter: the letter row is its original (title, addressee, body_markdown in original_locale), so no translation may be in that language, and a translation is of a version the letter has had. The letter row is share-locked, so a concurrent change of its original language waits for this write, and the other way round.
CREATE FUNCTION "letter_texts_not_original"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  original text;
  current_version integer;
BEGIN
  SELECT "original_locale", "version" INTO original, current_version
    FROM "letters" WHERE "id" = NEW."letter_id" FOR SHARE;
  IF NEW."locale" = original THEN
    RAISE EXCEPTION 'a letter has one original: its % text is the letter itself, not a translation', original
      USING ERRCODE = '23505', CONSTRAINT = 'letter_texts_not_original';
  END IF;
  IF NEW."letter_version" > current_version THEN
    RAISE EXCEPTION 'a translation of version % of a letter at version %', NEW."letter_version", current_version
      USING ERRCODE = '23514', CONSTRAINT = 'letter_texts_version_exists';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "letter_texts_not_original" BEFORE INSERT OR UPDATE ON "letter_texts"
  FOR EACH ROW EXECUTE FUNCTION "letter_texts_not_original"();--> statement-breakpoint
CREATE FUNCTION "letters_original_locale_free"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."original_locale" IS DISTINCT FROM OLD."original_locale" AND EXISTS (
    SELECT 1 FROM "letter_texts" WHERE "letter_id" = NEW."id" AND "locale" = NEW."original_locale"
  ) THEN
    RAISE EXCEPTION 'the letter has a % translation: it cannot also be its original', NEW."original_locale"
      USING ERRCODE = '23505', CONSTRAINT = 'letter_texts_not_original';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "letters_original_locale_free" BEFORE UPDATE OF "original_locale" ON "letters"
  FOR EACH ROW EXECUTE FUNCTION "letters_original_locale_free"();--> statement-breakpoint
-- content_translations names its record by kind and id: the record must exist, and the translation must not be in its campaign's original language (a campaign's asks, events and responses are written in the campaign's). The campaign row is share-locked as the letter's is above.
CREATE FUNCTION "content_translations_record"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  campaign uuid;
  original text;
BEGIN
  IF NEW."entity_kind" = 'campaign' THEN
    campaign := NEW."entity_id";
  ELSIF NEW."entity_kind" = 'ask' THEN
    SELECT "campaign_id" INTO campaign FROM "asks" WHERE "id" = NEW."entity_id";
  ELSIF NEW."entity_kind" = 'event' THEN
    SELECT "campaign_id" INTO campaign FROM "events" WHERE "id" = NEW."entity_id";
  ELSIF NEW."entity_kind" = 'response' THEN
    SELECT "campaign_id" INTO campaign FROM "responses" WHERE "id" = NEW."entity_id";
  END IF;
  SELECT "original_locale" INTO original FROM "campaigns" WHERE "id" = campaign FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no % %', NEW."entity_kind", NEW."entity_id"
      USING ERRCODE = '23503', CONSTRAINT = 'content_translations_record';
  END IF;
  IF NEW."locale" = original THEN
    RAISE EXCEPTION 'the % is written in %: that is its original, not a translation', NEW."entity_kind", original
      USING ERRCODE = '23505', CONSTRAINT = 'content_translations_not_original';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "content_translations_record" BEFORE INSERT OR UPDATE ON "content_translations"
  FOR EACH ROW EXECUTE FUNCTION "content_translations_record"();--> statement-breakpoint
CREATE FUNCTION "campaigns_original_locale_free"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."original_locale" IS DISTINCT FROM OLD."original_locale" AND EXISTS (
    SELECT 1 FROM "content_translations" ct
    WHERE ct."locale" = NEW."original_locale" AND (
      (ct."entity_kind" = 'campaign' AND ct."entity_id" = NEW."id")
      OR (ct."entity_kind" = 'ask' AND ct."entity_id" IN (SELECT "id" FROM "asks" WHERE "campaign_id" = NEW."id"))
      OR (ct."entity_kind" = 'event' AND ct."entity_id" IN (SELECT "id" FROM "events" WHERE "campaign_id" = NEW."id"))
      OR (ct."entity_kind" = 'response' AND ct."entity_id" IN (SELECT "id" FROM "responses" WHERE "campaign_id" = NEW."id"))
    )
  ) THEN
    RAISE EXCEPTION 'the campaign has % translations: that language cannot also be its original', NEW."original_locale"
      USING ERRCODE = '23505', CONSTRAINT = 'content_translations_not_original';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "campaigns_original_locale_free" BEFORE UPDATE OF "original_locale" ON "campaigns"
  FOR EACH ROW EXECUTE FUNCTION "campaigns_original_locale_free"();--> statement-breakpoint
-- Those records are retracted, never deleted; should one go all the same, its translations go with it, as a foreign key's ON DELETE CASCADE would take them.
CREATE FUNCTION "content_translations_forget"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "content_translations" WHERE "entity_kind" = TG_ARGV[0]::"content_kind" AND "entity_id" = OLD."id";
  RETURN OLD;
END
$$;--> statement-breakpoint
CREATE TRIGGER "content_translations_forget" AFTER DELETE ON "campaigns"
  FOR EACH ROW EXECUTE FUNCTION "content_translations_forget"('campaign');--> statement-breakpoint
CREATE TRIGGER "content_translations_forget" AFTER DELETE ON "asks"
  FOR EACH ROW EXECUTE FUNCTION "content_translations_forget"('ask');--> statement-breakpoint
CREATE TRIGGER "content_translations_forget" AFTER DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION "content_translations_forget"('event');--> statement-breakpoint
CREATE TRIGGER "content_translations_forget" AFTER DELETE ON "responses"
  FOR EACH ROW EXECUTE FUNCTION "content_translations_forget"('response');
