import {
  gzipBytes,
  hasBuild,
  isPublicRoute,
  NODE_BUILTIN_MARKERS,
  nodeBuiltinsInChunks,
  PAGE_OWN_JS_BUDGET_BYTES,
  routeClientJs,
  runtimeFiles,
} from "../helpers/client-js";
import { expect, test } from "../helpers/test";

/*
 * What the build sends to browsers, read from .next (npm run test:e2e builds it just
 * before these run): no server code in any client bundle, and every public page within
 * its JavaScript budget. Visitors on slow phones pay for each kilobyte.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";

test.skip(!hasBuild(), "no production build in .next: run `next build` first (npm run test:e2e does)");

test("no client bundle carries a browser stand-in for a Node built-in", () => {
  expect(NODE_BUILTIN_MARKERS.length).toBeGreaterThan(3);
  expect(nodeBuiltinsInChunks()).toEqual([]);
});

test("every public page ships at most its budget of JavaScript beyond React and Next", () => {
  const runtime = gzipBytes(runtimeFiles());
  const routes = routeClientJs().filter((r) => isPublicRoute(r.route));
  expect(routes.map((r) => r.route)).toContain(
    "/[locale]/(public)/campaigns/[slug]/letters/[letterSlug]/sign/page",
  );
  const over = routes
    .filter((r) => r.gzipBytes - runtime > PAGE_OWN_JS_BUDGET_BYTES)
    .map((r) => `${r.route}: ${((r.gzipBytes - runtime) / 1024).toFixed(1)} KiB of its own`);
  expect(over).toEqual([]);
});

for (const [path, route] of [
  ["/", "/[locale]/(public)/page"],
  [
    `${CAMPAIGN}/letters/follow-up-letter-2026/sign`,
    "/[locale]/(public)/campaigns/[slug]/letters/[letterSlug]/sign/page",
  ],
] as const) {
  test(`the budget counts every script ${path} loads`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    // Scripts marked nomodule are for browsers too old to run the app's own: not counted.
    const loaded = [...html.matchAll(/<script[^>]+>/g)]
      .filter(([tag]) => !/\bnomodule\b/i.test(tag))
      .map(([tag]) => /src="\/_next\/(static\/chunks\/[^"]+\.js)"/.exec(tag)?.[1])
      .filter((file): file is string => Boolean(file));
    expect(loaded.length).toBeGreaterThan(3);
    const counted = routeClientJs().find((r) => r.route === route)?.files ?? [];
    expect(loaded.filter((file) => !counted.includes(file))).toEqual([]);
  });
}
