/*
 * One person, one signature per letter: addresses that reach the same mailbox are
 * compared in a normalised form. The address as typed is kept for sending; only the
 * normalised form is used for uniqueness and rate limits.
 */

/** Where a message in the outbox stands; db/schema.ts builds its enum from this list. */
export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** Domains whose mailboxes ignore dots in the local part; the value is the canonical domain. */
const DOTLESS_DOMAINS: Record<string, string> = {
  "gmail.com": "gmail.com",
  "googlemail.com": "gmail.com",
};

/**
 * The form of an e-mail address used to tell whether two addresses are one mailbox:
 * lower case, without a "+tag", and for Gmail without dots and with googlemail.com
 * folded into gmail.com. Dots elsewhere are significant and kept.
 */
export function normaliseEmail(address: string): string {
  const email = address.normalize("NFC").trim().toLowerCase();
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1).replace(/\.$/, "");

  // "+tag" sub-addressing; a local part that is only a tag is left alone.
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);

  const canonical = DOTLESS_DOMAINS[domain];
  if (canonical) {
    domain = canonical;
    const dotless = local.replace(/\./g, "");
    if (dotless !== "") local = dotless;
  }
  return `${local}@${domain}`;
}

/**
 * An address as a server log may show it: enough to tell messages apart, not enough to
 * write to ("m…@example.net").
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "…";
  return `${address.slice(0, 1)}…${address.slice(at)}`;
}

/** Text (a mail server's error, say) with every e-mail address in it masked (maskAddress). */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[^\s<>"'(),;:@]+/g, maskAddress);
}
