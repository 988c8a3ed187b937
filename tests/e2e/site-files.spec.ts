import { expect, test } from "../helpers/test";

/*
 * What browsers, phones and search engines ask a site for besides its pages: the icons,
 * the web app manifest, robots.txt and sitemap.xml, and each public page's canonical
 * address. The printed letter says where it stands and where it lives online.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/december-2019-letter`;
const COLLECTING = `${CAMPAIGN}/letters/follow-up-letter-2026`;

test("sitemap.xml lists every public campaign, letter, organisation, target, resolution and state", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const path of [
    "/",
    CAMPAIGN,
    LETTER,
    `${CAMPAIGN}/letters/march-2020-joint-letter`,
    COLLECTING,
    "/organisations/icnk",
    "/targets/republic-of-korea",
    "/resolutions/dprk-human-rights-general-assembly",
    "/states/kor",
  ]) {
    expect(urls, path).toContain(path);
  }
  // Absolute addresses on this site; nothing behind a sign-in.
  expect(xml).toContain(`<loc>${baseURL}/</loc>`);
  expect(urls.filter((u) => /^\/(staff|account|api|sign-in|sign-up|confirm)/.test(u))).toEqual([]);
});

test("robots.txt keeps crawlers out of the staff workspace, accounts and the API, and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const path of ["/staff", "/account", "/api/", "/confirm/"])
    expect(text).toContain(`Disallow: ${path}`);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the site has a favicon, icons, a web app manifest and a theme colour", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
    ["/icon-192.png", "image/png"],
    ["/icon-512.png", "image/png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ short_name: "Answerable", start_url: "/", theme_color: "#1d5a85" });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(["any", "192x192", "512x512"]);

  await page.goto("/");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1d5a85");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/apple-icon\.png/);
});

test("every public page names its canonical address, the sign page included", async ({ page, baseURL }) => {
  for (const [path, canonical] of [
    ["/", ""],
    [`${COLLECTING}/sign`, `${COLLECTING}/sign`],
    [`${LETTER}/print`, LETTER],
    ["/targets", "/targets"],
    ["/targets/republic-of-korea", "/targets/republic-of-korea"],
    ["/awaiting-response", "/awaiting-response"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute(
      "href",
      `${baseURL}${canonical}`,
    );
  }
});

test("the printed letter says where it stands as of today, and its permalink", async ({ page, baseURL }) => {
  await page.goto(`${LETTER}/print`);
  const status = page.getByRole("region", { name: "Status" });
  // "No response as of 7 December 2026: about 2,563 days since it was sent; the deadline was 30 January 2020."
  await expect(status).toContainText(
    /No response as of \d{1,2} \w+ \d{4}: about [\d,]+ days since it was sent; the deadline was 30 January 2020\./,
  );
  await expect(status.getByRole("link", { name: `${baseURL}${LETTER}` })).toHaveAttribute(
    "href",
    `${baseURL}${LETTER}`,
  );
  // Printed, the status stays on paper.
  await page.emulateMedia({ media: "print" });
  await expect(status).toBeVisible();
});
