import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { normaliseEmail } from "@/lib/domain/email";
import { type Locale, localePath } from "@/lib/domain/locales";
import { DATA_LINK_TOKEN_PATTERN } from "@/lib/domain/tokens";
import { yourDataPath } from "@/lib/domain/urls";
import { derivedKey } from "./secrets";

/*
 * The link to what the site holds about an e-mail address, carried by every e-mail the
 * site sends (lib/mail/mail-text.ts) and by the e-mail the "your data" page sends on
 * request. Only the mailbox it went to has it, so opening it proves as much as a
 * confirmation link does. It is sealed rather than stored: the address and an expiry,
 * encrypted and authenticated with a key derived from AUTH_SECRET (AES-256-GCM), so a
 * link in every e-mail costs no row in the database, and nobody can make one for an
 * address, or read the address out of one, without the secret.
 */

/** How long a link works; an expired one leads to the page that sends a fresh one. */
export const DATA_LINK_TTL_MS = 14 * 24 * 60 * 60 * 1000;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The token for `address`, working until `now` + DATA_LINK_TTL_MS. */
export function dataLinkToken(address: string, now: Date = new Date()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("data-link"), iv);
  const plain = JSON.stringify({
    a: address.trim(),
    x: Math.floor((now.getTime() + DATA_LINK_TTL_MS) / 1000),
  });
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

/** The whole link, on the site's public address, to the page in the recipient's language. */
export function dataLink(
  address: string,
  { siteUrl, now, locale }: { siteUrl: string; now?: Date; locale: Locale },
): string {
  return `${siteUrl}${localePath(locale, yourDataPath(dataLinkToken(address, now)))}`;
}

/** What a link says: the address it was sent to, and whether it still works. */
export type DataLinkClaim = {
  /** As the e-mail was addressed. */
  address: string;
  /** As signatures are matched (lib/domain/email.ts). */
  normalised: string;
  expiresAt: Date;
  expired: boolean;
};

/** Opens a token; null when it was not made with this site's secret or was altered. */
export function readDataLinkToken(token: string, now: Date = new Date()): DataLinkClaim | null {
  if (!DATA_LINK_TOKEN_PATTERN.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("data-link"), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
    const { a, x } = JSON.parse(plain) as { a?: unknown; x?: unknown };
    if (typeof a !== "string" || typeof x !== "number") return null;
    const expiresAt = new Date(x * 1000);
    return { address: a, normalised: normaliseEmail(a), expiresAt, expired: expiresAt <= now };
  } catch {
    // A wrong key or an altered token fails authentication.
    return null;
  }
}
