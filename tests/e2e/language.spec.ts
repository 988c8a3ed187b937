import { expect, type Page, test } from "../helpers/test";
import { DEMO_PASSWORD } from "../pages/sign-in-page";

/*
 * English at the addresses the site always had, Korean under /ko: the language control
 * in the header leads to the same page in the other language and is remembered; links,
 * sign-in and its redirects stay in the language; search engines learn each page's
 * address in both.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/december-2019-letter`;

/** The header's and footer's words, without the language control (which names the other language in itself). */
async function chromeText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("header, footer")]
      .map((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const control of copy.querySelectorAll("a[hreflang]")) control.remove();
        return copy.textContent ?? "";
      })
      .join(" "),
  );
}

function languageControl(page: Page, name: "한국어" | "English") {
  return page.locator("header").getByRole("link", { name, exact: true });
}

test("the home page in Korean is in Korean, with no English left in its header and footer", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  const nav = page.getByRole("navigation", { name: "주 메뉴" });
  for (const word of ["캠페인", "답변 대기", "결의안", "검색"])
    await expect(nav.getByRole("link", { name: word, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "로그인" })).toBeVisible();
  const text = await chromeText(page);
  for (const word of [
    "Campaigns",
    "Awaiting response",
    "Targets",
    "Resolutions",
    "Search",
    "Menu",
    "Sign in",
  ])
    expect(text, word).not.toContain(word);
  // Its links stay in Korean.
  await expect(nav.getByRole("link", { name: "답변 대기", exact: true })).toHaveAttribute(
    "href",
    "/ko/awaiting-response",
  );
  await expect(languageControl(page, "English")).toHaveAttribute("lang", "en-GB");
  await expect(languageControl(page, "English")).toHaveAttribute("hreflang", "en-GB");
});

test("the language control leads to the same page in the other language, and the choice is remembered", async ({
  page,
}) => {
  await page.goto(CAMPAIGN);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  const korean = languageControl(page, "한국어");
  await expect(korean).toHaveAttribute("lang", "ko");
  await expect(korean).toHaveAttribute("hreflang", "ko");
  await korean.click();
  await expect(page).toHaveURL(new RegExp(`/ko${CAMPAIGN}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  // Remembered: the English address of any page now leads to its Korean page.
  await page.goto(LETTER);
  await expect(page).toHaveURL(new RegExp(`/ko${LETTER}$`));
  await page.goto("/");
  await expect(page).toHaveURL(/\/ko$/);
  // A link on this site to an English page is followed as it is (the letter's "English" version).
  await page.goto(`/ko${LETTER}`);
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement("a"), { href, textContent: "English page" });
    document.body.prepend(link);
  }, LETTER);
  await page.getByRole("link", { name: "English page" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  expect(new URL(page.url()).pathname).toBe(LETTER);

  // And back: English, remembered too.
  await page.goto(`/ko${CAMPAIGN}`);
  await languageControl(page, "English").click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`));
  expect(new URL(page.url()).pathname).toBe(CAMPAIGN);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.goto(LETTER);
  expect(new URL(page.url()).pathname).toBe(LETTER);
});

test("the language control keeps the page's query, and works without JavaScript", async ({
  page,
  browser,
}) => {
  const list = `${LETTER}/signatories`;
  await page.goto(`${list}?kind=individuals&page=2`);
  await languageControl(page, "한국어").click();
  await expect(page).toHaveURL(new RegExp(`/ko${list}\\?kind=individuals&page=2$`));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(CAMPAIGN);
  await languageControl(plain, "한국어").click();
  await expect(plain).toHaveURL(new RegExp(`/ko${CAMPAIGN}$`));
  await expect(plain.locator("html")).toHaveAttribute("lang", "ko");
  await context.close();
});

test("a signed-out visit to the Korean staff workspace asks to sign in in Korean, and signing in returns there", async ({
  page,
}) => {
  await page.goto("/ko/staff");
  await expect(page).toHaveURL(/\/ko\/sign-in\?callbackUrl=%2Fstaff$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1, name: "로그인" })).toBeVisible();
  await page.getByLabel("이메일 주소").fill("staff@answerable.example");
  await page.getByLabel("비밀번호", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page).toHaveURL(/\/ko\/staff$/);
  await expect(page.getByRole("heading", { level: 1, name: "운영 공간" })).toBeVisible();
});

test("each public page names its own language's address as canonical and the other as an hreflang alternate", async ({
  page,
  baseURL,
}) => {
  for (const [path, canonical] of [
    [`/ko${CAMPAIGN}`, `/ko${CAMPAIGN}`],
    [CAMPAIGN, CAMPAIGN],
    ["/ko", "/ko"],
  ] as const) {
    await page.goto(path);
    const unprefixed = path.replace(/^\/ko(?=\/|$)/, "") || "/";
    const korean = unprefixed === "/" ? "/ko" : `/ko${unprefixed}`;
    const href = (selector: string) => page.locator(selector).getAttribute("href");
    expect(await href('link[rel="canonical"]'), path).toBe(`${baseURL}${canonical}`);
    expect(await href('link[rel="alternate"][hreflang="ko"]'), path).toBe(`${baseURL}${korean}`);
    expect(await href('link[rel="alternate"][hreflang="en-GB"]'), path).toBe(
      `${baseURL}${unprefixed === "/" ? "" : unprefixed}`,
    );
    expect(await href('link[rel="alternate"][hreflang="x-default"]'), path).toBe(
      `${baseURL}${unprefixed === "/" ? "" : unprefixed}`,
    );
  }
});

test("the sitemap lists every public page in both languages", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const path of ["/", "/ko", CAMPAIGN, `/ko${CAMPAIGN}`, LETTER, `/ko${LETTER}`])
    expect(urls, path).toContain(`${baseURL}${path}`);
  expect(xml).toContain(`hreflang="ko" href="${baseURL}/ko${CAMPAIGN}"`);
});

test("on a phone the Korean header stays one row, the language control in it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/ko${CAMPAIGN}`);
  await expect(
    page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "로그인" }),
  ).toBeVisible();
  await expect(languageControl(page, "English")).toBeVisible();
  expect((await page.locator("header").boundingBox())!.height).toBeLessThan(64);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
