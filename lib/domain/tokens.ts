import { createHash, randomBytes } from "node:crypto";

/*
 * Single-use links: the token goes into the e-mail, only its SHA-256 is stored, so a
 * copy of the database cannot be used to confirm anyone's signature.
 */

/** What a single-use link is for; db/schema.ts builds its enum from this list. */
export const TOKEN_PURPOSES = [
  "confirm_signature",
  "verify_email",
  "reset_password",
  "confirm_follow",
  "manage_subscriptions",
] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** 32 random bytes as base64url: 43 characters, safe in a URL path. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new random token and its hash. */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** What stands in a message shown to staff where its single-use link's token was. */
export const MASKED_TOKEN = "•••";

/**
 * The text with every token-shaped string replaced (by default with a note that it was
 * removed once sent): a message that has gone out keeps no working link in the outbox,
 * so the database never holds a usable token, and staff are shown none at all.
 */
export function redactTokens(text: string, replacement = "[removed once sent]"): string {
  // Slugs and words are lower case; a random token has capitals (all but 1 in 5 billion).
  return text
    .replace(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, (match) =>
      /[A-Z]/.test(match) ? replacement : match,
    )
    .replace(DATA_LINK_IN_TEXT, (_match, path: string) => `${path}${replacement}`);
}

/**
 * A link to what the site holds about an address (lib/server/data-link.ts): base64url,
 * longer than a single-use token. It is not single-use, so it is masked like one.
 */
export const DATA_LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{60,400}$/;
const DATA_LINK_IN_TEXT = /(\/your-data\/)[A-Za-z0-9_-]{60,400}/g;

/** Why an account's link (a new address to confirm, a password to reset) cannot be used. */
export const ACCOUNT_TOKEN_REFUSALS = {
  tokenUsed: "errors.account.tokenUsed",
  tokenExpired: "errors.account.tokenExpired",
  tokenInvalid: "errors.account.tokenInvalid",
} as const;
export type AccountTokenRefusal = keyof typeof ACCOUNT_TOKEN_REFUSALS;
