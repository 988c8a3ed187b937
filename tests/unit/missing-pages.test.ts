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
  it.each([
    // Each slug is decoded segment by segment.
    ["/campaigns/%C3%A9t%C3%A9", { kind: "campaign", campaignSlug: "été" }],
    ["/organisations/%C3%A9", { kind: "organisation", organisationSlug: "é" }],
    ["/campaigns/icnk/letters/%C3%A9/print", { kind: "letter", campaignSlug: "icnk", letterSlug: "é" }],
    // An encoded slash stays inside its segment.
    ["/campaigns/a%2Fb", { kind: "campaign", campaignSlug: "a/b" }],
    ["/campaigns/%00", { kind: "campaign", campaignSlug: "\u0000" }],
    ["/campaigns/%E0%A4%A", null],
    // The UN record's pages: a resolution line, its regional-group views, a state.
    ["/resolutions/dprk-ga", { kind: "resolution", resolutionSlug: "dprk-ga" }],
    ["/resolutions/dprk-ga/groups/weog", { kind: "resolution", resolutionSlug: "dprk-ga", group: "weog" }],
    ["/states/kor", { kind: "state", iso3: "kor" }],
    ["/targets/rok", { kind: "target", targetSlug: "rok" }],
    // The embeds are about the campaign or letter they show.
    ["/embed/campaigns/icnk", { kind: "campaign", campaignSlug: "icnk" }],
    ["/embed/campaigns/icnk/letters/%C3%A9", { kind: "letter", campaignSlug: "icnk", letterSlug: "é" }],
    ["/embed/campaigns/icnk/timeline", null],
    // The list pages and the filter's redirect are not about one thing.
    ["/resolutions", null],
    ["/states", null],
    ["/targets", null],
    ["/resolutions/dprk-ga/groups", null],
  ])("reads %s as %o", (path, address) => {
    expect(publicPageAddress(path)).toEqual(address);
  });

  it.each(["/campaigns/%C3%A9t%C3%A9", "/campaigns/100%25"])("tells that %s decodes", (path) => {
    expect(decodablePath(path)).toBe(true);
  });

  it.each(["/campaigns/%E0%A4%A", "/campaigns/%", "/campaigns/%C3"])(
    "tells that %s does not decode",
    (path) => {
      expect(decodablePath(path)).toBe(false);
    },
  );

  it("leaves the page cache's own lookups as they were: never for an encoded path", () => {
    expect(pageReadPath(request("/campaigns/%C3%A9"))).toBe("/campaigns/%C3%A9");
    expect(cacheablePath(request("/campaigns/%C3%A9"))).toBeNull();
    expect(cacheablePath(request("/campaigns/icnk?x=1"))).toBe("/campaigns/icnk");
    expect(pageReadPath(request("/campaigns/%C3%A9", { headers: { rsc: "1" } }))).toBeNull();
    expect(pageReadPath(request("/campaigns/%C3%A9", { method: "POST" }))).toBeNull();
  });
});

describe("routing a missing public page to the 404 page", () => {
  it.each([
    // An encoded address whose subject does not exist: one query finds nothing.
    ["/campaigns/%C3%A9t%C3%A9", 1],
    ["/organisations/%C3%A9", 1],
    ["/campaigns/icnk/letters/%C3%A9", 1],
    ["/campaigns/icnk/letters/%C3%A9/signatories?q=x", 1],
    ["/campaigns/icnk/letters/%C3%A9/signatories/auto.1", 1],
    // A signatory view no public address is rewritten to: nothing to look up.
    ["/campaigns/icnk/letters/march/signatories/auto.01", 0],
    ["/campaigns/icnk/letters/march/signatories/everyone", 0],
    ["/resolutions/no-such-line", 1],
    ["/resolutions/no-such-line/groups/weog", 1],
    ["/states/xyz", 1],
    ["/targets/no-such-target", 1],
    // A slug no page can have there: the database is not asked.
    ["/campaigns/%00", 0],
    ["/organisations/%00", 0],
    ["/campaigns/icnk/letters/%00/sign", 0],
    ["/resolutions/%00", 0],
    ["/resolutions/dprk-ga/groups/no-such-group", 0],
    ["/states/korea", 0],
    ["/states/k%C3%B6r", 0],
    ["/targets/%00", 0],
  ])("sends %s to the 404 page after %i queries", async (url, count) => {
    const req = request(url);
    const { db, queries } = emptyDb();
    await routeMissingPublicPage(req, db);
    expect(req.url).toBe(NOT_FOUND_PATH);
    expect(queries.count).toBe(count);
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

  it("sends a missing Korean page to the Korean 404 page, and leaves one the proxy redirects to it", async () => {
    const korean = request("/ko/campaigns/no-such-campaign");
    await routeMissingPublicPage(korean, emptyDb().db);
    expect(korean.url).toBe("/ko/_answerable/not-found");
    // A visitor who chose Korean is first sent to /ko/campaigns/…, which is checked then.
    const chosen = request("/campaigns/no-such-campaign", { headers: { cookie: "NEXT_LOCALE=ko" } });
    const { db, queries } = emptyDb();
    await routeMissingPublicPage(chosen, db);
    expect(chosen.url).toBe("/campaigns/no-such-campaign");
    expect(queries.count).toBe(0);
    const undecodable = request("/ko/campaigns/%E0%A4%A");
    expect(routeUndecodablePath(undecodable)).toBe(true);
    expect(undecodable.url).toBe("/ko/_answerable/not-found");
  });
});
