import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * One search box over the public record: reached from every page, usable without
 * JavaScript, grouped by kind, finding partial words and a Korean name typed in part,
 * and never what visitors may not see.
 */

const KOREAN_NAME = "북한인권시민연합";

test("a visitor without JavaScript finds a Korean-named organisation from part of its name", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // Staff register the organisation, as a coalition's member list would bring it in.
  await new SignInPage(page).signInAs("staff@answerable.example");
  await page.goto("/staff/organisations/new");
  await page.getByLabel("Name", { exact: true }).fill(KOREAN_NAME);
  await page.getByLabel("Short name").fill("NKHR");
  await page.getByLabel("Web address part").fill("search-spec-nkhr");
  await page.getByLabel("Country code").fill("KR");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: KOREAN_NAME })).toBeVisible();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await context.newPage();
  await visitor.goto("/");
  await visitor.getByRole("contentinfo").getByRole("link", { name: "Search" }).click();
  await expect(visitor).toHaveURL(/\/search$/);
  await expect(visitor.getByRole("heading", { level: 1, name: "Search the record" })).toBeVisible();

  await visitor.getByLabel("Search for").fill("인권");
  await visitor.getByRole("button", { name: "Search", exact: true }).click();
  await expect(visitor).toHaveURL(/\/search\?q=%EC%9D%B8%EA%B6%8C$/);
  const organisations = visitor.getByRole("region", { name: /^Organisations/ });
  await expect(organisations.getByRole("heading", { level: 2 })).toHaveText("Organisations (1 result)");
  await organisations.getByRole("link", { name: KOREAN_NAME }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: KOREAN_NAME })).toBeVisible();
  await context.close();
});

test("results are grouped by kind, found from the start of a word, and link to their pages", async ({
  page,
}) => {
  await page.goto("/search?q=moon+jae");
  await expect(page.getByLabel("Search for")).toHaveValue("moon jae");
  // Each search's results are not for search engines; the search page itself is.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  const letters = page.getByRole("region", { name: /^Letters/ });
  await expect(
    letters.getByRole("link", { name: "Letter to President Moon Jae-in, December 2019" }),
  ).toBeVisible();
  await expect(letters.getByText(/^In South Korea: re-engage on accountability/).first()).toBeVisible();

  await page.getByLabel("Search for").fill("north kor");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const campaigns = page.getByRole("region", { name: /^Campaigns/ });
  await campaigns.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/campaigns\/south-korea-north-korea-human-rights$/);
});

test("a search that matches nothing says so, and drafts stay hidden", async ({ page }) => {
  await page.goto("/search?q=zzqqxx");
  await expect(page.getByText("Nothing matches “zzqqxx”.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: /^(Campaigns|Letters|Organisations|Governments)/ }),
  ).toHaveCount(0);

  // Punctuation alone is no search at all: the form, without results.
  await page.goto("/search?q=%25%27%3B");
  await expect(page.getByLabel("Search for")).toBeVisible();
  await expect(page.locator("#search-summary")).toHaveCount(0);
});
