import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * An unsubscribe link must work for years, from any mail client, with no sign-in: it
 * carries the subscription it stops (a follow, or a signature's notifications) and a MAC
 * of it under the site's secret, so nothing is stored and a link cannot be forged for
 * another subscription. 32 bytes, base64url: 43 characters, shaped like the single-use
 * tokens (lib/domain/tokens.ts), so the outbox masks it the same way once sent.
 */

/** What an unsubscribe link names: a follow, or a signature whose signer hears the letter's news. */
export type SubscriptionRef = { kind: "follow" | "signature"; id: string };

const REF_KIND_BYTE = { follow: 1, signature: 2 } as const;
const MAC_BYTES = 15;

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error("not a uuid");
  return Buffer.from(hex, "hex");
}

function bytesUuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mac(secret: string, body: Buffer): Buffer {
  return createHmac("sha256", `answerable unsubscribe v1\0${secret}`)
    .update(body)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** The token of a subscription's unsubscribe link. */
export function unsubscribeToken(ref: SubscriptionRef, secret: string): string {
  const body = Buffer.concat([Buffer.from([REF_KIND_BYTE[ref.kind]]), uuidBytes(ref.id)]);
  return Buffer.concat([body, mac(secret, body)]).toString("base64url");
}

/** The subscription a token names, or null when it is not one this site made. */
export function readUnsubscribeToken(token: string, secret: string): SubscriptionRef | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length !== 1 + 16 + MAC_BYTES) return null;
  const body = bytes.subarray(0, 17);
  if (!timingSafeEqual(bytes.subarray(17), mac(secret, body))) return null;
  const kind =
    body[0] === REF_KIND_BYTE.follow ? "follow" : body[0] === REF_KIND_BYTE.signature ? "signature" : null;
  return kind ? { kind, id: bytesUuid(body.subarray(1)) } : null;
}
