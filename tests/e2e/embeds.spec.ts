import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { EMBED_HEIGHTS } from "@/lib/feeds/embed-snippets";
import { expectPlainNotFound } from "../helpers/not-found";
import { type APIRequestContext, type Browser, expect, type Page, test } from "../helpers/test";

/*
 * Embeds, badges and share cards, as another site and a sharer meet them: a site pastes
 * the "Embed this" code into its own page (served here from a second origin) and its
 * readers see the widget, in an iframe as tall as it; a page that is not an embed refuses to be framed, whether Next
 * or the page cache's fast path answers it; a README shows the letter's badge; a shared
 * link shows the page's card.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const CAMPAIGN_TITLE = "South Korea: re-engage on accountability for North Korea's human rights abuses";
const LETTER = `${CAMPAIGN}/letters/december-2019-letter`;
const LETTER_TITLE = "Letter to President Moon Jae-in, December 2019";
const COLLECTING = `${CAMPAIGN}/letters/follow-up-letter-2026`;

/** Another site, on another origin: it serves whatever page a test gives it. */
const otherPort = Number(process.env.E2E_PORT || 3100) + 10;
const otherOrigin = `http://127.0.0.1:${otherPort}`;
let otherSite: Server;
let otherPage = "";

test.beforeAll(async () => {
  otherSite = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(otherPage);
  });
  await new Promise<void>((resolve) => otherSite.listen(otherPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => otherSite.close(resolve));
});

/** The code the page's "Embed this" disclosure offers in the field with this label. */
async function snippet(page: Page, path: string, label: string): Promise<string> {
  await page.goto(path);
  await page.getByText("Embed this on your website").click();
  const field = page.getByLabel(label);
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute("readonly", "");
  return field.inputValue();
}

/** Reads a page until the page cache's fast path answers it (its ETag is a SHA-1 of the bytes it sends). */
async function readFromFastPath(request: APIRequestContext, path: string) {
  let headers: Record<string, string> = {};
  await expect
    .poll(
      async () => {
        const response = await request.get(path, { headers: { "accept-encoding": "identity" } });
        headers = response.headers();
        const etag = `"${createHash("sha1")
          .update(await response.body())
          .digest("base64url")}"`;
        return headers["x-nextjs-cache"] === "HIT" && headers.etag === etag;
      },
      { message: `${path} is served by the fast path`, timeout: 20_000 },
    )
    .toBe(true);
  return headers;
}

/**
 * How tall a widget's content is at this width: the widget on its own, in a window
 * shorter than it (so the card's height is its content's, not the window's).
 */
