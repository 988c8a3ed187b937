import {
  hasBuild,
  NODE_BUILTIN_MARKERS,
  nodeBuiltinsInChunks,
  PUBLIC_PAGE_JS_BUDGET_BYTES,
  servedPageJs,
} from "../helpers/client-js";
import { expect, test } from "../helpers/test";

/*
 * What browsers are sent to run. Public pages are plain HTML with one small script of
 * the site's own (lib/server/plain-page.ts): each, as served, stays within issue #13's
 * budget and loads none of Next's runtime. The pages React runs are read from the build
 * (npm run test:e2e builds it just before these run): no server code in their bundles.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/march-2020-joint-letter`;

/** Public pages of every kind, in both languages, the sign page, a 404 and an embed among them. */
const PUBLIC_PAGES = [
  "/",
  CAMPAIGN,
  `${CAMPAIGN}/timeline`,
  LETTER,
  `${LETTER}/signatories?q=a`,
  `${LETTER}/print`,
  `${CAMPAIGN}/letters/follow-up-letter-2026`,
  `${CAMPAIGN}/letters/follow-up-letter-2026/sign`,
  "/awaiting-response",
  "/targets",
  "/resolutions",
  "/states",
  "/search?q=korea",
  "/developers",
  "/your-data",
  "/ko",
  `/ko${LETTER}`,
  `/ko${CAMPAIGN}/letters/follow-up-letter-2026/sign`,
  `/embed${CAMPAIGN}`,
];

test("no client bundle carries a browser stand-in for a Node built-in", () => {
  test.skip(!hasBuild(), "no production build in .next: run `next build` first (npm run test:e2e does)");
  expect(NODE_BUILTIN_MARKERS.length).toBeGreaterThan(3);
  expect(nodeBuiltinsInChunks()).toEqual([]);
});

test("every public page, as served, loads no framework and stays within the budget", async ({ baseURL }) => {
  const over: string[] = [];
  for (const page of PUBLIC_PAGES) {
    const js = await servedPageJs(baseURL!, page);
    expect(js.nextRuntime, `${page} loads Next's runtime: ${js.files.join(", ")}`).toBe(false);
    expect(js.files, page).toHaveLength(1);
    if (js.gzipBytes > PUBLIC_PAGE_JS_BUDGET_BYTES) over.push(`${page}: ${js.gzipBytes} bytes`);
  }
  expect(over).toEqual([]);
  // A page found by following a link: a target's.
  const targets = await (await fetch(new URL("/targets", baseURL))).text();
  const target = /href="(\/targets\/[^"?#]+)"/.exec(targets)?.[1];
  expect(target).toBeTruthy();
  expect((await servedPageJs(baseURL!, target!)).nextRuntime).toBe(false);
});

test("the pages React runs still load it", async ({ baseURL }) => {
  // Sign-in is one: if plain pages' rule reached it, its forms would lose what React gives them.
  const js = await servedPageJs(baseURL!, "/sign-in");
  expect(js.nextRuntime).toBe(true);
});
