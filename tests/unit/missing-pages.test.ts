import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { cacheablePath, pageReadPath } from "@/lib/page-cache/fast-path";
import {
  decodablePath,
  NOT_FOUND_PATH,
  publicPageAddress,
  routeMissingPublicPage,
  routeUndecodablePath,
} from "@/lib/page-cache/missing-pages";

/*
 * The server's check before Next renders a public page: percent-encoded addresses are
 * decoded as Next decodes them, and addresses that do not decode go to the 404 page
 * rather than to Next's bare 500.
 */

function request(url: string, { method = "GET", headers = {} } = {}): IncomingMessage {
  return { url, method, headers } as unknown as IncomingMessage;
}

/** A database that finds nothing, counting the queries asked of it. */
function emptyDb() {
  const queries = { count: 0 };
  const chain: Record<string, unknown> = {};
  for (const name of ["select", "from", "innerJoin", "where"]) chain[name] = () => chain;
  chain.limit = async () => {
    queries.count++;
    return [];
  };
  return { db: () => chain as unknown as Db, queries };
}

describe("percent-encoded public addresses", () => {
  it("decodes each slug segment by segment", () => {
    expect(publicPageAddress("/campaigns/%C3%A9t%C3%A9")).toEqual({ kind: "campaign", campaignSlug: "été" });
    expect(publicPageAddress("/organisations/%C3%A9")).toEqual({
      kind: "organisation",
      organisationSlug: "é",
    });
    expect(publicPageAddress("/campaigns/icnk/letters/%C3%A9/print")).toEqual({
      kind: "letter",
      campaignSlug: "icnk",
      letterSlug: "é",
    });
    // An encoded slash stays inside its segment.
    expect(publicPageAddress("/campaigns/a%2Fb")).toEqual({ kind: "campaign", campaignSlug: "a/b" });
    expect(publicPageAddress("/campaigns/%00")).toEqual({ kind: "campaign", campaignSlug: "\u0000" });
    expect(publicPageAddress("/campaigns/%E0%A4%A")).toBeNull();
  });

  it("knows the UN record's pages: a resolution line, its regional-group views, a state", () => {
    expect(publicPageAddress("/resolutions/dprk-ga")).toEqual({
      kind: "resolution",
      resolutionSlug: "dprk-ga",
    });
    expect(publicPageAddress("/resolutions/dprk-ga/groups/weog")).toEqual({
      kind: "resolution",
      resolutionSlug: "dprk-ga",
      group: "weog",
    });
    expect(publicPageAddress("/states/kor")).toEqual({ kind: "state", iso3: "kor" });
    // The list pages and the filter's redirect are not about one thing.
    expect(publicPageAddress("/resolutions")).toBeNull();
    expect(publicPageAddress("/states")).toBeNull();
    expect(publicPageAddress("/resolutions/dprk-ga/groups")).toBeNull();
  });

  it("tells the paths that do not decode", () => {
    expect(decodablePath("/campaigns/%C3%A9t%C3%A9")).toBe(true);
    expect(decodablePath("/campaigns/100%25")).toBe(true);
    expect(decodablePath("/campaigns/%E0%A4%A")).toBe(false);
    expect(decodablePath("/campaigns/%")).toBe(false);
    expect(decodablePath("/campaigns/%C3")).toBe(false);
  });

  it("leaves the page cache's own lookups as they were: never for an encoded path", () => {
    expect(pageReadPath(request("/campaigns/%C3%A9"))).toBe("/campaigns/%C3%A9");
    expect(cacheablePath(request("/campaigns/%C3%A9"))).toBeNull();
    expect(cacheablePath(request("/campaigns/icnk?x=1"))).toBe("/campaigns/icnk");
    expect(pageReadPath(request("/campaigns/%C3%A9", { headers: { rsc: "1" } }))).toBeNull();
    expect(pageReadPath(request("/campaigns/%C3%A9", { method: "POST" }))).toBeNull();
  });
});

describe("routing a missing public page to the 404 page", () => {
  it("sends an encoded address whose subject does not exist to the 404 page", async () => {
    for (const url of [
      "/campaigns/%C3%A9t%C3%A9",
      "/organisations/%C3%A9",
      "/campaigns/icnk/letters/%C3%A9",
      "/campaigns/icnk/letters/%C3%A9/signatories?q=x",
      "/resolutions/no-such-line",
      "/resolutions/no-such-line/groups/weog",
      "/states/xyz",
    ]) {
      const req = request(url);
      const { db, queries } = emptyDb();
      await routeMissingPublicPage(req, db);
      expect(req.url, url).toBe(NOT_FOUND_PATH);
      expect(queries.count, url).toBe(1);
    }
  });

  it("sends a slug no page can have there without asking the database", async () => {
    for (const url of [
      "/campaigns/%00",
      "/organisations/%00",
      "/campaigns/icnk/letters/%00/sign",
      "/resolutions/%00",
      "/resolutions/dprk-ga/groups/no-such-group",
      "/states/korea",
      "/states/k%C3%B6r",
    ]) {
      const req = request(url);
      const { db, queries } = emptyDb();
      await routeMissingPublicPage(req, db);
      expect(req.url, url).toBe(NOT_FOUND_PATH);
      expect(queries.count, url).toBe(0);
    }
  });

  it("leaves other requests alone", async () => {
    for (const [url, options] of [
      ["/campaigns/%C3%A9", { headers: { rsc: "1" } }],
      ["/campaigns/%C3%A9", { method: "POST" }],
      ["/about", {}],
    ] as const) {
      const req = request(url, options);
      const { db } = emptyDb();
      await routeMissingPublicPage(req, db);
      expect(req.url, url).toBe(url);
    }
  });

  it("sends any address that does not decode to the 404 page, whatever the method", () => {
    for (const [url, method] of [
      ["/campaigns/%E0%A4%A", "GET"],
      ["/organisations/%E0%A4%A", "HEAD"],
      ["/campaigns/icnk/letters/%E0%A4%A?q=1", "GET"],
      ["/api/letters/%E0%A4%A/signatures", "POST"],
    ]) {
      const req = request(url, { method });
      expect(routeUndecodablePath(req), url).toBe(true);
      expect(req.url).toBe(NOT_FOUND_PATH);
    }
    const fine = request("/campaigns/%C3%A9?q=%E0%A4%A");
    expect(routeUndecodablePath(fine)).toBe(false);
    expect(fine.url).toBe("/campaigns/%C3%A9?q=%E0%A4%A");
  });
});
