import { createHash } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * The browser protections of issue "hardening: browser protections": every response
 * says what a browser may do with it (lib/server/security-headers.ts), whichever path
 * sent it: the page cache's fast path, Next (rendering, or serving its cache), the staff
 * workspace, route handlers, static files, the 404 page. No page may be framed, and a
 * form posted to the site from another site is refused with the site's 403 page. The
 * whole suite runs under the policy and fails on a violation (tests/helpers/test.ts).
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const STAFF_EMAIL = "staff@answerable.example";

/** The CSP hash of each inline <script> of a page, computed here independently of the server. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes!))
    .map(([, , body]) => `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
}

function directives(policy: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (policy ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/**
 * Checks the headers every response carries, and for a page that its policy allows its
 * own inline scripts and nothing else inline. Returns how many inline scripts a page has:
 * none on a plain page (lib/server/plain-page.ts), React's on the others.
 */
async function expectProtected(
  response: Pick<APIResponse, "headers" | "body">,
  what: string,
): Promise<number> {
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"]);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'self'"]);
  expect(policy.get("form-action"), what).toEqual(["'self'"]);
  expect(policy.get("connect-src"), what).toEqual(["'self'"]);
  expect(policy.get("img-src"), what).toEqual(["'self'", "data:"]);
  expect(policy.get("script-src"), what).not.toContain("'unsafe-inline'");
  expect(policy.get("script-src"), what).not.toContain("'unsafe-eval'");
  expect(policy.get("style-src"), what).not.toContain("'unsafe-inline'");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  for (const feature of ["camera", "microphone", "geolocation"])
    expect(headers["permissions-policy"], what).toContain(`${feature}=()`);

  if (headers["content-type"]?.startsWith("text/html")) {
    const html = (await response.body()).toString("utf8");
    const scripts = inlineScriptHashes(html);
    // Exactly its own scripts: every one allowed, nothing else.
    expect(new Set(policy.get("script-src")), what).toEqual(new Set(["'self'", ...scripts]));
    return scripts.length;
  }
  return 0;
}

/** Reads a public page until the fast path answers it (its ETag is a SHA-1 of the HTML; page-cache-contract.spec.ts). */
async function fromFastPath(request: APIRequestContext, path: string): Promise<APIResponse> {
  let last: APIResponse | undefined;
  await expect
    .poll(
      async () => {
        last = await request.get(path, { headers: { "accept-encoding": "identity" } });
        const etag = `"${createHash("sha1")
          .update(await last.body())
          .digest("base64url")}"`;
        return last.headers()["x-nextjs-cache"] === "HIT" && last.headers().etag === etag;
      },
      { message: `${path} is served by the fast path`, timeout: 20_000 },
    )
    .toBe(true);
  return last!;
}

test("public pages, from the fast path and from Next, carry the security headers and allow only their own inline scripts", async ({
  request,
}) => {
  const fast = await fromFastPath(request, CAMPAIGN);
  // A plain page: no inline script at all, so its policy allows none.
  expect(await expectProtected(fast, "campaign page from the fast path")).toBe(0);

  // The same cached page as Next serves it, past the fast path: the same policy.
  const next = await request.get(CAMPAIGN, {
    headers: { "accept-encoding": "identity", "x-prerender-revalidate": "not-the-preview-secret" },
  });
  expect(next.headers().etag).not.toBe(fast.headers().etag);
  await expectProtected(next, "campaign page from Next");
  expect(next.headers()["content-security-policy"]).toBe(fast.headers()["content-security-policy"]);

  // Compressed by the server as before, hashed before compression.
  const gzipped = await request.get("/targets", {
    headers: { "accept-encoding": "gzip", "x-prerender-revalidate": "not-the-preview-secret" },
  });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  await expectProtected(gzipped, "targets page from Next, gzipped");

  // React's pages allow exactly their own inline scripts.
  expect(await expectProtected(await request.get("/sign-in"), "/sign-in")).toBeGreaterThan(0);
  for (const path of ["/no-such-page", "/campaigns/no-such-campaign"]) {
    await expectProtected(await request.get(path), path);
  }
  for (const path of ["/api/me", "/robots.txt", "/sitemap.xml", `${CAMPAIGN}/feed.xml`, "/favicon.ico"]) {
    await expectProtected(await request.get(path), path);
  }
});

