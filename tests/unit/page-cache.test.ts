import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { getRouteCacheKey, type ResponseCacheOwner } from "next/dist/server/lib/route-cache-key";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTags } from "@/lib/domain/cache-tags";
import { msToNextQuarterHour, startDayRolloverTimer } from "@/lib/page-cache/day-rollover";
import { serveFromPageCache } from "@/lib/page-cache/fast-path";
import PageCacheHandler, {
  PageCacheStore,
  pageCacheStore,
  pagePathOfKey,
  SEARCH_RESULTS_TAG,
} from "@/lib/page-cache/handler.mjs";
import { publicPageAddress } from "@/lib/page-cache/missing-pages";
import { payloads, startTagFeed } from "@/lib/page-cache/notify";
import { contentSecurityPolicy } from "@/lib/server/security-headers";

/*
 * Keys as Next makes them for the cache handler (incremental-cache calls this very
 * function), so a Next upgrade that changes their shape fails here, before any build.
 * tests/e2e/page-cache-contract.spec.ts checks the same contract against `next build`.
 */
const appPageKey = (pathname: string, sourceRoute: string) =>
  getRouteCacheKey(pathname, { kind: "APP_PAGE", sourceRoute } as unknown as ResponseCacheOwner);
const routeKey = (pathname: string, sourceRoute: string) =>
  getRouteCacheKey(pathname, { kind: "APP_ROUTE", sourceRoute } as unknown as ResponseCacheOwner);

/*
 * Every page is under a language segment (app/[locale]): the English campaign page at
 * /campaigns/icnk is rendered and cached under /en-GB/campaigns/icnk, the Korean one under
 * /ko/campaigns/icnk.
 */
const PAGE = "/en-GB/campaigns/icnk";
const KEY = appPageKey(PAGE, "/[locale]/(public)/campaigns/[slug]/page");
const KO_KEY = appPageKey("/ko/campaigns/icnk", "/[locale]/(public)/campaigns/[slug]/page");
const HOME_KEY = appPageKey("/en-GB", "/[locale]/(public)/page");
/** Another page's key, for the size limit's tests. */
const keyOf = (pathname: string) => appPageKey(pathname, "/[locale]/(public)/organisations/[slug]/page");

function page(html: string, tags: string[], status = 200) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags.join(",") },
    status,
  };
}

const tenMinutes = { cacheControl: { revalidate: 600, expire: 31_536_000 } };

