import { expect, test } from "@playwright/test";
import { daysBetween, todayIn } from "@/lib/deadlines";

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const DECEMBER_LETTER = `${CAMPAIGN}/letters/december-2019-letter`;

/** "No response for 2,554 days": counted from sending (December 2019) to today in Seoul. */
function decemberSilence(): string {
  const days = daysBetween("2019-12-01", todayIn("Asia/Seoul", new Date()));
  return `No response for ${new Intl.NumberFormat("en").format(days)} days`;
}

test("a visitor follows the ICNK campaign from the home page to the printed letter", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("article").filter({ hasText: "Government of the Republic of Korea" }).first();
  await expect(card).toBeVisible();
  await card.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/North Korea/);

  // Both asks are pending, with their decision dates at month precision.
  const asks = page.getByRole("region", { name: /asks/i });
  await expect(
    asks.getByText("Co-sponsor the UN Human Rights Council resolution on North Korea"),
  ).toBeVisible();
  await expect(
    asks.getByText("Re-join the sponsors of the UN General Assembly resolution on North Korea"),
  ).toBeVisible();
  await expect(asks.getByText("March 2020").first()).toBeVisible();
  await expect(asks.getByText("November 2020").first()).toBeVisible();
  await expect(asks.getByText(/pending/i)).toHaveCount(2);

  // The December 2019 letter has had no response, with the day count.
  const letters = page.getByRole("region", { name: /letters/i });
  const december = letters.getByRole("listitem").filter({ hasText: "67 organisations and 10 individuals" });
  await expect(december).toContainText(decemberSilence());

  // The timeline marks the missed deadline too.
  const timeline = page.getByRole("region", { name: /timeline/i });
  await expect(timeline.getByText(decemberSilence()).first()).toBeVisible();

  await december.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${DECEMBER_LETTER}$`));
  await expect(page.getByText("67 organisations and 10 individuals").first()).toBeVisible();
  await expect(page.getByText(decemberSilence()).first()).toBeVisible();
  await expect(page.getByText(/President Moon Jae-in/).first()).toBeVisible();
  await expect(page.getByText(/2 signatories who asked not to be named/)).toBeVisible();

  await page.getByRole("link", { name: /print/i }).click();
  await expect(page).toHaveURL(new RegExp(`${DECEMBER_LETTER}/print$`));
  await expect(page.getByText(/President Moon Jae-in/).first()).toBeVisible();
  await expect(page.getByText("Human Rights Watch").first()).toBeVisible();
});

test("signatories are searchable and paginated", async ({ page }) => {
  await page.goto(`${DECEMBER_LETTER}/signatories?kind=organisations`);
  await page.getByRole("searchbox").fill("CSW");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=CSW/);
  await expect(page.getByRole("main").getByText("CSW", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText("Human Rights Watch")).toHaveCount(0);
});

const MISSING_PAGES = [
  "/campaigns/no-such-campaign",
  "/campaigns/no-such-campaign/timeline",
  `${CAMPAIGN}/letters/no-such-letter`,
  `${CAMPAIGN}/letters/no-such-letter/print`,
  `${CAMPAIGN}/letters/no-such-letter/signatories`,
  `${CAMPAIGN}/letters/no-such-letter/sign`,
  "/organisations/no-such-organisation",
];

test("drafts, private campaigns and unknown pages are not found", async ({ page }) => {
  for (const path of MISSING_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(new URL(page.url()).pathname, "the address stays as typed").toBe(path);
  }
});

test("without JavaScript, a missing page still shows the site's 404 page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    for (const path of MISSING_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
      await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    }
  } finally {
    await context.close();
  }
});

test("public pages are served from the cache", async ({ request }) => {
  await request.get(CAMPAIGN);
  const second = await request.get(CAMPAIGN);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  await request.get(DECEMBER_LETTER);
  expect((await request.get(DECEMBER_LETTER)).headers()["x-nextjs-cache"]).toBe("HIT");
});
