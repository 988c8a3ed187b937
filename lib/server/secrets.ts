import { randomBytes } from "node:crypto";
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
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  process.env.AUTH_SECRET = secret;
  return "generated";
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