describe("page cache store", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-11-28T12:00:00Z"), toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("knows which request path an app page's cache key stands for", () => {
    expect(pagePathOfKey(KEY)).toBe(PAGE);
    expect(pagePathOfKey(KO_KEY)).toBe("/ko/campaigns/icnk");
    expect(pagePathOfKey(HOME_KEY)).toBe("/en-GB");
    expect(pagePathOfKey(appPageKey("/ko", "/[locale]/(public)/page"))).toBe("/ko");
    expect(
      pagePathOfKey(
        appPageKey(
          "/en-GB/campaigns/icnk/letters/march",
          "/[locale]/(public)/campaigns/[slug]/letters/[letterSlug]/page",
        ),
      ),
    ).toBe("/en-GB/campaigns/icnk/letters/march");
    // Next spells a page at /index as /index/index, so it cannot be mistaken for the home page.
    expect(pagePathOfKey(appPageKey("/index", "/(public)/index/page"))).toBe("/index");
    expect(
      pagePathOfKey(routeKey("/campaigns/icnk/feed.xml", "/(public)/campaigns/[slug]/feed.xml/route")),
    ).toBeNull();
    // A data-cache key (unstable_cache, fetch) is a hash, never a page.
    expect(pagePathOfKey("4f2a9c")).toBeNull();
  });

  it("serves a page until a write expires one of its tags, and pages stored just after it too", () => {
    const store = new PageCacheStore(1024 * 1024);
    store.write(KEY, page("<p>67 organisations</p>", ["campaign:icnk", "campaign-list"]), tenMinutes);
    expect(store.freshPage(PAGE)?.value.html).toBe("<p>67 organisations</p>");

    vi.setSystemTime(Date.now() + 5_000);
    store.expireTags(["organisation:csw"]);
    expect(store.freshPage(PAGE)).not.toBeNull();

    store.expireTags(["campaign:icnk"]);
    expect(store.freshPage(PAGE)).toBeNull();
    expect(store.entries.has(KEY)).toBe(false);

    // A render that started before the write may finish just after it: not trusted.
    vi.setSystemTime(Date.now() + 500);
    store.write(KEY, page("<p>maybe stale</p>", ["campaign:icnk"]), tenMinutes);
    expect(store.freshPage(PAGE)).toBeNull();

    vi.setSystemTime(Date.now() + 1_000);
    store.write(KEY, page("<p>68 organisations</p>", ["campaign:icnk"]), tenMinutes);
    expect(store.freshPage(PAGE)?.value.html).toBe("<p>68 organisations</p>");
  });

  it("stops serving a page from the fast path once its revalidate time has passed", () => {
    const store = new PageCacheStore(1024 * 1024);
    store.write(KEY, page("<p>day 1</p>", []), tenMinutes);
    expect(store.freshPage(PAGE, Date.now() + 599_000)).not.toBeNull();
    expect(store.freshPage(PAGE, Date.now() + 600_000)).toBeNull();
    // Next still gets the entry, to serve it stale while it renders a new one.
    expect(store.read(KEY)).not.toBeNull();
  });

  it("never serves a not-found or error page from the fast path", () => {
    const store = new PageCacheStore(1024 * 1024);
    store.write(KEY, page("<p>Page not found</p>", [], 404), tenMinutes);
    expect(store.freshPage(PAGE)).toBeNull();
  });

  it("expires everything when told a notification may have been missed", () => {
    const store = new PageCacheStore(1024 * 1024);
    store.write(KEY, page("<p>a</p>", ["campaign:icnk"]), tenMinutes);
    store.expireAll();
    expect(store.freshPage(PAGE)).toBeNull();
  });

  it("evicts the least recently used entries beyond its size", () => {
    const store = new PageCacheStore(3000);
    const html = "x".repeat(800);
    store.write(keyOf("/a"), page(html, []), tenMinutes);
    store.write(keyOf("/b"), page(html, []), tenMinutes);
    expect(store.freshPage("/a")).not.toBeNull(); // a is now the most recently used
    store.write(keyOf("/c"), page(html, []), tenMinutes);
    expect(store.freshPage("/b")).toBeNull();
    expect(store.freshPage("/a")).not.toBeNull();
    expect(store.freshPage("/c")).not.toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(3000);
  });

  it("keeps search results within a cap of their own, so a flood of searches leaves other pages cached", () => {
    const store = new PageCacheStore(100_000, 3000);
    const html = "x".repeat(800);
    store.write(KEY, page("<h1>ICNK</h1>", ["campaign:icnk"]), tenMinutes);
    for (let i = 0; i < 50; i++)
      store.write(keyOf(`/search-${i}`), page(html, [SEARCH_RESULTS_TAG]), tenMinutes);
    expect(store.searchResultsBytes).toBeLessThanOrEqual(3000);
    expect(store.searchResults.size).toBe(2);
    // The newest searches are kept, the oldest evicted, and the campaign page is untouched.
    expect(store.freshPage("/search-49")).not.toBeNull();
    expect(store.freshPage("/search-0")).toBeNull();
    expect(store.freshPage(PAGE)).not.toBeNull();
    // A search result read again is the last to go.
    expect(store.freshPage("/search-48")).not.toBeNull();
    store.write(keyOf("/search-50"), page(html, [SEARCH_RESULTS_TAG]), tenMinutes);
    expect(store.freshPage("/search-48")).not.toBeNull();
    expect(store.freshPage("/search-49")).toBeNull();
    expect(store.bytes).toBe(store.entries.get(KEY)!.size + store.searchResultsBytes);
  });

  it("tags search results with the tag the public queries give them", () => {
    expect(SEARCH_RESULTS_TAG).toBe(cacheTags.searchResults);
  });

  it("as Next's cache handler, expires cached data by the tags Next asks with", async () => {
    const handler = new PageCacheHandler();
    const data = {
      kind: "FETCH",
      data: { body: "[1,2,3]", headers: {}, url: "" },
      revalidate: 600,
      tags: [],
    };
    const ctx = { kind: "FETCH", tags: ["letter:icnk/march"], softTags: ["_N_T_/layout"] };
    await handler.set("data-key", data, { fetchCache: true, tags: ["letter:icnk/march"] });
    expect((await handler.get("data-key", ctx))?.value).toEqual(data);
    await handler.revalidateTag("letter:icnk/march");
    expect(await handler.get("data-key", ctx)).toBeNull();
    expect(handler.store).toBe(pageCacheStore());
  });
});

