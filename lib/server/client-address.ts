import type { IncomingMessage } from "node:http";

/*
 * Who is asking, for rate limits and the audit log. `X-Forwarded-For` is written by
 * whoever sent the request: only the entries added by proxies we run can be believed.
 * `npm start` resolves the address once per request, from the socket and as many
 * trusted hops as TRUSTED_PROXY_HOPS says, and overwrites the header with it, so
 * nothing downstream (lib/request.ts, Next, Auth.js) ever reads a client-supplied value.
 */

/** Proxies in front of the app that append to X-Forwarded-For (0: clients connect directly). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  // A typo must not make a spoofable header trusted: anything but a small whole number is 0.
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) as "192.0.2.1". */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; behind N trusted
 * proxies, the entry each of them vouches for, counted from the right of the chain
 * (X-Forwarded-For's entries, then the socket's peer). Entries further left were
 * written by the client and are ignored.
 */
export function resolveClientAddress({
  remoteAddress,
  forwardedFor,
  trustedHops,
}: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const peer = remoteAddress ? plain(remoteAddress) : "unknown";
  if (trustedHops <= 0) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(plain)
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // A chain shorter than the trusted hops came past fewer proxies than configured:
  // its leftmost entry is still the nearest one a trusted hop wrote.
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** Replaces the request's X-Forwarded-For with the one address it resolves to. */
export function pinClientAddress(req: IncomingMessage, trustedHops: number): void {
  req.headers["x-forwarded-for"] = resolveClientAddress({
    remoteAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops,
  });
  delete req.headers["x-real-ip"];
}
