import { createHash } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * The contract between lib/page-cache and Next's internals, checked against the
 * `next build` that `npm start` serves. Next hands the cache handler (handler.mjs) each
 * rendered page under its own route-cache key, with the page's tags and revalidate
 * time; the fast path (fast-path.ts) finds the page by request path in that key and
 * answers without Next; a write that expires one of the page's tags sends the next
 * visit back to Next. Should Next change any of it, the fast path would quietly stop
 * serving, or serve a page a write has changed: these tests would notice.
 *
 * The fast path is told apart from Next by its ETag, a SHA-1 of the cached HTML (Next's
 * own ETag is another hash).
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/december-2019-letter`;

/**
 * The public pages of each shape: the home page, a campaign, a letter, a target, and a
 * search of a letter's signatories (cached per view, under the path proxy.ts rewrites it
 * to); in English (cached under /en-GB/…, served at the unprefixed address) and in Korean.
 */
const PAGES = [
  "/",
  CAMPAIGN,
  LETTER,
  "/awaiting-response",
  "/targets",
  "/targets/republic-of-korea",
  `${LETTER}/signatories?kind=individuals&q=kim&page=1`,
  "/ko",
  `/ko${CAMPAIGN}`,
  `/ko${LETTER}/signatories?kind=individuals&q=kim&page=1`,
];

type Read = {
  status: number;
  headers: Record<string, string>;
  html: string;
  /** Answered by the fast path: Next's "HIT" and the fast path's own ETag over the bytes sent. */
  fromFastPath: boolean;
};

async function read(request: APIRequestContext, path: string, extraHeaders: Record<string, string> = {}) {
  const response = await request.get(path, { headers: { "accept-encoding": "identity", ...extraHeaders } });
  const body = await response.body();
  const headers = response.headers();
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  return {
    status: response.status(),
    headers,
    html: body.toString("utf8"),
    fromFastPath: response.status() === 200 && headers["x-nextjs-cache"] === "HIT" && headers.etag === etag,
  } satisfies Read;
}

/**
 * The same page read past the fast path, as Next answers it from the same cache entry:
 * the fast path leaves any request with this header to Next, and Next, not given its
 * own secret in it, treats the request as a plain visit.
 */
const readThroughNext = (request: APIRequestContext, path: string) =>
  read(request, path, { "x-prerender-revalidate": "not-the-preview-secret" });

/**
 * Visits until the fast path answers (with a page that passes `check`): the first visit
 * may be Next's render, which fills the cache.
 */
async function servedByFastPath(
  request: APIRequestContext,
  path: string,
  check: (html: string) => boolean = () => true,
) {
  let last: Read | undefined;
  await expect
    .poll(
      async () => {
        last = await read(request, path);
        return last.fromFastPath && check(last.html);
      },
      { message: `${path} is served from the page cache`, timeout: 20_000 },
    )
    .toBe(true);
  return last!;
}

test.describe.configure({ mode: "serial" });

test("every kind of public page Next renders is then served by the fast path, as Next would serve it", async ({
  request,
}) => {
  for (const path of PAGES) {
    const hit = await servedByFastPath(request, path);
    expect(hit.headers["cache-control"], path).toBe("s-maxage=600, stale-while-revalidate=31535400");
    expect(hit.headers["x-next-cache-tags"], "the tags stay inside").toBeUndefined();

    // Next finds the page under the key it wrote, and sends the same bytes and headers.
    const next = await readThroughNext(request, path);
    expect(next.fromFastPath, path).toBe(false);
    expect(next.headers["x-nextjs-cache"], path).toBe("HIT");
    expect(next.html, path).toBe(hit.html);
    expect(hit.headers["content-type"], path).toBe(next.headers["content-type"]);
    expect(hit.headers["cache-control"], path).toBe(next.headers["cache-control"]);
    // Both send the same policy: a plain page has no inline script, so it allows none.
    expect(hit.headers["content-security-policy"], path).toContain("script-src 'self';");
    expect(hit.headers["content-security-policy"], path).toBe(next.headers["content-security-policy"]);
  }
});

test("the fast path answers a known ETag with 304, compresses for gzip, and leaves client navigations alone", async ({
  request,
}) => {
  const hit = await servedByFastPath(request, CAMPAIGN);

  const again = await request.get(CAMPAIGN, { headers: { "if-none-match": hit.headers.etag! } });
  expect(again.status()).toBe(304);

  const gzipped = await request.get(CAMPAIGN, { headers: { "accept-encoding": "gzip" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(gzipped.headers().etag).toBe(hit.headers.etag);
  expect((await gzipped.body()).toString("utf8")).toBe(hit.html);

  // A client-side navigation asks for the React payload: the fast path leaves it alone.
  // A page React runs gets it from Next; a plain page's is answered with none, so the
  // browser loads the page whole (lib/server/plain-page.ts).
  const navigation = await request.get("/sign-in", { headers: { rsc: "1" } });
  expect(navigation.status()).toBe(200);
  expect(navigation.headers()["content-type"]).toContain("text/x-component");
  const toPlain = await request.get(CAMPAIGN, { headers: { rsc: "1" } });
  expect(toPlain.status()).toBe(204);
  expect(toPlain.headers()["x-nextjs-cache"]).toBeUndefined();
});

test("a visitor who chose Korean is led from an English address to the Korean page, never served the English one", async ({
  request,
}) => {
  await servedByFastPath(request, CAMPAIGN);
  const english = await request.get(CAMPAIGN, { headers: { cookie: "NEXT_LOCALE=ko" }, maxRedirects: 0 });
  expect(english.status()).toBe(307);
  expect(new URL(english.headers().location!, "http://x").pathname).toBe(`/ko${CAMPAIGN}`);
  // The address of the language's page inside the app is never a page of its own.
  const internal = await request.get(`/en-GB${CAMPAIGN}`, { maxRedirects: 0 });
  expect(internal.status()).toBe(307);
  expect(new URL(internal.headers().location!, "http://x").pathname).toBe(CAMPAIGN);
  const korean = await servedByFastPath(request, `/ko${CAMPAIGN}`);
  expect(korean.html).toContain('<html lang="ko"');
});

async function editSummary(page: Page, summary: (current: string) => string) {
  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  const details = page.getByRole("region", { name: "Campaign details" });
  const field = details.getByLabel("Summary");
  const current = await field.inputValue();
  await field.fill(summary(current));
  await details.getByRole("button", { name: "Save campaign" }).click();
  await expect(details.getByText("Saved. The public pages show the change now.")).toBeVisible();
  return current;
}

test("a staff edit expires the page: the next visit shows the change, then the fast path serves the new page", async ({
  page,
  request,
}) => {
  const before = await servedByFastPath(request, CAMPAIGN);
  const marker = `Checked by the page-cache test at ${Date.now()}.`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  const original = await editSummary(page, (current) => `${current} ${marker}`);
  try {
    // The write expired the page's tag in this process: the copy from before it is never
    // served again. (Next renders the page anew, for this visit or for a prefetch of the
    // staff page's link to it.)
    const first = await read(request, CAMPAIGN);
    expect(first.status).toBe(200);
    expect(first.html).toContain(marker);

    const after = await servedByFastPath(request, CAMPAIGN, (html) => html.includes(marker));
    expect(after.headers.etag).not.toBe(before.headers.etag);
  } finally {
    // Later tests read the campaign as the demo story tells it.
    await editSummary(page, () => original);
  }
  await servedByFastPath(request, CAMPAIGN, (html) => !html.includes(marker));
});

test("the API's campaign is served from the page cache with the page's tags: the same staff edit expires both", async ({
  page,
  request,
}) => {
  const api = `/api/v1${CAMPAIGN}`;
  const readApi = async (headers: Record<string, string> = {}) => {
    const response = await request.get(api, { headers: { "accept-encoding": "identity", ...headers } });
    const body = await response.body();
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    return { status: response.status(), headers: response.headers(), body: body.toString("utf8"), etag };
  };
  let before = await readApi();
  await expect
    .poll(
      async () => {
        before = await readApi();
        return before.headers["x-nextjs-cache"] === "HIT" && before.headers.etag === before.etag;
      },
      { message: `${api} is served from the page cache`, timeout: 20_000 },
    )
    .toBe(true);
  expect(before.headers["access-control-allow-origin"]).toBe("*");
  expect(before.headers["cache-control"]).toContain("s-maxage=600");
  expect((await readApi({ "if-none-match": before.etag })).status).toBe(304);

  const marker = `Checked by the API cache test at ${Date.now()}.`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  const original = await editSummary(page, (current) => `${current} ${marker}`);
  try {
    const after = await readApi({ "if-none-match": before.etag });
    expect(after.status, "the old ETag is stale after the write").toBe(200);
    expect(JSON.parse(after.body).campaign.summary).toContain(marker);
  } finally {
    await editSummary(page, () => original);
  }
  await expect.poll(async () => JSON.parse((await readApi()).body).campaign.summary).not.toContain(marker);
});