describe("serving from the page cache", () => {
  let server: Server;
  let base: string;
  const store = new PageCacheStore(1024 * 1024);
  const next = vi.fn();

  beforeEach(async () => {
    next.mockReset();
    server = createServer((req, res) => {
      if (serveFromPageCache(req, res, store)) return;
      next(req.url);
      res.end("from next");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store.write(KEY, page("<h1>ICNK</h1>", ["campaign:icnk"]), tenMinutes);
  });
  afterEach(() => server.close());

  it("answers a signatory list's search from the view it was cached under", async () => {
    const list = "/campaigns/icnk/letters/march/signatories";
    const viewKey = appPageKey(
      `/en-GB${list}/individuals.3.${Buffer.from("kim").toString("base64url")}`,
      "/[locale]/(public)/campaigns/[slug]/letters/[letterSlug]/signatories/[view]/page",
    );
    store.write(viewKey, page("<h1>Kim, page 3</h1>", ["letter:icnk/march", SEARCH_RESULTS_TAG]), tenMinutes);
    const response = await fetch(`${base}${list}?kind=individuals&q=%20kim%20&page=3`);
    expect(await response.text()).toBe("<h1>Kim, page 3</h1>");
    // Another page of the same search is another view, rendered by Next.
    await fetch(`${base}${list}?kind=individuals&q=kim&page=4`);
    expect(next).toHaveBeenCalledTimes(1);
    store.expireTags(["letter:icnk/march"]);
    await fetch(`${base}${list}?kind=individuals&q=kim&page=3`);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it("answers a plain page read itself, as Next would for a cache hit", async () => {
    const response = await fetch(`${base}/campaigns/icnk`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<h1>ICNK</h1>");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("s-maxage=600, stale-while-revalidate=31535400");
    expect(response.headers.get("x-next-cache-tags")).toBeNull();
    expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy("/campaigns/icnk"));
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(next).not.toHaveBeenCalled();
  });

  it("compresses for clients that accept gzip and answers a matching ETag with 304", async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve) => {
      import("node:http").then(({ get }) =>
        get(`${base}/campaigns/icnk`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () =>
            resolve({
              encoding: res.headers["content-encoding"],
              body: Buffer.concat(chunks),
              etag: res.headers.etag,
            }),
          );
        }),
      );
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("<h1>ICNK</h1>");
    const again = await fetch(`${base}/campaigns/icnk`, { headers: { "if-none-match": raw.etag! } });
    expect(again.status).toBe(304);
  });

  it("leaves client navigations, other paths and expired pages to Next", async () => {
    await fetch(`${base}/campaigns/icnk`, { headers: { rsc: "1" } });
    await fetch(`${base}/campaigns/icnk?_rsc=abc`);
    await fetch(`${base}/campaigns/icnk`, { method: "POST", body: "x" });
    await fetch(`${base}/staff`);
    await fetch(`${base}/campaigns/other`);
    store.expireTags(["campaign:icnk"]);
    await fetch(`${base}/campaigns/icnk`);
    expect(next).toHaveBeenCalledTimes(6);
  });
});

describe("serving each language's page from the page cache", () => {
  let server: Server;
  let base: string;
  const store = new PageCacheStore(1024 * 1024);
  const next = vi.fn();
  const read = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });

  beforeEach(async () => {
    next.mockReset();
    server = createServer((req, res) => {
      if (serveFromPageCache(req, res, store)) return;
      next(req.url);
      res.end("from next");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store.write(KEY, page("<h1>ICNK</h1>", ["campaign:icnk"]), tenMinutes);
    store.write(KO_KEY, page("<h1>ICNK (한국어)</h1>", ["campaign:icnk"]), tenMinutes);
    store.write(HOME_KEY, page("<h1>Home</h1>", ["campaign-list"]), tenMinutes);
    store.write(
      appPageKey("/ko", "/[locale]/(public)/page"),
      page("<h1>홈</h1>", ["campaign-list"]),
      tenMinutes,
    );
  });
  afterEach(() => server.close());

  it("answers an unprefixed address with the English page and a /ko address with the Korean one", async () => {
    expect(await (await read("/campaigns/icnk")).text()).toBe("<h1>ICNK</h1>");
    expect(await (await read("/ko/campaigns/icnk")).text()).toBe("<h1>ICNK (한국어)</h1>");
    expect(await (await read("/")).text()).toBe("<h1>Home</h1>");
    expect(await (await read("/ko")).text()).toBe("<h1>홈</h1>");
    // A Korean visitor who chose English keeps the unprefixed pages; the URL chooses Korean.
    expect(await (await read("/campaigns/icnk", { cookie: "NEXT_LOCALE=en-GB" })).text()).toBe(
      "<h1>ICNK</h1>",
    );
    expect(await (await read("/ko/campaigns/icnk", { cookie: "NEXT_LOCALE=en-GB" })).text()).toBe(
      "<h1>ICNK (한국어)</h1>",
    );
    expect(next).not.toHaveBeenCalled();
  });

  it("leaves to Next an unprefixed address when the visitor chose Korean, so the proxy can redirect", async () => {
    await read("/campaigns/icnk", { cookie: "theme=dark; NEXT_LOCALE=ko" });
    await read("/", { cookie: "NEXT_LOCALE=ko", "sec-fetch-site": "none" });
    expect(next.mock.calls).toEqual([["/campaigns/icnk"], ["/"]]);
    // A link followed on this site to the English page means it: served from the cache.
    const followed = await read("/campaigns/icnk", {
      cookie: "NEXT_LOCALE=ko",
      "sec-fetch-site": "same-origin",
    });
    expect(await followed.text()).toBe("<h1>ICNK</h1>");
  });

  it("never serves the internal /en-GB/… addresses, nor Korean staff and account pages", async () => {
    await read("/en-GB/campaigns/icnk");
    await read("/en-GB");
    await read("/ko/staff");
    await read("/ko/account");
    expect(next).toHaveBeenCalledTimes(4);
  });

  it("answers a Korean signatory list's search from the Korean view", async () => {
    const list = "/campaigns/icnk/letters/march/signatories";
    const sourceRoute = "/[locale]/(public)/campaigns/[slug]/letters/[letterSlug]/signatories/[view]/page";
    store.write(appPageKey(`/ko${list}/individuals.2`, sourceRoute), page("<h1>2쪽</h1>", []), tenMinutes);
    store.write(
      appPageKey(`/en-GB${list}/individuals.2`, sourceRoute),
      page("<h1>Page 2</h1>", []),
      tenMinutes,
    );
    expect(await (await read(`/ko${list}?kind=individuals&page=2`)).text()).toBe("<h1>2쪽</h1>");
    expect(await (await read(`${list}?kind=individuals&page=2`)).text()).toBe("<h1>Page 2</h1>");
    expect(next).not.toHaveBeenCalled();
  });
});

describe("sharing expiry between instances", () => {
  it("splits long tag lists into payloads NOTIFY accepts", () => {
    const tags = Array.from({ length: 600 }, (_, i) => `organisation:organisation-number-${i}`);
    const parts = payloads("instance", tags);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length < 8000)).toBe(true);
    expect(parts.flatMap((p) => JSON.parse(p).tags)).toEqual(tags);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "a write on one instance expires the page on another, over PostgreSQL",
    async () => {
      const connectionString = process.env.DATABASE_URL!;
      const [a, b] = [new PageCacheStore(1024 * 1024), new PageCacheStore(1024 * 1024)];
      const feedA = startTagFeed({ connectionString, store: a, log: () => {} });
      const feedB = startTagFeed({ connectionString, store: b, log: () => {} });
      try {
        await Promise.all([feedA.ready, feedB.ready]);
        await new Promise((resolve) => setTimeout(resolve, 1100)); // past the start-up flush
        b.write(KEY, page("<p>67</p>", ["campaign:icnk"]), tenMinutes);
        b.write(HOME_KEY, page("<p>home</p>", ["campaign-list"]), tenMinutes);
        expect(b.freshPage(PAGE)).not.toBeNull();

        a.expireTags(["campaign:icnk"]); // what Next's revalidateTag does on instance A
        await vi.waitFor(() => expect(b.freshPage(PAGE)).toBeNull(), { timeout: 5000 });
        expect(b.freshPage("/en-GB")).not.toBeNull();
      } finally {
        await Promise.all([feedA.stop(), feedB.stop()]);
      }
    },
  );
});

