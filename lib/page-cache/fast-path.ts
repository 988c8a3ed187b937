import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { rememberedLocale, routeAddress } from "@/lib/domain/locale-routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "@/lib/domain/locales";
import { plainPageHtml } from "@/lib/server/plain-page";
import { inlineHashes, securityHeaders } from "@/lib/server/security-headers";
import { type Entry, type PageCacheStore, pageCacheStore } from "./handler.mjs";

/*
 * Serves a public page straight from the page cache when it holds a fresh copy: the same
 * bytes and headers Next would send for a cache hit, without the trip through the page
 * renderer. Anything else (a miss, a stale or expired page, a client-side navigation,
 * a request with a body, any non-page path) goes to Next, which renders, stores and
 * revalidates as usual. Fresh means: within the page's revalidate time and none of its
 * tags expired by a write, here or, with PostgreSQL, on another instance.
 */

/** Headers that make Next answer with something other than the page's HTML. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "x-prerender-revalidate",
] as const;

const VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** Paths never served from the page cache: Next's files, the API, and staff and account pages in any language. */
const EXCLUDED = new RegExp(
  `^(?:/(?:_next|api)|(?:/(?:${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join("|")}))?/(?:staff|account))(?:/|$)`,
);

/** The language control's cookie in a Cookie header. */
const LOCALE_COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

/** The language the visitor chose that this visit leads to (rememberedLocale), if any. */
export function cookieLocale(req: IncomingMessage) {
  const header = req.headers.cookie;
  return header
    ? rememberedLocale(LOCALE_COOKIE_VALUE.exec(header)?.[1], req.headers["sec-fetch-site"])
    : null;
}

const DEFAULT_EXPIRE_SECONDS = 31_536_000;

function derive<T>(entry: Entry, key: string, make: () => T): T {
  if (!entry.derived.has(key)) entry.derived.set(key, make());
  return entry.derived.get(key) as T;
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers["accept-encoding"];
  return typeof header === "string" && /\bgzip\b/.test(header) && !/\bgzip;\s*q=0(?:\.0*)?\b/.test(header);
}

/**
 * The request's path as sent (still percent-encoded) when the request is a plain page
 * read: GET or HEAD, for a page's HTML (no router headers, no _rsc), outside the
 * excluded paths, without a trailing slash (Next redirects those). Otherwise null.
 */
export function pageReadPath(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (query !== -1 && /(?:^|&)_rsc=/.test(url.slice(query + 1))) return null;
  if (EXCLUDED.test(pathname) || (pathname.length > 1 && pathname.endsWith("/"))) return null;
  return pathname;
}

/** The path to look up, or null when the request is not a plain page read of an unencoded path. */
export function cacheablePath(req: IncomingMessage): string | null {
  const pathname = pageReadPath(req);
  // A percent-encoded path is never looked up: it could spell a cached page's path another way.
  return pathname === null || pathname.includes("%") ? null : pathname;
}

/** Answers the request from the cache and returns true, or returns false for Next to answer. */
export function serveFromPageCache(
  req: IncomingMessage,
  res: ServerResponse,
  store: PageCacheStore = pageCacheStore(),
): boolean {
  const pathname = cacheablePath(req);
  if (pathname === null) return false;
  // The page is cached under the path proxy.ts serves it from: its language's (/en-GB/…
  // for an unprefixed address), and a signatory list's view under a path of its own.
  // Addresses the proxy redirects (/en-GB/…, or an unprefixed one when the visitor chose
  // another language) go to Next.
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const route = routeAddress(pathname, query === -1 ? "" : url.slice(query), cookieLocale(req));
  if ("redirect" in route) return false;
  const entry = store.freshPage(route.internal);
  if (!entry) return false;

  // As browsers get it: a plain page without Next's scripts (lib/server/plain-page.ts).
  const page = derive(entry, "page", () => plainPageHtml(entry.value.html as string));
  const html = derive(entry, "html", () => Buffer.from(page));
  const etag = derive(entry, "etag", () => `"${createHash("sha1").update(html).digest("base64url")}"`);
  // The page's security headers, its inline scripts' hashes included, computed once per entry.
  const security = derive(entry, "security", () =>
    Object.entries(securityHeaders(pathname, inlineHashes(page))),
  );
  const revalidate = entry.cacheControl?.revalidate as number;
  const expire = entry.cacheControl?.expire ?? DEFAULT_EXPIRE_SECONDS;

  for (const [name, value] of Object.entries(entry.value.headers ?? {})) {
    if (name.toLowerCase() !== "x-next-cache-tags" && value !== undefined)
      res.setHeader(name, value as string | string[]);
  }
  for (const [name, value] of security) res.setHeader(name, value);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Vary", VARY);
  res.setHeader("Cache-Control", `s-maxage=${revalidate}, stale-while-revalidate=${expire - revalidate}`);
  res.setHeader("ETag", etag);
  res.setHeader("x-nextjs-cache", "HIT");

  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? derive(entry, "gzip", () => gzipSync(html)) : html;
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.byteLength);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
