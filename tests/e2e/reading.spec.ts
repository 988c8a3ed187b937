import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffCampaignPage } from "../pages/staff-campaign-page";

/*
 * Small things a reader trips over (issue #17): a line said twice, a heading read as one
 * word, a count beside a tally that disagrees with it, a field called optional that is not.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";

test("a letter's addressee line does not repeat the target it already names", async ({ page }) => {
  await page.goto(`${CAMPAIGN}/letters/follow-up-letter-2026`);
  const to = page
    .getByRole("banner")
    .or(page.locator("header"))
    .getByText(/^To the President/);
  await expect(to.first()).toHaveText("To the President of the Republic of Korea");
});

test("an ask's heading is read with a space after its number", async ({ page }) => {
  await page.goto(CAMPAIGN);
  const headings = page.getByRole("region", { name: "The asks" }).getByRole("heading", { level: 3 });
  await expect(headings.first()).toHaveAccessibleName(/^1\. \S/);
});

test("a signatories tab counts everyone of its kind, as the tally does, and the list says how many are named", async ({
  page,
}) => {
  await page.goto(`${CAMPAIGN}/letters/march-2020-joint-letter/signatories?kind=individuals`);
  const tally = await page.getByRole("main").locator("header").textContent();
  const individuals = Number(/([\d,]+) individuals?/.exec(tally ?? "")?.[1]?.replace(/,/g, ""));
  expect(individuals).toBeGreaterThan(0);
  const tab = page.getByRole("navigation", { name: "Kind of signatory" }).getByRole("link", {
    name: /^Individuals/,
  });
  await expect(tab).toHaveText(`Individuals (${individuals.toLocaleString("en")})`);
  await expect(page.getByRole("status")).toContainText("listed by name");
});

test("staff see that an outcome's date is needed unless the outcome is pending", async ({ page }) => {
  const title = `Meet the coalition e2e-${Date.now().toString(36)}`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffCampaignPage(page);
  await staff.open(/North Korea/);
  await staff.addAsk(title);
  await expect(staff.ask(title)).toBeVisible();

  await staff.ask(title).getByText("Record the outcome").click();
  const legend = staff.ask(title).locator("legend", { hasText: "Decided on" });
  await expect(legend).toHaveText("Decided on (required unless the outcome is pending)");
});

test("the campaign page names whom it presses by their kind", async ({ page }) => {
  await page.goto(CAMPAIGN);
  await expect(page.getByRole("region", { name: "The asks" })).toContainText(
    "What was asked of the government:",
  );
  // In the outcomes' legend, folded until opened.
  await expect(page.getByText("The government did what was asked.")).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the timeline's filter is there and hides the kinds unticked", async ({ page }) => {
    await page.goto(`${CAMPAIGN}/timeline`);
    const filter = page.getByRole("group", { name: "Show on the timeline" });
    const sent = page.locator('li[data-kind="letter_sent"]');
    await expect(sent.first()).toBeVisible();
    await filter.getByLabel(/^Letters sent/).uncheck();
    for (const entry of await sent.all()) await expect(entry).toBeHidden();
    await expect(page.locator('li[data-kind="response"], li[data-kind="event"]').first()).toBeVisible();
  });
});
