CREATE TYPE "public"."erasure_request_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"status" "erasure_request_status" DEFAULT 'open' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"outcome" jsonb,
	CONSTRAINT "erasure_requests_email_while_open" CHECK (("erasure_requests"."status" = 'open') = ("erasure_requests"."email" IS NOT NULL) AND ("erasure_requests"."status" = 'open') = ("erasure_requests"."handled_at" IS NULL)),
	CONSTRAINT "erasure_requests_email_lowercase" CHECK ("erasure_requests"."email" = lower("erasure_requests"."email"))
);
--> statement-breakpoint
ALTER TABLE "signatures" DROP CONSTRAINT "signatures_web_individual_email";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "signature_id" uuid;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "retention_months" integer;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "personal_data_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "removed_on_request" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_open_email_key" ON "erasure_requests" USING btree ("email") WHERE "erasure_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "erasure_requests_status_requested_at_index" ON "erasure_requests" USING btree ("status","requested_at");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_signature_id_index" ON "email_outbox" USING btree ("signature_id");--> statement-breakpoint
CREATE INDEX "letters_retention_due_idx" ON "letters" USING btree ("closed_at") WHERE "letters"."personal_data_erased_at" IS NULL;--> statement-breakpoint
-- Letters closed before this migration: closed when the audit log says, else at their last change.
UPDATE "letters" SET "closed_at" = coalesce(
	(SELECT max("at") FROM "audit_log" WHERE "action" = 'letter.close' AND "entity_id" = "letters"."id"::text),
	"letters"."updated_at")
WHERE "status" = 'closed';--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_closed_at" CHECK (("letters"."status" = 'closed') = ("letters"."closed_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_retention_months" CHECK ("letters"."retention_months" IS NULL OR "letters"."retention_months" BETWEEN 0 AND 120);--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_removed_on_request" CHECK ("letters"."removed_on_request" >= 0);--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_web_individual_email" CHECK ("signatures"."kind" <> 'individual' OR "signatures"."source" <> 'web' OR "signatures"."email_normalised" IS NOT NULL OR "signatures"."erased_at" IS NOT NULL);