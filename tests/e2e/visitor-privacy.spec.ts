import { DEMO_ACCOUNTS } from "@/db/seed";
import { parseCsv, stripBom } from "@/lib/domain/csv";
import { isReactPagePath } from "@/lib/server/plain-page";
import { messages } from "@/messages/en";
import { type APIRequestContext, expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * An e-mail address is never shown publicly, nor the name of anyone who asked for it to be
 * withheld. This scan takes every address the database holds and every withheld name (from
 * the staff's full export of each letter, plus the demo accounts) and looks
 * for each in everything a visitor can fetch: every page reachable by links from the
 * home page, found by crawling so that new pages are covered, in HTML and as the RSC
 * payload a client-side navigation fetches, and the Atom feeds they link to; the public
 * CSV exports; the JSON API (every path of its OpenAPI document, for every campaign,
 * letter, organisation, target and resolution the crawl found, and every page of every
 * paged list: each letter's signatories, the organisations), where no name withheld by
 * its signatory may appear either. The file runs after the specs that sign and import
 * (file order), so their signatories are in the scan too; it depends on none of them.
 */

const ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/**
 * Paths a visitor's crawl does not follow, in either language: staff and account pages,
 * auth endpoints, one-time links, and the language control (a redirect to a page the
 * crawl reaches anyway).
 */
const NOT_PUBLIC = /^\/(?:ko\/)?(?:_next|staff|account|api\/auth|api\/staff|confirm|language)(?:\/|$)/;
const MAX_PAGES = 1500;

type Fetched = { url: string; status: number; body: string };

/** How the crawl names the RSC payload a page React runs would get navigating to a page. */
const RSC_OF = "RSC payload of ";

/** Links in an HTML page, as same-origin paths with their query. */
function linksIn(html: string, from: URL): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    const raw = match[1]!.replace(/&amp;/g, "&");
    if (!raw || raw.startsWith("#") || /^(?:mailto|tel|javascript):/i.test(raw)) continue;
    const url = new URL(raw, from);
    if (url.origin !== from.origin) continue;
    out.push(url.pathname + url.search);
  }
  return out;
}

/**
 * Every public page reachable from the home page, HTML and RSC payload of each. A
 * letter's sign page is linked only while it collects signatures, so each letter's is
 * visited too: it exists for every public letter.
 */
async function crawl(request: APIRequestContext, baseURL: string): Promise<Fetched[]> {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const fetched: Fetched[] = [];
  const enqueue = (link: string) => {
    if (seen.has(link) || NOT_PUBLIC.test(new URL(link, baseURL).pathname)) return;
    seen.add(link);
    if (seen.size > MAX_PAGES) throw new Error(`More than ${MAX_PAGES} public pages: raise MAX_PAGES`);
    queue.push(link);
  };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    const body = await response.text();
    fetched.push({ url: path, status: response.status(), body });
    const type = response.headers()["content-type"] ?? "";
    if (!type.includes("text/html")) continue;
    // What a page React runs would get navigating here (a plain page gives none: 204).
    const rsc = await request.get(path, { headers: { RSC: "1" } });
    fetched.push({ url: `${RSC_OF}${path}`, status: rsc.status(), body: await rsc.text() });
    if (/^\/campaigns\/[^/]+\/letters\/[^/?]+$/.test(path)) enqueue(`${path}/sign`);
    for (const link of linksIn(body, new URL(path, baseURL))) enqueue(link);
  }
  return fetched;
}

/**
 * Every path of the API's OpenAPI document, filled in with each slug the crawl met in a
 * page address, and every page of each letter's signatory lists.
 */
