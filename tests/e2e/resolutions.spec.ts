import { daysBetween, todayIn } from "@/lib/domain/deadlines";
import { expectNoAxeViolations } from "../helpers/axe";
import { expectNotFound } from "../helpers/not-found";
import { expect, type Page, test } from "../helpers/test";

/*
 * A visitor reads the UN record of the demo story, as the reference document states it:
 * the Republic of Korea co-sponsored the General Assembly resolution on North Korea for
 * over a decade, then withdrew in November 2019; the coalition's letters to its
 * government went unanswered.
 */

const LINE = "/resolutions/dprk-human-rights-general-assembly";
const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const ROK = "Republic of Korea";
const SOURCE = /^Source: Human Rights Watch news release, 3 March 2020/;

/** "No response for about 2,554 days": the December 2019 letter (sent that month, day unknown), counted in Seoul. */
function decemberSilence(): string {
  const days = daysBetween("2019-12-01", todayIn("Asia/Seoul", new Date()));
  return `No response for about ${new Intl.NumberFormat("en").format(days)} days`;
}

const matrixOf = (page: Page) => page.getByRole("table", { name: /^Positions of \d+ states/ });

/** The matrix's rows of states (the totals under them are row headers too, without a link). */
const stateRows = (page: Page) =>
  matrixOf(page)
    .getByRole("rowheader")
    .filter({ has: page.getByRole("link") });

/** The Republic of Korea's cell at a session ("74th session"), by the column's header. */
async function rokCell(page: Page, session: string) {
  const matrix = matrixOf(page);
  const headers = await matrix.getByRole("columnheader").allInnerTexts();
  const column = headers.findIndex((header) => header.startsWith(session));
  expect(column, `a column for the ${session}`).toBeGreaterThan(0);
  const row = matrix
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: ROK, exact: true }) });
  // The first column is the state's name, a row header; the sessions' cells follow it.
  return row.getByRole("cell").nth(column - 1);
}

test("the General Assembly resolution shows the Republic of Korea dropping out at the 74th session, with the source", async ({
  page,
}) => {
  await page.goto("/resolutions");
  await page
    .getByRole("link", {
      name: /Situation of human rights in the Democratic People's Republic of Korea \(General Assembly\)/,
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`${LINE}$`));

  // The news comes first: who dropped at the latest session on record.
  const changes = page.getByRole("region", { name: "Changes at the 74th session" });
  const rok = changes
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: ROK, exact: true }) });
  await expect(rok).toContainText("dropped");
  await expect(rok).toContainText("Withdrew co-sponsorship");
  await expect(rok).toContainText("November 2019");
  await expect(rok.getByRole("link", { name: SOURCE })).toBeVisible();

  // The matrix says it too, in words: co-sponsor at the 73rd session, withdrew at the 74th.
  const withdrawal = await rokCell(page, "74th session");
  await expect(withdrawal).toContainText("Withdrew co-sponsorship");
  await expect(withdrawal).toContainText("dropped");
  await expect(await rokCell(page, "73")).toContainText("Co-sponsor");
  await expect(await rokCell(page, "63")).toContainText("Co-sponsor");
  // Sessions run newest first, with the 74th's symbol in its heading.
  const headers = await matrixOf(page).getByRole("columnheader").allInnerTexts();
  expect(headers.findIndex((h) => h.startsWith("74th"))).toBeLessThan(
    headers.findIndex((h) => h.startsWith("73")),
  );
  expect(headers.find((h) => h.startsWith("74th"))).toContain("A/C.3/74/L.27");

  // Each session's text, with its symbols and how it was adopted.
  const texts = page.getByRole("region", { name: "The text at each session" });
  await expect(texts.getByText("A/C.3/74/L.27 (draft), A/RES/74/166 (adopted)")).toBeVisible();
});

test("every change in co-sponsorship has a page of its own, session by session, with dates and sources", async ({
  page,
}) => {
  await page.goto(LINE);
  await page.getByRole("link", { name: /^Every change in co-sponsorship, session by session/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LINE}/changes$`));
  await expect(page.getByRole("heading", { level: 1, name: "Changes in co-sponsorship" })).toBeVisible();

  const table = page.getByRole("table", {
    name: /^Changes in co-sponsorship at \d+ sessions?, newest first$/,
  });
  const rok = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ROK, exact: true }) });
  await expect(rok).toHaveCount(1);
  await expect(rok).toContainText("dropped");
  await expect(rok).toContainText("Withdrew co-sponsorship");
  await expect(rok).toContainText("November 2019");
  await expect(
    rok.getByRole("link", { name: /^Human Rights Watch news release, 3 March 2020/ }),
  ).toBeVisible();
  // Under its session's heading.
  const session = table
    .locator("tbody")
    .filter({ has: page.getByRole("rowheader", { name: ROK, exact: true }) });
  await expect(session.getByRole("columnheader", { name: /^74th session/ })).toBeVisible();

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${LINE}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the regional-group filter narrows the rows to the group's states", async ({ page }) => {
    await page.goto(LINE);
    const all = await stateRows(page).count();
    expect(all).toBeGreaterThan(1);
    await expect(page.getByRole("rowheader", { name: ROK, exact: true })).toBeVisible();

    await page.getByLabel("Regional group").selectOption({ label: "Western European and Others Group" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${LINE}/groups/weog$`));
    const western = await stateRows(page).count();
    expect(western).toBeGreaterThan(0);
    expect(western).toBeLessThan(all);
    await expect(page.getByRole("rowheader", { name: ROK, exact: true })).toHaveCount(0);
    await expect(page.getByLabel("Regional group")).toHaveValue("weog");

    await page.getByLabel("Regional group").selectOption({ label: "Asia-Pacific Group" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${LINE}/groups/asia-pacific$`));
    await expect(page.getByRole("rowheader", { name: ROK, exact: true })).toBeVisible();
    expect(await stateRows(page).count()).toBeLessThan(all);

    await page.getByLabel("Regional group").selectOption({ label: "All states" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${LINE}$`));
    expect(await stateRows(page).count()).toBe(all);
  });
});