async function widgetHeight(browser: Browser, path: string, width: number): Promise<number> {
  const context = await browser.newContext({
    viewport: { width, height: 100 },
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const page = await context.newPage();
    await page.goto(path);
    return await page
      .locator("[data-embed-card]")
      .evaluate((card) => Math.ceil(card.getBoundingClientRect().height));
  } finally {
    await context.close();
  }
}

test("another site shows the campaign's and the letter's widgets in iframes, sized to them, but cannot frame a normal page", async ({
  page,
  baseURL,
  browser,
  cspViolations,
}) => {
  // The normal page refusing its frame is what this test expects to see.
  cspViolations.allow(/frame-ancestors/);
  const campaignWidget = await snippet(page, CAMPAIGN, "Widget (HTML)");
  const letterWidget = await snippet(page, LETTER, "Widget (HTML)");
  expect(campaignWidget).toContain(`src="${baseURL}/embed${CAMPAIGN}"`);
  expect(letterWidget).toContain(`src="${baseURL}/embed${LETTER}"`);
  otherPage = `<!doctype html><title>Our campaigns</title>
    <h1>Our campaigns</h1>
    ${campaignWidget}
    ${letterWidget}
    <iframe id="normal" src="${baseURL}${CAMPAIGN}" title="The campaign page itself" width="600" height="400"></iframe>`;

  await page.goto(otherOrigin);
  await page.waitForLoadState("load");

  const campaign = page.frameLocator(`iframe[src="${baseURL}/embed${CAMPAIGN}"]`);
  await expect(campaign.getByRole("heading", { level: 1, name: CAMPAIGN_TITLE })).toBeVisible();
  await expect(campaign.getByText(/No response for (?:about )?[\d,]+ days/).first()).toBeVisible();
  await expect(
    campaign.getByText("Co-sponsor the UN Human Rights Council resolution on North Korea"),
  ).toBeVisible();
  // No site header in a widget; its links open the full record in a new tab.
  await expect(campaign.getByRole("banner")).toHaveCount(0);
  const full = campaign.getByRole("link", { name: /See the full record/ });
  await expect(full).toHaveAttribute("href", CAMPAIGN);
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", "noopener");

  const letter = page.frameLocator(`iframe[src="${baseURL}/embed${LETTER}"]`);
  await expect(letter.getByRole("heading", { level: 1, name: LETTER_TITLE })).toBeVisible();
  await expect(letter.getByText(/No response for (?:about )?[\d,]+ days/)).toBeVisible();
  await expect(letter.getByText("67 organisations and 10 individuals")).toBeVisible();

  // Each iframe takes its widget's height (the snippet's script, asked by the widget's):
  // nothing cut off, no gap below, whatever the widget holds.
  for (const [path, fallback] of [
    [CAMPAIGN, EMBED_HEIGHTS.campaign],
    [LETTER, EMBED_HEIGHTS.letter],
  ] as const) {
    const frame = page.locator(`iframe[src="${baseURL}/embed${path}"]`);
    expect(campaignWidget + letterWidget).toContain(`height="${fallback}"`);
    const content = await widgetHeight(browser, `/embed${path}`, await frame.evaluate((f) => f.clientWidth));
    // The demo widgets are not as tall as their fallback heights, or this could not tell.
    expect(Math.abs(content - fallback), path).toBeGreaterThan(10);
    await expect.poll(() => frame.evaluate((f) => f.clientHeight), { message: path }).toBe(content);
  }

  // Narrower, the campaign's widget wraps to more lines: its iframe grows with it.
  const campaignFrame = page.locator(`iframe[src="${baseURL}/embed${CAMPAIGN}"]`);
  const wide = await campaignFrame.evaluate((f) => f.clientHeight);
  await campaignFrame.evaluate((f) => {
    f.style.maxWidth = "320px";
  });
  const narrow = await widgetHeight(browser, `/embed${CAMPAIGN}`, 320);
  expect(narrow).toBeGreaterThan(wide);
  await expect.poll(() => campaignFrame.evaluate((f) => f.clientHeight)).toBe(narrow);

  // A message that does not come from a widget's frame on the app's origin changes nothing.
  await page.evaluate(() => window.postMessage({ type: "answerable:embed-height", height: 40 }, "*"));
  await page.waitForTimeout(200);
  expect(await campaignFrame.evaluate((f) => f.clientHeight)).toBe(narrow);

  // The campaign's own page refused: the browser shows its error page in the frame instead.
  const normal = page
    .frames()
    .find((frame) => frame.parentFrame() && frame.name() === "" && frame.url().includes("chrome-error"));
  expect(normal, "the normal page's frame was blocked").toBeTruthy();
  await expect(page.frameLocator("#normal").getByRole("heading", { name: CAMPAIGN_TITLE })).toHaveCount(0);
});

test("only the embeds may be framed, whether Next or the page cache's fast path answers", async ({
  request,
}) => {
  for (const path of [CAMPAIGN, LETTER, "/", "/targets"]) {
    const headers = await readFromFastPath(request, path);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  for (const path of [`/embed${CAMPAIGN}`, `/embed${LETTER}`]) {
    const headers = await readFromFastPath(request, path);
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["content-security-policy"], path).not.toContain("frame-ancestors 'none'");
  }
  // Pages Next answers itself: a sign page (never cached) and a missing campaign's 404.
  for (const path of [`${COLLECTING}/sign`, "/campaigns/no-such-campaign", "/sign-in"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("a letter open for signing has a sign link in its widget, opening the sign page in a new tab", async ({
  page,
}) => {
  await page.goto(`/embed${COLLECTING}`);
  const sign = page.getByRole("link", { name: /Sign this letter/ });
  await expect(sign).toHaveAttribute("href", `${COLLECTING}/sign`);
  await expect(sign).toHaveAttribute("target", "_blank");
  await expect(page.getByText("Sample data")).toBeVisible();
});

test("a README can show the letter's badge: its state in words, cacheable, named for screen readers", async ({
  page,
  request,
  baseURL,
}) => {
  const markdown = await snippet(page, LETTER, "Badge in Markdown (for a README)");
  const match = /^\[!\[([^\]]+)\]\(([^)]+)\)\]\(([^)]+)\)$/.exec(markdown);
  expect(match, markdown).toBeTruthy();
  const [, alt, image, link] = match!;
  expect(alt).toBe(`${LETTER_TITLE}: where the letter stands`);
  expect(image).toBe(`${baseURL}${LETTER}/badge.svg`);
  expect(link).toBe(`${baseURL}${LETTER}`);
  // The page shows the badge itself too.
  await expect(page.getByRole("img", { name: alt })).toBeVisible();

  const badge = await request.get(`${LETTER}/badge.svg`);
  expect(badge.status()).toBe(200);
  expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(badge.headers()["cache-control"]).toBe("public, max-age=300");
  const svg = await badge.text();
  expect(svg).toMatch(/>No response for (?:about )?[\d,]+ days<\/text>/);
  expect(svg).toMatch(
    new RegExp(`<title>${LETTER_TITLE}: No response for (?:about )?[\\d,]+ days \\(Answerable\\)</title>`),
  );
  expect(svg).toContain('role="img"');
  const again = await request.get(`${LETTER}/badge.svg`, {
    headers: { "if-none-match": badge.headers().etag! },
  });
  expect(again.status()).toBe(304);
  await expectPlainNotFound(request, `${CAMPAIGN}/letters/no-such-letter/badge.svg`, "No such letter.");
});

/** A PNG's width and height, from its header. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("a shared campaign or letter shows a large card of its own; every public page says its address and has a card", async ({
  request,
  baseURL,
}) => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");
  const campaignCard = `${baseURL}${CAMPAIGN}/share-card.png`;
  const letterCard = `${baseURL}${LETTER}/share-card.png`;
  const siteCard = `${baseURL}/share-card.png`;
  for (const [path, card] of [
    [CAMPAIGN, campaignCard],
    [`${CAMPAIGN}/timeline`, campaignCard],
    [LETTER, letterCard],
    [`${LETTER}/print`, letterCard],
    [`${COLLECTING}/sign`, `${baseURL}${COLLECTING}/share-card.png`],
    ["/", siteCard],
    ["/targets", siteCard],
    ["/awaiting-response", siteCard],
    ["/states", siteCard],
    [`/embed${CAMPAIGN}`, campaignCard],
  ]) {
    const html = await (await request.get(path!)).text();
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    expect(canonical, path).toBeTruthy();
    expect(meta(html, "og:url"), path).toBe(canonical);
    expect(meta(html, "twitter:card"), path).toBe("summary_large_image");
    expect(meta(html, "og:image"), path).toBe(card);
    expect(meta(html, "twitter:image"), path).toBe(card);
    expect(meta(html, "og:image:width"), path).toBe("1200");
    expect(meta(html, "og:image:height"), path).toBe("630");
  }
  for (const card of [campaignCard, letterCard, siteCard]) {
    const response = await request.get(card);
    expect(response.status(), card).toBe(200);
    expect(response.headers()["content-type"], card).toBe("image/png");
    expect(pngSize(await response.body()), card).toEqual({ width: 1200, height: 630 });
  }
  expect((await request.get(`${CAMPAIGN}/letters/no-such-letter/share-card.png`)).status()).toBe(404);
});
