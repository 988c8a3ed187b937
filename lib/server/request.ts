/**
 * The client's address. `npm start` has replaced X-Forwarded-For with the one address
 * it resolved from the socket and the trusted proxies (lib/client-address.ts), so the
 * header holds a single entry here; under `next dev` it is whatever the client sent.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    if (hops.length > 0) return hops[hops.length - 1];
  }
  return "unknown";
}
