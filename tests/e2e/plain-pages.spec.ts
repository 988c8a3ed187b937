import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Public pages are plain HTML with one small script (lib/server/plain-page.ts,
 * public/enhance.js). What that script does, a visitor notices: the header knows who is
 * signed in, buttons that need script appear and work, the timeline filter counts, a
 * refused form's summary takes focus; and a page React runs leads to a public page that
 * arrives whole, with its script, not drawn by React without it.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const PRINT = `${CAMPAIGN}/letters/march-2020-joint-letter/print`;
const SIGN = `${CAMPAIGN}/letters/follow-up-letter-2026/sign`;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Whether the page runs React: its router leaves its mark on the window. */
const runsReact = (page: Page) => page.evaluate(() => "next" in window || "__next_f" in window);

test("a signed-out visitor's header offers to sign in, and the page runs no framework", async ({ page }) => {
  await page.goto(CAMPAIGN);
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await runsReact(page)).toBe(false);
});

test("the page's one script is named with its version, so the browser keeps it", async ({ request }) => {
  const html = await (await request.get(CAMPAIGN)).text();
  const src = /<script src="(\/enhance\.js\?v=[\w-]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  const script = await request.get(src!);
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(script.headers()["content-type"]).toMatch(/javascript/);
});

test("signed in, public pages show the account menu, with the staff workspace for staff only", async ({
  browser,
}) => {
  for (const [email, staff] of [
    ["staff@answerable.example", true],
    ["member@answerable.example", false],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new SignInPage(page).signInAs(email);
    await page.goto(CAMPAIGN);
    await mainNav(page).getByText("Account", { exact: true }).click();
    await expect(mainNav(page).getByRole("link", { name: "Your account" })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Staff", exact: true })).toHaveCount(staff ? 1 : 0);
    await context.close();
  }
});

test("a link from a page React runs loads the public page whole, its header filled in", async ({ page }) => {
  await new SignInPage(page).signInAs("staff@answerable.example");
  expect(await runsReact(page)).toBe(true);
  await page.getByRole("link", { name: "Answerable, home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(mainNav(page).getByText("Account", { exact: true })).toBeVisible();
  expect(await runsReact(page)).toBe(false);
});

test("the print button shows with script and prints; without script it is not drawn", async ({ browser }) => {
  const scripted = await browser.newPage();
  await scripted.goto(PRINT);
  await scripted.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "");
  });
  await scripted.getByRole("button", { name: /print/i }).click();
  await expect(scripted.locator("body")).toHaveAttribute("data-printed", "");
  await scripted.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(PRINT);
  await expect(plain.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(plain.getByRole("button", { name: /print/i })).toHaveCount(0);
  await context.close();
});

test("the timeline filter says how many entries it shows, and shows everything again", async ({ page }) => {
  await page.goto(`${CAMPAIGN}/timeline`);
  const filter = page.getByRole("group", { name: "Show on the timeline" });
  const status = page.getByRole("status").filter({ hasText: /^Showing|^Nothing/ });
  const all = Number(/of (\d+)/.exec((await status.textContent()) ?? "")?.[1]);
  expect(all).toBeGreaterThan(3);
  await expect(status).toHaveText(`Showing ${all} of ${all} entries.`);
  const first = filter.getByRole("checkbox").first();
  const count = Number(/\((\d+)\)/.exec((await first.locator("xpath=..").textContent()) ?? "")?.[1]);
  await first.uncheck();
  await expect(status).toHaveText(`Showing ${all - count} of ${all} entries.`);
  await expect(page.locator("li[data-kind]:visible")).toHaveCount(all - count);
  await filter.getByRole("button", { name: "Show everything" }).click();
  await expect(status).toHaveText(`Showing ${all} of ${all} entries.`);
  await expect(first).toBeChecked();
  await expect(filter.getByRole("button", { name: "Show everything" })).toBeHidden();
});

test("a refused signature's summary takes focus; the button says it is working, and a second press sends nothing", async ({
  page,
}) => {
  await page.goto(SIGN);
  const form = page.locator("form").filter({ has: page.getByLabel("E-mail address") });
  // What the button says as the form goes, kept across the page the post leads to.
  await page.evaluate(() =>
    document.addEventListener("submit", (event) => {
      const button = (event as SubmitEvent).submitter;
      sessionStorage.setItem(
        "button",
        JSON.stringify([button?.textContent, button?.getAttribute("aria-disabled"), event.defaultPrevented]),
      );
    }),
  );
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posts += 1;
  });
  await form.getByRole("button", { name: "Sign the letter" }).dblclick();
  const summary = page.getByRole("main").getByRole("alert").first();
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  expect(posts).toBe(1);
  // The second press was stopped, the button already saying it was sending.
  expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem("button"))) ?? "null")).toEqual([
    "Signing…",
    "true",
    true,
  ]);
});