test("on a phone the latest sessions sit beside the state's name, and only the table scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LINE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("rowheader", { name: ROK, exact: true }).scrollIntoViewIfNeeded();
  const cell = await rokCell(page, "74th session");
  const box = await cell.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test("the state page lists the letters addressed to the Republic of Korea, unanswered, and its positions", async ({
  page,
}) => {
  await page.goto("/targets");
  await page.getByRole("link", { name: "Government of the Republic of Korea" }).click();
  await expect(page).toHaveURL(/\/targets\/republic-of-korea$/);
  await page.getByRole("link", { name: "Its state's positions at the UN" }).click();
  await expect(page).toHaveURL(/\/states\/kor$/);
  await expect(page.getByRole("heading", { level: 1, name: ROK, exact: true })).toBeVisible();
  await expect(page.getByText("한국", { exact: true })).toHaveAttribute("lang", "ko");
  await expect(page.getByText("Asia-Pacific Group")).toBeVisible();

  const letters = page.getByRole("region", { name: "Letters addressed to it" });
  const december = letters.getByRole("listitem").filter({ hasText: "67 organisations and 10 individuals" });
  await expect(december).toContainText(decemberSilence());
  await expect(december).toContainText("President Moon Jae-in");
  await expect(
    letters.getByRole("listitem").filter({ hasText: /No response for (about )?[\d,]+ days/ }),
  ).not.toHaveCount(0);

  const positions = page.getByRole("region", { name: "Its positions on resolutions" });
  const withdrawal = positions.getByRole("listitem").filter({ hasText: "Withdrew co-sponsorship" });
  await expect(withdrawal).toContainText("74th session");
  await expect(withdrawal).toContainText("November 2019");
  await expect(withdrawal.getByRole("link", { name: SOURCE })).toBeVisible();

  // One address per state.
  await page.goto("/states/KOR");
  await expect(page).toHaveURL(/\/states\/kor$/);
});

test("the campaign's timeline and feed carry the withdrawal from the UN record, sourced and dated", async ({
  page,
  request,
}) => {
  const change = "Republic of Korea withdrew its co-sponsorship of A/C.3/74/L.27";
  await page.goto(`${CAMPAIGN}/timeline`);
  const entry = page.getByRole("listitem").filter({ hasText: change });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("November 2019");
  await expect(entry.getByRole("link", { name: SOURCE })).toBeVisible();
  await entry.getByRole("link", { name: change }).click();
  await expect(page).toHaveURL(new RegExp(`${LINE}$`));

  const feed = await (await request.get(`${CAMPAIGN}/feed.xml`)).text();
  expect(feed).toContain(change);
});

test("the header and footer lead to the resolutions and states", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Resolutions" }).click();
  await expect(page).toHaveURL(/\/resolutions$/);
  await page.getByRole("contentinfo").getByRole("link", { name: "States" }).click();
  await expect(page).toHaveURL(/\/states$/);
  await expect(page.getByRole("heading", { name: "Asia-Pacific Group" })).toBeVisible();
  await page.getByRole("link", { name: ROK, exact: true }).click();
  await expect(page).toHaveURL(/\/states\/kor$/);
});

test("the resolution and state pages are served from the page cache", async ({ request }) => {
  for (const path of [
    LINE,
    `${LINE}/groups/asia-pacific`,
    `${LINE}/changes`,
    "/resolutions",
    "/states",
    "/states/kor",
  ]) {
    await expect
      .poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], {
        message: `${path} is served from the page cache`,
        timeout: 20_000,
      })
      .toBe("HIT");
  }
});

const MISSING = [
  "/resolutions/no-such-resolution",
  `${LINE}/groups/no-such-group`,
  "/resolutions/no-such-resolution/groups/weog",
  "/resolutions/no-such-resolution/changes",
  "/states/xyz",
  "/states/korea",
];

test("unknown resolutions, groups and states are not found", async ({ page }) => {
  for (const path of MISSING) await expectNotFound(page, path);
});

for (const path of [
  "/resolutions",
  LINE,
  `${LINE}/groups/asia-pacific`,
  `${LINE}/changes`,
  "/states",
  "/states/kor",
]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    // The folded lists hold content too.
    for (const details of await page.locator("details").all())
      await details.evaluate((d) => d.setAttribute("open", ""));
    await expectNoAxeViolations(page);
  });
}
