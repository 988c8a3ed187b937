ALTER TYPE "public"."date_precision" ADD VALUE 'range';--> statement-breakpoint
ALTER TABLE "asks" ADD COLUMN "decision_end" date;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "occurred_end" date;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "sent_end" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "occurred_end" date;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "responded_end" date;--> statement-breakpoint
ALTER TABLE "asks" ADD CONSTRAINT "asks_decision_range" CHECK (("asks"."decision_precision"::text = 'range') = ("asks"."decision_end" IS NOT NULL) AND ("asks"."decision_end" IS NULL OR ("asks"."decision_on" IS NOT NULL AND "asks"."decision_end" > "asks"."decision_on")));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_occurred_range" CHECK (("events"."precision"::text = 'range') = ("events"."occurred_end" IS NOT NULL) AND ("events"."occurred_end" IS NULL OR ("events"."occurred_on" IS NOT NULL AND "events"."occurred_end" > "events"."occurred_on")));--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_sent_range" CHECK (("letters"."sent_precision"::text = 'range') = ("letters"."sent_end" IS NOT NULL) AND ("letters"."sent_end" IS NULL OR ("letters"."sent_on" IS NOT NULL AND "letters"."sent_end" > "letters"."sent_on")));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_occurred_range" CHECK (("positions"."precision"::text = 'range') = ("positions"."occurred_end" IS NOT NULL) AND ("positions"."occurred_end" IS NULL OR ("positions"."occurred_on" IS NOT NULL AND "positions"."occurred_end" > "positions"."occurred_on")));--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_responded_range" CHECK (("responses"."precision"::text = 'range') = ("responses"."responded_end" IS NOT NULL) AND ("responses"."responded_end" IS NULL OR ("responses"."responded_on" IS NOT NULL AND "responses"."responded_end" > "responses"."responded_on")));