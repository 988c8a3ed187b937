import { todayIn } from "@/lib/domain/deadlines";
import { formatDay } from "@/lib/i18n/dates";
import { expect, type Locator, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Most visitors arrive from a link on a phone: the first screen (390 × 844) must say
 * where things stand, the way to sign must be on it, and the header must stay one row
 * that does not move when the browser learns who is signed in.
 */

const PHONE = { width: 390, height: 844 };
const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const MARCH_LETTER = `${CAMPAIGN}/letters/march-2020-joint-letter`;
const COLLECTING_LETTER = `${CAMPAIGN}/letters/follow-up-letter-2026`;

test.use({ viewport: PHONE });

/** Whether the element is visible and wholly within the first screen, without scrolling. */
async function expectOnFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, "the element has a layout box").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
}

/** Nothing on the page is wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

for (const [name, path] of [
  ["home", "/"],
  ["campaign", CAMPAIGN],
] as const) {
  test(`the ${name} page says which letters went unanswered on the first screen of a phone`, async ({
    page,
  }) => {
    await page.goto(path);
    const strip = page.getByRole("region", { name: "Where it stands" }).first();
    await expectOnFirstScreen(strip.getByText(/^No response for/).first());
    await expect(strip).toContainText("Deadline 2 April 2020");
    await expect(strip.getByRole("link", { name: /^Sign · \d+ signed/ })).toHaveAttribute(
      "href",
      `${COLLECTING_LETTER}/sign`,
    );
    await expectNoSidewaysScroll(page);
  });
}

test("an overdue letter opens with a banner: no response for so many days, the deadline, as of today", async ({
  page,
}) => {
  await page.goto(MARCH_LETTER);
  const today = formatDay(todayIn("Asia/Seoul", new Date()), "en-GB");
  const banner = page.getByRole("region", { name: /^No response for [\d,]+ days\.$/ });
  await expectOnFirstScreen(banner);
  await expect(banner).toContainText(`Deadline 2 April 2020, as of ${today}.`);
  // It is said in words and an icon, not only in red.
  await expect(banner.locator("svg")).toHaveCount(1);
  await expectNoSidewaysScroll(page);
});

test("a collecting letter's first screen has one primary action: Sign this letter", async ({ page }) => {
  await page.goto(COLLECTING_LETTER);
  const sign = page.getByRole("link", { name: "Sign this letter" });
  await expectOnFirstScreen(sign);
  // Wait for the header's account slot, so "Sign in" is there to be compared.
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();

  // Every control on the first screen filled with the sign action's colour.
  const filled = await page.evaluate((height) => {
    const sign = [...document.querySelectorAll("a")].find((a) => a.textContent?.includes("Sign this letter"));
    const colour = sign ? getComputedStyle(sign).backgroundColor : "";
    return [...document.querySelectorAll("a, button, summary")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.top < height;
      })
      .filter((el) => getComputedStyle(el).backgroundColor === colour)
      .map((el) => el.textContent?.trim());
  }, PHONE.height);
  expect(filled).toEqual([expect.stringContaining("Sign this letter")]);
  await expectNoSidewaysScroll(page);
});

/** Where the header's parts and the page's content sit. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r
        ? { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) }
        : null;
    };
    const nav = document.querySelector('nav[aria-label="Main"]');
    return {
      header: box(document.querySelector("header")),
      home: box(document.querySelector('header a[href="/"]')),
      navItems: [...(nav?.querySelectorAll("a, summary") ?? [])]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => ({ text: el.textContent?.trim(), ...box(el) })),
      main: box(document.querySelector("main")),
    };
  });
}

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width} px the header is one row and nothing moves when "Sign in" arrives`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // Add up every layout shift the page makes, as Lighthouse's CLS does.
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; hadRecentInput: boolean }
        >)
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    // Hold the answer to "who is this?" until the page has been measured without it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/me", async (route) => {
      await held;
      await route.continue();
    });

    await page.goto(CAMPAIGN);
    const before = await layout(page);
    release();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
    const after = await layout(page);

    expect(after.header!.h).toBeLessThan(64);
    expect(after.home).toEqual(before.home);
    expect(after.main).toEqual(before.main);
    // The links already there stay where they were; "Sign in" only fills its slot.
    expect(after.navItems.filter((item) => item.text !== "Sign in")).toEqual(before.navItems);
    // The account slot is as wide before the session is known as after.
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.01);
  });
}

test("signed in, the header keeps one row on a phone, with the account behind one menu", async ({ page }) => {
  await new SignInPage(page).signInAs("staff@answerable.example");
  await page.goto(CAMPAIGN);
  const nav = page.getByRole("navigation", { name: "Main" });
  const account = nav.getByText("Account", { exact: true });
  await expect(account).toBeVisible();
  const header = await page.locator("header").boundingBox();
  expect(header!.height).toBeLessThan(64);

  await account.click();
  await expect(nav.getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The site's links are one tap away in the menu.
  await nav.getByText("Menu", { exact: true }).click();
  await expect(nav.getByRole("link", { name: "Awaiting response" })).toBeVisible();
});