async function crawlApi(request: APIRequestContext, crawled: string[]): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  const pagedLists: string[] = [];
  const get = async (path: string) => {
    const response = await request.get(path);
    const body = await response.text();
    fetched.push({ url: path, status: response.status(), body });
    return { status: response.status(), body };
  };
  const doc = JSON.parse((await get("/api/v1/openapi.json")).body) as { paths: Record<string, unknown> };
  const found = (pattern: RegExp) =>
    [...new Set(crawled.flatMap((p) => pattern.exec(p.split("?")[0]!)?.slice(1).join("\n") ?? []))].map((m) =>
      m.split("\n"),
    );
  const values: Record<string, string[][]> = {
    campaigns: found(/^\/campaigns\/([^/]+)$/),
    letters: found(/^\/campaigns\/([^/]+)\/letters\/([^/]+)$/),
    organisations: found(/^\/organisations\/([^/]+)$/),
    targets: found(/^\/targets\/([^/]+)$/),
    resolutions: found(/^\/resolutions\/([^/]+)$/),
  };
  for (const [kind, list] of Object.entries(values))
    expect(list.length, `${kind} to ask the API for`).toBeGreaterThan(0);
  for (const path of Object.keys(doc.paths)) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!);
    const group = path.includes("{letterSlug}") ? "letters" : path.split("/")[1]!;
    const fills = names.length === 0 ? [[]] : values[group]!;
    for (const fill of fills) {
      let address = `/api/v1${path}`;
      names.forEach((name, i) => {
        address = address.replace(`{${name}}`, fill[i]!);
      });
      const { status, body } = await get(address);
      expect(status, address).toBe(200);
      // A paged list (signatories of each kind, organisations): every page of it.
      const lists = path.endsWith("/signatories")
        ? ["organisations", "individuals"].map((kind) => `${address}?kind=${kind}&`)
        : "pageCount" in (JSON.parse(body) as object)
          ? [`${address}?`]
          : [];
      for (const list of lists) {
        let pageCount = 1;
        for (let n = 1; n <= pageCount; n++) {
          const page = await get(`${list}page=${n}`);
          pageCount = (JSON.parse(page.body) as { pageCount: number }).pageCount;
        }
        pagedLists.push(`${list}page=${pageCount}`);
      }
    }
  }
  // The organisations come a page at a time too: a scan of the first page alone would miss most.
  expect(pagedLists, "the organisations' last page").toContainEqual(
    expect.stringMatching(/^\/api\/v1\/organisations\?page=(?:[2-9]|\d{2,})$/),
  );
  return fetched;
}

