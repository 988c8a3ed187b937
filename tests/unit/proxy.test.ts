import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * proxy.ts: which addresses it sees (its matcher, as Next applies it) and what it does
 * with a page request: the language's page, a redirect, or the sign-in page.
 */

// Next's server runtime provides this global; next/server's modules expect it.
(globalThis as Record<string, unknown>).AsyncLocalStorage ??= AsyncLocalStorage;

type Proxy = typeof import("@/proxy");
type Testing = typeof import("next/experimental/testing/server");
let proxy: Proxy;
let testing: Testing;
let NextRequest: typeof import("next/server").NextRequest;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign tokens";
  [proxy, testing, { NextRequest }] = await Promise.all([
    import("@/proxy"),
    import("next/experimental/testing/server"),
    import("next/server"),
  ]);
});

async function run(
  path: string,
  { method = "GET", cookie, site }: { method?: string; cookie?: string; site?: string } = {},
) {
  const request = new NextRequest(`http://localhost${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(site ? { "sec-fetch-site": site } : {}) },
  });
  const response = (await proxy.default(request)) as import("next/server").NextResponse;
  return {
    status: response.status,
    location: response.headers.get("location"),
    rewrite: testing.getRewrittenUrl(response),
    locale: response.headers.get("x-middleware-request-x-next-intl-locale"),
  };
}

describe("the proxy's addresses", () => {
  it("sees every page address, and not the API, Next's files, the health check or the files at the root", () => {
    const matches = (url: string) => testing.unstable_doesMiddlewareMatch({ config: proxy.config, url });
    for (const url of [
      "/",
      "/ko",
      "/campaigns/x",
      "/ko/campaigns/x/letters/y/signatories",
      "/campaigns/x/feed.xml",
      "/calendar.ics",
      "/staff/letters",
      "/ko/staff",
      "/_answerable/not-found",
      "/apis",
      "/languages",
    ])
      expect(matches(url), url).toBe(true);
    for (const url of [
      "/api",
      "/api/me",
      "/api/v1/campaigns",
      "/_next/static/chunks/a.js",
      "/healthz",
      "/language",
      "/robots.txt",
      "/sitemap.xml",
      "/manifest.webmanifest",
      "/share-card.png",
      // Every file the site serves from public/, and the icons at the root of app/.
      ...readdirSync("public").map((name) => `/${name}`),
      ...readdirSync("app")
        .filter((name) => /^(favicon|icon|apple-icon)\./.test(name))
        .map((name) => `/${name}`),
    ])
      expect(matches(url), url).toBe(false);
    // An unknown file at the root is a 404 page, in its language.
    expect(matches("/wp-login.php")).toBe(true);
    expect(matches("/ko/favicon.ico")).toBe(true);
  });
});

describe("a page request", () => {
  it("serves an unprefixed address from the English page, unchanged in the browser", async () => {
    expect(await run("/campaigns/x?a=1")).toMatchObject({
      status: 200,
      rewrite: "http://localhost/en-GB/campaigns/x?a=1",
      locale: "en-GB",
    });
    expect(await run("/")).toMatchObject({ rewrite: "http://localhost/en-GB", locale: "en-GB" });
  });

  it("serves a Korean address as it is, in Korean", async () => {
    expect(await run("/ko/campaigns/x")).toMatchObject({ status: 200, rewrite: null, locale: "ko" });
  });

  it("serves a signatory list's view from its own path", async () => {
    const { rewrite } = await run("/ko/campaigns/x/letters/y/signatories?kind=individuals&page=2");
    expect(rewrite).toBe("http://localhost/ko/campaigns/x/letters/y/signatories/individuals.2");
  });

  it("redirects /en-GB/… to the unprefixed address, and an unprefixed one to the chosen language", async () => {
    expect(await run("/en-GB/targets?x=1")).toMatchObject({
      status: 307,
      location: "http://localhost/targets?x=1",
    });
    expect(await run("/targets", { cookie: "NEXT_LOCALE=ko" })).toMatchObject({
      status: 307,
      location: "http://localhost/ko/targets",
    });
    expect(await run("/targets", { cookie: "NEXT_LOCALE=en-GB" })).toMatchObject({ status: 200 });
    // From elsewhere, yes; a link followed on this site to the English page means it.
    expect(await run("/targets", { cookie: "NEXT_LOCALE=ko", site: "cross-site" })).toMatchObject({
      status: 307,
    });
    expect(await run("/targets", { cookie: "NEXT_LOCALE=ko", site: "none" })).toMatchObject({ status: 307 });
    expect(await run("/targets", { cookie: "NEXT_LOCALE=ko", site: "same-origin" })).toMatchObject({
      status: 200,
      rewrite: "http://localhost/en-GB/targets",
    });
    // A form is answered where it was posted, in the language of its address.
    expect(await run("/targets", { method: "POST", cookie: "NEXT_LOCALE=ko" })).toMatchObject({
      status: 200,
      rewrite: "http://localhost/en-GB/targets",
      locale: "en-GB",
    });
  });

  it("sends a signed-out visitor of a staff or account page to sign in, in the page's language", async () => {
    const english = await run("/staff/letters?campaign=1");
    expect(english.status).toBe(307);
    expect(english.location).toBe(
      `http://localhost/sign-in?callbackUrl=${encodeURIComponent("/staff/letters?campaign=1")}`,
    );
    const korean = await run("/ko/account");
    expect(korean.location).toBe(`http://localhost/ko/sign-in?callbackUrl=${encodeURIComponent("/account")}`);
    // A server action's POST goes through to the action, which checks the session itself.
    expect(await run("/ko/staff", { method: "POST" })).toMatchObject({ status: 200, locale: "ko" });
  });
});
