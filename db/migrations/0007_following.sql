CREATE TYPE "public"."delivery_source" AS ENUM('follow_campaign', 'follow_letter', 'signature');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sent', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."follow_level" AS ENUM('responses', 'all');--> statement-breakpoint
CREATE TYPE "public"."news_kind" AS ENUM('response', 'outcome', 'deadline_missed', 'letter_sent', 'event');--> statement-breakpoint
ALTER TYPE "public"."token_purpose" ADD VALUE 'confirm_follow';--> statement-breakpoint
ALTER TYPE "public"."token_purpose" ADD VALUE 'manage_subscriptions';--> statement-breakpoint
CREATE TABLE "follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"email_normalised" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"letter_id" uuid,
	"level" "follow_level" DEFAULT 'responses' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"news_id" uuid NOT NULL,
	"recipient_key" text NOT NULL,
	"record_key" text NOT NULL,
	"retraction" boolean NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" "delivery_source" NOT NULL,
	"follow_id" uuid,
	"signature_id" uuid,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"outbox_id" uuid,
	CONSTRAINT "notification_deliveries_source" CHECK (("notification_deliveries"."follow_id" IS NULL) <> ("notification_deliveries"."signature_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "notification_news" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"letter_id" uuid,
	"kind" "news_kind" NOT NULL,
	"record_id" uuid NOT NULL,
	"record_key" text NOT NULL,
	"retraction" boolean DEFAULT false NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fanned_out_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "email_tokens" DROP CONSTRAINT "email_tokens_subject";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD COLUMN "follow_id" uuid;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD COLUMN "email_normalised" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "notify_updates" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_news_id_notification_news_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."notification_news"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_follow_id_follows_id_fk" FOREIGN KEY ("follow_id") REFERENCES "public"."follows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_news" ADD CONSTRAINT "notification_news_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_news" ADD CONSTRAINT "notification_news_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_campaign_key" ON "follows" USING btree ("email_normalised","campaign_id") WHERE "follows"."letter_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_letter_key" ON "follows" USING btree ("email_normalised","letter_id") WHERE "follows"."letter_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "follows_campaign_id_index" ON "follows" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "follows_letter_id_index" ON "follows" USING btree ("letter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_deliveries_once_key" ON "notification_deliveries" USING btree ("recipient_key","record_key","retraction");--> statement-breakpoint
CREATE INDEX "notification_deliveries_pending_idx" ON "notification_deliveries" USING btree ("recipient_key","campaign_id") WHERE "notification_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notification_deliveries_sent_idx" ON "notification_deliveries" USING btree ("recipient_key","campaign_id","sent_at") WHERE "notification_deliveries"."status" = 'sent';--> statement-breakpoint
CREATE INDEX "notification_deliveries_news_id_index" ON "notification_deliveries" USING btree ("news_id");--> statement-breakpoint
CREATE INDEX "notification_deliveries_follow_id_index" ON "notification_deliveries" USING btree ("follow_id");--> statement-breakpoint
CREATE INDEX "notification_deliveries_signature_id_index" ON "notification_deliveries" USING btree ("signature_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_news_record_key" ON "notification_news" USING btree ("record_key","retraction");--> statement-breakpoint
CREATE INDEX "notification_news_unfanned_idx" ON "notification_news" USING btree ("created_at") WHERE "notification_news"."fanned_out_at" IS NULL;--> statement-breakpoint
CREATE INDEX "notification_news_campaign_id_index" ON "notification_news" USING btree ("campaign_id");--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_follow_id_follows_id_fk" FOREIGN KEY ("follow_id") REFERENCES "public"."follows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_tokens_follow_id_index" ON "email_tokens" USING btree ("follow_id");--> statement-breakpoint
CREATE INDEX "email_tokens_email_normalised_index" ON "email_tokens" USING btree ("email_normalised");--> statement-breakpoint
CREATE INDEX "signatures_news_idx" ON "signatures" USING btree ("letter_id","id") WHERE "signatures"."notify_updates" AND "signatures"."status" = 'confirmed' AND "signatures"."email_normalised" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_subject" CHECK ("email_tokens"."signature_id" IS NOT NULL OR "email_tokens"."user_id" IS NOT NULL OR "email_tokens"."follow_id" IS NOT NULL OR "email_tokens"."email_normalised" IS NOT NULL);