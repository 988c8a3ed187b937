import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/db/config";

/**
 * Makes sure AUTH_SECRET is set: a missing one is generated once and kept beside the
 * data, so sessions survive restarts. Returns where it came from, for the log.
 */
export function ensureAuthSecret(): "environment" | "generated" | "file" {
  if (process.env.AUTH_SECRET) return "environment";
  const file = path.join(dataDir(), "auth-secret");
  if (fs.existsSync(file)) {
    process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
    return "file";
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process (a script, a test worker) wrote it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
    return "file";
  }
  process.env.AUTH_SECRET = secret;
  return "generated";
}

/** What a key derived from AUTH_SECRET is for: each use gets a key of its own. */
export type SecretPurpose = "pseudonym" | "data-link";

/** Keys already derived, with the secret they came from: signing in a rush derives none. */
const derived = new Map<SecretPurpose, { secret: string; key: Buffer }>();

/**
 * A 32-byte key for one purpose, derived from AUTH_SECRET (HKDF-SHA-256), which is made
 * sure of first. Every instance with the same AUTH_SECRET derives the same key.
 */
export function derivedKey(purpose: SecretPurpose): Buffer {
  ensureAuthSecret();
  const secret = process.env.AUTH_SECRET!;
  const known = derived.get(purpose);
  if (known?.secret === secret) return known.key;
  const key = Buffer.from(hkdfSync("sha256", secret, "answerable", purpose, 32));
  derived.set(purpose, { secret, key });
  return key;
}

/**
 * A stand-in for a piece of personal data (an e-mail address, an IP address) where only
 * "the same one again" matters, as in rate-limit keys: a keyed hash, so a copy of the
 * database cannot be reversed by hashing a list of likely addresses.
 */
export function pseudonym(value: string): string {
  return createHmac("sha256", derivedKey("pseudonym")).update(value, "utf8").digest("hex").slice(0, 32);
}

export function authSecretFile(): string {
  return path.join(dataDir(), "auth-secret");
}

/**
 * The secret unsubscribe links are signed with: AUTH_SECRET, which every instance shares
 * (ensureAuthSecret makes sure it is set). Changing it invalidates the links in e-mails
 * already sent; the manage page still reaches every subscription.
 */
export function linkSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return secret;
}
