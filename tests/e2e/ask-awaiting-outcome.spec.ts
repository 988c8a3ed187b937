import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffCampaignPage } from "../pages/staff-campaign-page";

/*
 * An ask whose decision date has passed with no outcome recorded: the public page no
 * longer calls it pending, the campaign's next decision point passes over it, and the
 * staff dashboard lists it until someone records what was decided.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const AWAITING = "Decision date passed — outcome not yet recorded";

/** The ask's entry on the public campaign page. */
async function publicAsk(page: Page, title: string) {
  await page.goto(CAMPAIGN);
  return page.getByRole("region", { name: /asks/i }).getByRole("listitem").filter({ hasText: title }).first();
}

test("an ask decided in March 2024 with no outcome says so in public and waits on the staff dashboard", async ({
  page,
}) => {
  const title = `Meet the coalition before the March session e2e-${Date.now().toString(36)}`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffCampaignPage(page);
  await staff.open(/North Korea/);

  // Known only to the month: it passes once March 2024 is over.
  await staff.addAsk(title, { date: "2024-03-15", precision: "Month only" });
  await expect(page.getByText("Ask added. It is on the campaign page now.")).toBeVisible();

  // The public page: not "Pending", and not the next decision point either.
  const ask = await publicAsk(page, title);
  await expect(ask.getByText("March 2024")).toBeVisible();
  await expect(ask).toContainText(AWAITING);
  await expect(ask).not.toContainText("Pending");
  await expect(page.getByRole("region", { name: "At a glance" })).not.toContainText(title);

  // The dashboard: under "Needs an outcome", linked to the campaign's staff page.
  await page.goto("/staff");
  const row = page
    .getByRole("region", { name: /^Needs an outcome/ })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(row).toContainText("March 2024");
  await row.getByRole("link", { name: /North Korea/ }).click();
  await expect(page).toHaveURL(/\/staff\/campaigns\/[0-9a-f-]{36}$/);
  await expect(staff.ask(title)).toBeVisible();
});
