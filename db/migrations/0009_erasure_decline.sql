ALTER TYPE "public"."erasure_request_status" ADD VALUE 'declined';--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD COLUMN "locale" text DEFAULT 'en-GB' NOT NULL;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_reason_when_declined" CHECK (("erasure_requests"."decline_reason" IS NOT NULL) = ("erasure_requests"."status"::text = 'declined'));