ALTER TABLE "email_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."status" = 'pending';--> statement-breakpoint
-- Sent messages are not due again; failed ones with attempts left (the old limit was 5) wait for a retry now, the rest stay given up.
UPDATE "email_outbox" SET "next_attempt_at" = NULL WHERE "status" = 'sent' OR ("status" = 'failed' AND "attempts" >= 5);--> statement-breakpoint
UPDATE "email_outbox" SET "status" = 'pending', "next_attempt_at" = now() WHERE "status" = 'failed' AND "attempts" < 5;
