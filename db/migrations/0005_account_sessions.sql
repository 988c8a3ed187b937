ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Accounts made before sign-up asked for a confirmed address could sign in: they keep that.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL;
