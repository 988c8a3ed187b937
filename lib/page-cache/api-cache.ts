import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { PUBLIC_REVALIDATE_SECONDS } from "@/lib/domain/cache-tags";
import { API_V1_PATH } from "@/lib/domain/urls";
import { securityHeaders } from "@/lib/server/security-headers";
import { type Entry, type PageCacheStore, pageCacheStore } from "./handler.mjs";

/*
 * The public JSON API's responses in the page cache. lib/api/respond.ts stores each 200
 * response under its address, tagged like the page that shows the same data, so the same
 * writes expire both; scripts/start.ts answers a fresh one straight from here (as it does
 * pages, lib/page-cache/fast-path.ts) without going through Next. Both sides read the
 * address the same way (apiCacheKey) and send the same stored headers.
 */

/** Marks an API response among the cache's entries. */
const KIND = "ANSWERABLE_API_JSON";

/** Any site may read the public API from a browser; nothing is sent with credentials. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

/**
 * Browsers keep a response a minute, shared caches (CDNs) as long as the page cache
 * does; after that both ask again with If-None-Match and get a 304 when nothing changed.
 */
export const API_CACHE_CONTROL = `public, max-age=60, s-maxage=${PUBLIC_REVALIDATE_SECONDS}, stale-while-revalidate=60`;

export type ApiCacheValue = {
  kind: typeof KIND;
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
};

/** The ETag of a body: its hash, as the page fast path makes them. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether an If-None-Match header names this ETag (or any, with "*"). */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * The cache key of an API address (path and query, as a URL parser spells them), or null
 * when it is not one the cache keeps: outside the API, with a trailing slash, or with a
 * percent-encoded path (which could spell a cached path another way).
 */
export function apiCacheKey(url: URL): string | null {
  const { pathname, search } = url;
  if (!pathname.startsWith(`${API_V1_PATH}/`) || pathname.endsWith("/") || pathname.includes("%"))
    return null;
  return `answerable-api:${pathname}${search}`;
}

/** Stores a 200 response under its key, expired by `tags` like a page, and at the page's revalidate time. */
export function storeApiResponse(
  key: string,
  {
    body,
    etag,
    headers,
    tags,
  }: { body: Buffer; etag: string; headers: Record<string, string>; tags: string[] },
  store: PageCacheStore = pageCacheStore(),
): void {
  const value: ApiCacheValue = { kind: KIND, body, etag, headers };
  store.write(key, value, { tags, cacheControl: { revalidate: PUBLIC_REVALIDATE_SECONDS } });
}

/** The fresh response stored under key: none of its tags expired, within its revalidate time. */
export function freshApiResponse(
  key: string,
  store: PageCacheStore = pageCacheStore(),
  now = Date.now(),
): (ApiCacheValue & { entry: Entry }) | null {
  const entry = store.read(key);
  if (entry?.value?.kind !== KIND) return null;
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || now >= entry.lastModified + revalidate * 1000) return null;
  return { ...(entry.value as ApiCacheValue), entry };
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers["accept-encoding"];
  return typeof header === "string" && /\bgzip\b/.test(header) && !/\bgzip;\s*q=0(?:\.0*)?\b/.test(header);
}

/**
 * Answers a GET or HEAD for an API address from the cache and returns true, or returns
 * false for Next to answer (a miss, anything else).
 */
export function serveApiFromCache(
  req: IncomingMessage,
  res: ServerResponse,
  store: PageCacheStore = pageCacheStore(),
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const raw = req.url ?? "/";
  if (!raw.startsWith(`${API_V1_PATH}/`)) return false;
  let url: URL;
  try {
    url = new URL(raw, "http://localhost");
  } catch {
    return false;
  }
  const key = apiCacheKey(url);
  const hit = key === null ? null : freshApiResponse(key, store);
  if (!hit) return false;

  for (const [name, value] of Object.entries(securityHeaders(url.pathname))) res.setHeader(name, value);
  for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
  res.setHeader("ETag", hit.etag);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("x-nextjs-cache", "HIT");
  if (matchesEtag(req.headers["if-none-match"], hit.etag)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const gzip = acceptsGzip(req);
  let body = hit.body;
  if (gzip) {
    const derived = hit.entry.derived;
    if (!derived.has("gzip")) derived.set("gzip", gzipSync(hit.body));
    body = derived.get("gzip") as Buffer;
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.byteLength);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
