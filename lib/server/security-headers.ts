import { createHash } from "node:crypto";
import { splitLocalePath } from "@/lib/domain/locales";
import { EMBED_PATH_PREFIX } from "@/lib/domain/urls";

/*
 * The browser protections every response carries, built in one place. `npm start` sets
 * them on every response (lib/server/secure-response.ts): pages served by the page
 * cache's fast path, pages Next renders or serves from its cache, route handlers, error
 * pages and static files alike.
 *
 * Scripts: no 'unsafe-inline'. The inline scripts React and Next write into a page
 * (self.__next_f.push(…), the bootstrap) are the same for every visitor of a rendered
 * page, so a page is allowed exactly its own inline scripts by their SHA-256 hashes,
 * computed from the HTML as it is sent. A nonce could not work here: a cached page's HTML
 * is the same bytes for every request. Script files come from this origin ('self').
 *
 * Framing: no page may be framed (frame-ancestors 'none'), except under EMBED_PATH_PREFIX,
 * the one place meant to be embedded in other sites.
 */

/** Whether a request path (as sent) is an embed page, in any language (/embed/…, /ko/embed/…). */
export function isEmbedPath(pathname: string): boolean {
  return splitLocalePath(pathname).path.startsWith(EMBED_PATH_PREFIX);
}

/** Browser features the site never uses, denied to it and to anything it might frame. */
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "browsing-topics",
] as const;

/** The CSP hash sources of a page's inline scripts ('sha256-…'). */
export type InlineHashes = readonly string[];

export const NO_INLINE: InlineHashes = [];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The CSP hash sources of a page's inline <script> elements, each once, in page order.
 * The browser hashes a script's text exactly as written in the HTML (script is raw text:
 * no entities are decoded), which is what the regex captures.
 *
 * Styles get no such allowance: a <style> element that arrives with a client-side
 * navigation is judged by the first page's policy, which could not name it. Pages use
 * the stylesheet only, and the browser tests fail on any inline style.
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (!SRC_ATTRIBUTE.test(attributes!)) scripts.add(sha256(body!));
  }
  return [...scripts];
}

/** The Content-Security-Policy for a response at this path, allowing the given inline scripts. */
export function contentSecurityPolicy(pathname: string, inline: InlineHashes = NO_INLINE): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(pathname) ? "*" : "'none'"}`,
  ].join("; ");
}

/** Every security header of a response at this path (pages pass their inline hashes). */
export function securityHeaders(pathname: string, inline: InlineHashes = NO_INLINE): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(pathname, inline),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    "X-Content-Type-Options": "nosniff",
  };
  // For browsers that predate frame-ancestors.
  if (!isEmbedPath(pathname)) headers["X-Frame-Options"] = "DENY";
  return headers;
}
