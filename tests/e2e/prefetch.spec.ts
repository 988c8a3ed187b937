import { type Browser, expect, test } from "../helpers/test";

/*
 * On the pages React runs (sign-in, account, staff), Next prefetches every link that
 * scrolls into view. On a metered or 2G connection (Save-Data, or the connection type
 * the browser reports) nothing is fetched until a link is followed. Public pages are
 * plain HTML (lib/server/plain-page.ts): they prefetch nothing, whatever the connection.
 */

const REACT_PAGE = "/sign-in";

/** Requests for other pages' data made while a page sits open, untouched. */
async function prefetchesOn(
  browser: Browser,
  path: string,
  connection?: { saveData: boolean; effectiveType: string },
) {
  const context = await browser.newContext();
  if (connection) {
    await context.addInitScript((c) => {
      Object.defineProperty(Navigator.prototype, "connection", { get: () => c, configurable: true });
    }, connection);
  }
  const page = await context.newPage();
  const prefetches: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || headers.rsc) prefetches.push(request.url());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  await context.close();
  return prefetches;
}

test("links are prefetched on a fast connection", async ({ browser }) => {
  expect((await prefetchesOn(browser, REACT_PAGE)).length).toBeGreaterThan(0);
});

test("nothing is prefetched when the browser asks to save data", async ({ browser }) => {
  expect(await prefetchesOn(browser, REACT_PAGE, { saveData: true, effectiveType: "4g" })).toEqual([]);
});

test("nothing is prefetched on a 2G connection", async ({ browser }) => {
  expect(await prefetchesOn(browser, REACT_PAGE, { saveData: false, effectiveType: "slow-2g" })).toEqual([]);
  expect(await prefetchesOn(browser, REACT_PAGE, { saveData: false, effectiveType: "2g" })).toEqual([]);
});

test("a public page prefetches nothing, even on a fast connection", async ({ browser }) => {
  expect(await prefetchesOn(browser, "/")).toEqual([]);
});
