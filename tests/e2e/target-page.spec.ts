import { expectNotFound } from "../helpers/not-found";
import { expect, test } from "../helpers/test";

/*
 * Each target has a page of its own: its figures as /targets counts them, and every
 * public letter addressed to it with where that letter stands for it. /targets reads on a
 * phone without sideways scrolling and links to each.
 */

const TARGET = "/targets/republic-of-korea";
const NAME = "Government of the Republic of Korea";

test("a target's page gives its figures and every public letter addressed to it, with its status", async ({
  page,
}) => {
  await page.goto(TARGET);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page).toHaveTitle(`${NAME} · Answerable`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/targets\/republic-of-korea$/,
  );

  const figures = page.getByRole("region", { name: "Its answers" });
  // Letters sent: the demo's two, and any the other tests have addressed to it since.
  const sent = Number(await figures.getByRole("definition").first().textContent());
  expect(sent).toBeGreaterThanOrEqual(2);
  await expect(figures).toContainText("No answers yet");

  const letters = page.getByRole("region", { name: "Letters addressed to it" });
  const items = letters.getByRole("listitem");
  // The demo's three (two sent, one collecting), and any the other tests have added.
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  const december = items.filter({
    has: page.getByRole("link", { name: "Letter to President Moon Jae-in, December 2019" }),
  });
  // Sent in December 2019, known only to the month: "about" so many days.
  await expect(december).toContainText(/No response for about [\d,]+ days/);
  await december.getByRole("link", { name: "Letter to President Moon Jae-in, December 2019" }).click();
  await expect(page).toHaveURL(/\/letters\/december-2019-letter$/);
});

test("an unknown target has no page", async ({ page }) => {
  await expectNotFound(page, "/targets/no-such-target");
});

test("on a phone, /targets is a card per target, every figure on screen, linking to the target's page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/targets");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: NAME }) });
  await expect(card).toBeVisible();
  const overdue = card.getByRole("definition").last();
  await expect(overdue).toHaveText(/^\d+$/);
  expect(Number(await overdue.textContent())).toBeGreaterThanOrEqual(2);
  const box = (await overdue.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // The wide table is for wider screens.
  await expect(page.getByRole("table")).toBeHidden();

  await card.getByRole("link", { name: NAME }).click();
  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
});

test("/awaiting-response lists the letters before explaining how it counts", async ({ page }) => {
  await page.goto("/awaiting-response");
  const list = page.getByRole("heading", { level: 2, name: NAME });
  const method = page.getByRole("heading", { level: 2, name: "How the days are counted" });
  const [listTop, methodTop] = await Promise.all([list.boundingBox(), method.boundingBox()]);
  expect(listTop!.y).toBeLessThan(methodTop!.y);
  await list.getByRole("link", { name: NAME }).click();
  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
});