describe("day rollover", () => {
  afterEach(() => vi.useRealTimers());

  it("finds the next quarter hour, when every time zone's dates turn", () => {
    expect(msToNextQuarterHour(Date.parse("2026-11-28T14:59:59.000Z"))).toBe(1000);
    expect(msToNextQuarterHour(Date.parse("2026-11-28T15:00:00.000Z"))).toBe(15 * 60 * 1000);
    expect(msToNextQuarterHour(Date.parse("2026-11-28T15:07:30.000Z"))).toBe(7.5 * 60 * 1000);
  });

  it("expires every public page just after midnight in Seoul (15:00 UTC), with no write", () => {
    vi.useFakeTimers({ now: new Date("2026-11-28T14:50:00Z") });
    const store = new PageCacheStore(1024 * 1024);
    store.write(
      KEY,
      page("<p>No response for 2,555 days</p>", ["campaign:icnk", "day-rollover"]),
      tenMinutes,
    );
    const timer = startDayRolloverTimer(store);
    try {
      vi.advanceTimersByTime(9 * 60 * 1000);
      expect(store.freshPage(PAGE)).not.toBeNull();
      vi.advanceTimersByTime(62 * 1000); // 15:00:02 UTC = 00:00:02 in Seoul
      expect(store.freshPage(PAGE)).toBeNull();
    } finally {
      timer.stop();
    }
  });
});

describe("missing public pages", () => {
  it("knows which public pages are about a campaign, a letter or an organisation", () => {
    expect(publicPageAddress("/campaigns/icnk")).toEqual({ kind: "campaign", campaignSlug: "icnk" });
    expect(publicPageAddress("/campaigns/icnk/timeline")).toEqual({ kind: "campaign", campaignSlug: "icnk" });
    expect(publicPageAddress("/campaigns/icnk/letters/march")).toEqual({
      kind: "letter",
      campaignSlug: "icnk",
      letterSlug: "march",
    });
    expect(publicPageAddress("/campaigns/icnk/letters/march/print")).toMatchObject({ kind: "letter" });
    expect(publicPageAddress("/organisations/csw")).toEqual({
      kind: "organisation",
      organisationSlug: "csw",
    });
    expect(publicPageAddress("/campaigns/icnk/letters/march/signatories")).toMatchObject({ kind: "letter" });
    expect(publicPageAddress("/campaigns/icnk/letters/march/sign")).toMatchObject({ kind: "letter" });
    expect(publicPageAddress("/campaigns/icnk/letters/march/other")).toBeNull();
    expect(publicPageAddress("/")).toBeNull();
    expect(publicPageAddress("/staff/campaigns/1")).toBeNull();
  });
});