test("static files are still compressed and carry the headers", async ({ page, request }) => {
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  const response = await request.get(script!, { headers: { "accept-encoding": "gzip" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBe("gzip");
  await expectProtected(response, script!);
});

test("staff pages carry the security headers", async ({ page }) => {
  await new SignInPage(page).signInAs(STAFF_EMAIL);
  for (const path of ["/staff", "/staff/campaigns", "/account"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    await expectProtected(response, path);
  }
});

/** A page at `origin` (served by the test, not the app) that frames `src`. */
async function frameOn(page: Page, origin: string, src: string) {
  await page.route(`${origin}/framer`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Framer</title><h1>Framer</h1><iframe title="framed" src="${src}" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(`${origin}/framer`);
  await expect(page.getByRole("heading", { name: "Framer" })).toBeVisible();
}

test("no page of the site can be shown inside a frame, on another site or on the site itself", async ({
  page,
  baseURL,
  cspViolations,
}) => {
  // Chromium may report the refusal as a violation of frame-ancestors: expected here.
  cspViolations.allow(/frame-ancestors/);
  // Signed in as staff, so a framed staff page would show the workspace.
  await new SignInPage(page).signInAs(STAFF_EMAIL);
  const framings = [
    ["http://framer.example", `${baseURL}/staff`],
    ["http://framer.example", `${baseURL}${CAMPAIGN}`],
    // A page of the same origin (the tests stand in for one the site does not have).
    [baseURL!, `${baseURL}/staff/campaigns`],
  ] as const;
  for (const [origin, src] of framings) {
    await frameOn(page, origin, src);
    // Chromium shows its error page in a frame whose content refuses to be framed.
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((frame) => frame !== page.mainFrame())
            ?.url(),
        {
          message: `the browser refused to show ${src} in a frame on ${origin}`,
        },
      )
      .toMatch(/^chrome-error:/);
    // Nothing of the site is shown in the frame.
    await expect(
      page.frameLocator("iframe").getByRole("link", { name: /home page|Answerable/i }),
    ).toHaveCount(0);
  }
});

test("a form posted to the site from another site is refused with the site's 403 page, and nothing is done", async ({
  page,
  baseURL,
}) => {
  // Another site's page whose form posts to the site's "new campaign" page, as a server
  // action would be posted without JavaScript.
  await page.route("http://attacker.example/form", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Win a prize</title>
        <form method="post" enctype="multipart/form-data" action="${baseURL}/staff/campaigns/new">
          <input type="hidden" name="$ACTION_ID_0000000000000000000000000000000000000000" value="">
          <input type="hidden" name="title" value="Planted campaign">
          <button>Claim</button>
        </form>`,
    }),
  );
  await new SignInPage(page).signInAs(STAFF_EMAIL);
  await page.goto("http://attacker.example/form");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${baseURL}/staff/campaigns/new`)),
    page.getByRole("button", { name: "Claim" }).click(),
  ]);
  expect(response.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Request refused" })).toBeVisible();
  await expect(page.getByText("This form was sent from another website, so nothing was done.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectProtected(response, "the 403 page");
});

test("a server action called with another site's Origin gets 403 and the site's page, not a 500", async ({
  request,
  baseURL,
}) => {
  const host = new URL(baseURL!).host;
  const cases: Array<[string, Record<string, string>]> = [
    ["fetch action", { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }],
    ["form post", { "content-type": "multipart/form-data; boundary=x" }],
  ];
  for (const [what, headers] of cases) {
    const response = await request.post("/", {
      headers: { ...headers, origin: "http://attacker.example" },
      data: what === "form post" ? "--x--\r\n" : "[]",
    });
    expect(response.status(), what).toBe(403);
    expect(response.headers()["content-type"], what).toContain("text/html");
    expect(await response.text(), what).toContain("Request refused");
    await expectProtected(response, what);
  }
  // The site's own origin, through a proxy that names the public host: not refused here.
  const own = await request.post("/", {
    headers: { "next-action": "0".repeat(42), origin: `http://${host}`, "content-type": "text/plain" },
    data: "[]",
  });
  expect(own.status()).not.toBe(403);
});