test("no public page, export or API response shows anyone's e-mail address", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);

  // Every address on record, as staff may export them.
  await new SignInPage(page).signInAs("staff@answerable.example");
  await page.goto("/staff/import/export");
  const hrefs = await page
    .locator("a[href^='/api/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const staffExports = hrefs.filter((h) => /^\/api\/staff\/letters\/[^/]+\/export$/.test(h));
  const publicExports = hrefs.filter((h) => /^\/api\/letters\/[^/]+\/signatories\.csv$/.test(h));
  expect(staffExports.length).toBeGreaterThanOrEqual(3);
  const addresses = new Set(DEMO_ACCOUNTS.map((a) => a.email.toLowerCase()));
  const columns = messages.staffExport.staffColumns;
  const named = new Set<string>();
  const withheld = new Set<string>();
  for (const href of staffExports) {
    const csv = await page.request.get(href);
    expect(csv.status(), href).toBe(200);
    const text = await csv.text();
    for (const [address] of text.matchAll(ADDRESS)) addresses.add(address.toLowerCase());
    const [header, ...rows] = parseCsv(stripBom(text));
    const [name, visibility] = [header!.indexOf(columns.displayName), header!.indexOf(columns.visibility)];
    // Lower-cased, as the pages' text is searched.
    for (const row of rows)
      (row[visibility] === "name_withheld" ? withheld : named).add(row[name]!.toLowerCase());
  }
  // A name withheld on one letter but public on another may be listed there.
  for (const name of named) withheld.delete(name);
  expect(withheld.size, "signatories who withheld their name, to look for").toBeGreaterThanOrEqual(2);
  // The seed alone holds 18 individual signatories and 4 accounts: a scan for nothing proves nothing.
  expect(addresses.size).toBeGreaterThanOrEqual(22);

  // What a visitor can fetch, found by following links from the home page.
  const fetched = await crawl(request, baseURL!);
  const paths = fetched.map((f) => f.url);
  for (const kind of [
    /^\/campaigns\/[^/]+$/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+$/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+\/signatories\?/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+\/print$/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+\/sign$/,
    /^\/organisations\/[^/]+$/,
    /^\/campaigns\/[^/]+\/feed\.xml$/,
    /^\/awaiting-response\/feed\.xml$/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+\/feed\.xml$/,
    /^\/campaigns\/[^/]+\/calendar\.ics$/,
    /^\/calendar\.ics$/,
    /^\/awaiting-response$/,
    /^\/targets$/,
    /^\/targets\/[^/]+$/,
    /^\/embed\/campaigns\/[^/]+$/,
    /^\/embed\/campaigns\/[^/]+\/letters\/[^/]+$/,
    /^\/campaigns\/[^/]+\/letters\/[^/]+\/badge\.svg$/,
  ]) {
    expect(
      paths.some((p) => kind.test(p)),
      `the crawl reached a page like ${kind}`,
    ).toBe(true);
  }

  // Exports, the API and the usual machine-read files.
  const extra = ["/api/me", ...publicExports, "/robots.txt", "/sitemap.xml", "/feed.xml", "/rss.xml"];
  for (const path of extra) {
    const response = await request.get(path);
    fetched.push({ url: path, status: response.status(), body: await response.text() });
  }
  // Signing with an address on record: the answer must not tell whose it is. A letter still
  // collecting is best (its sign page carries its id); any public letter will answer.
  const letterIds = publicExports.map((href) => href.split("/")[3]!);
  const collecting = fetched
    .map((f) => /name="letterId" value="([0-9a-f-]{36})"/.exec(f.body)?.[1])
    .find(Boolean);
  const letterId = collecting ?? letterIds[0];
  expect(letterId, "a public letter to sign").toBeTruthy();
  const seededSignatory = [...addresses].find((a) => a.endsWith("@example.org"))!;
  const api = await request.post(`/api/letters/${letterId}/signatures`, {
    headers: { "x-forwarded-for": "192.0.2.90" },
    data: {
      name: "Privacy Check",
      email: seededSignatory,
      visibility: "public",
      website: "",
      startedAt: Date.now() - 60_000,
    },
  });
  fetched.push({
    url: `POST /api/letters/${letterId}/signatures`,
    status: api.status(),
    body: await api.text(),
  });
  const bad = await request.post(`/api/letters/${letterId}/signatures`, {
    headers: { "x-forwarded-for": "192.0.2.91" },
    data: { name: "", email: seededSignatory, visibility: "public" },
  });
  fetched.push({ url: "POST (invalid)", status: bad.status(), body: await bad.text() });

  fetched.push(...(await crawlApi(request, paths)));

  const failures = fetched.filter((f) => f.status >= 500).map((f) => `${f.url}: ${f.status}`);
  expect(failures).toEqual([]);
  const leaks = fetched.flatMap((f) => {
    const body = f.body.toLowerCase();
    return [...addresses, ...withheld].filter((a) => body.includes(a)).map((a) => `${f.url}: ${a}`);
  });
  expect(leaks).toEqual([]);
  expect(fetched.length).toBeGreaterThan(40);
  // React's payload of a public page, which could carry what its HTML does not, is never
  // served; the sign-in pages', which React runs, were scanned above with the rest.
  const payloads = fetched.filter((f) => f.url.startsWith(RSC_OF));
  const served = payloads.filter((f) => f.status !== 204).map((f) => f.url.slice(RSC_OF.length));
  expect(payloads.length).toBeGreaterThan(15);
  expect(served.filter((path) => !isReactPagePath(path.split("?")[0]!))).toEqual([]);
  expect(served.length).toBeGreaterThan(0);
});
