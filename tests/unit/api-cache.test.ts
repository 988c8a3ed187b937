import { once } from "node:events";
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  API_CACHE_CONTROL,
  apiCacheKey,
  CORS_HEADERS,
  etagOf,
  matchesEtag,
  serveApiFromCache,
  storeApiResponse,
} from "@/lib/page-cache/api-cache";
import { PageCacheStore } from "@/lib/page-cache/handler.mjs";

/*
 * The API's answers in the page cache, as `npm start` serves them: by the address as a
 * URL parser spells it, with the stored headers, 304 for a known ETag, gzip when asked,
 * and never once a tag of theirs is expired or their revalidate time is past.
 */

const PATH = "/api/v1/campaigns/icnk";
const key = (address: string) => apiCacheKey(new URL(address, "http://localhost"))!;

function store(target: PageCacheStore, address: string, body: string, tags: string[]) {
  const bytes = Buffer.from(body);
  storeApiResponse(
    key(address),
    {
      body: bytes,
      etag: etagOf(bytes),
      headers: {
        ...CORS_HEADERS,
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": API_CACHE_CONTROL,
      },
      tags,
    },
    target,
  );
}

describe("API cache keys", () => {
  it("keeps API addresses only, spelled one way", () => {
    expect(key(`${PATH}?page=2`)).toBe(`answerable-api:${PATH}?page=2`);
    expect(apiCacheKey(new URL("http://localhost/campaigns/icnk"))).toBeNull();
    expect(apiCacheKey(new URL(`http://localhost${PATH}/`))).toBeNull();
    expect(apiCacheKey(new URL("http://localhost/api/v1/campaigns/%ED%95%9C"))).toBeNull();
    // A space in the query is spelled as the route handler's URL spells it.
    expect(key(`${PATH}?q=a b`)).toBe(key(`${PATH}?q=a%20b`));
  });

  it("matches an ETag in If-None-Match, in a list, weak, or as *", () => {
    expect(matchesEtag('"a", "b"', '"b"')).toBe(true);
    expect(matchesEtag('W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"c"', '"b"')).toBe(false);
    expect(matchesEtag(null, '"b"')).toBe(false);
  });
});

describe("serving API responses from the page cache", () => {
  let server: Server;
  let base: string;
  let cache: PageCacheStore;
  const next = vi.fn();

  beforeEach(async () => {
    next.mockReset();
    cache = new PageCacheStore(1024 * 1024);
    server = createServer((req, res) => {
      if (serveApiFromCache(req, res, cache)) return;
      next(req.url);
      res.end("from next");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store(cache, PATH, '{"campaign":"icnk"}', ["campaign:icnk", "day-rollover"]);
  });
  afterEach(() => {
    server.close();
    vi.useRealTimers();
  });

  it("answers a fresh one with its stored headers and ETag, and 304 for that ETag", async () => {
    const response = await fetch(`${base}${PATH}`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"campaign":"icnk"}');
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(API_CACHE_CONTROL);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const etag = response.headers.get("etag")!;
    expect(etag).toBe(etagOf('{"campaign":"icnk"}'));
    const again = await fetch(`${base}${PATH}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(next).not.toHaveBeenCalled();
  });

  it("compresses for clients that accept gzip", async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      get(`${base}${PATH}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
      });
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe('{"campaign":"icnk"}');
  });

  it("leaves misses, other methods, expired and stale answers to Next", async () => {
    await fetch(`${base}${PATH}?page=2`);
    await fetch(`${base}${PATH}`, { method: "POST", body: "x" });
    await fetch(`${base}/campaigns/icnk`);
    expect(next).toHaveBeenCalledTimes(3);

    cache.expireTags(["campaign:icnk"]);
    await fetch(`${base}${PATH}`);
    expect(next).toHaveBeenCalledTimes(4);

    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    store(cache, PATH, '{"campaign":"icnk"}', ["targets"]);
    await fetch(`${base}${PATH}`);
    expect(next).toHaveBeenCalledTimes(4);
    vi.setSystemTime(Date.now() + 601_000);
    await fetch(`${base}${PATH}`);
    expect(next).toHaveBeenCalledTimes(5);
  });
});
