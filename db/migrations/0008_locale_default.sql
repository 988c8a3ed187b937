ALTER TABLE "follows" ALTER COLUMN "locale" SET DEFAULT 'en-GB';--> statement-breakpoint
ALTER TABLE "signatures" ALTER COLUMN "locale" SET DEFAULT 'en-GB';--> statement-breakpoint
UPDATE "follows" SET "locale" = 'en-GB' WHERE "locale" = 'en';--> statement-breakpoint
UPDATE "signatures" SET "locale" = 'en-GB' WHERE "locale" = 'en';
