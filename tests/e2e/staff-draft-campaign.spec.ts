import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffCampaignPage } from "../pages/staff-campaign-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * A campaign still in draft, as staff build it before publishing: its letters keep their
 * response deadline on the staff pages, and what is added to it is said to be public only
 * once the campaign is published.
 */

const TARGET = /Republic of Korea/;

/** A draft campaign with one letter sent on 10 January 2024, 30 calendar days to answer. */
async function draftWithSentLetter(page: Page, stamp: string) {
  const campaign = `Unpublished campaign e2e-${stamp}`;
  const letter = `Letter in an unpublished campaign e2e-${stamp}`;
  await new StaffCampaignPage(page).createDraft({ title: campaign, target: TARGET });
  const staff = new StaffLetterPage(page);
  await staff.createLetter({
    campaign: new RegExp(campaign),
    title: letter,
    addressee: "President of the Republic of Korea",
    text: "We write before the campaign is public.",
    others: [],
    deadlineDays: 30,
  });
  await staff.openForSigning();
  await staff.markSent("2024-01-10");
  return { campaign, letter };
}

test("a letter sent in a draft campaign shows staff its response deadline", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await new SignInPage(page).signInAs("staff@answerable.example");
  await draftWithSentLetter(page, stamp);

  await page.reload();
  const overview = page.getByRole("region", { name: "Where it stands" });
  await expect(overview).toContainText("Response deadline");
  await expect(overview.getByText("9 February 2024")).toBeVisible();
});

test("adding an event, an ask or a response to a draft campaign says it is public once published", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  await new SignInPage(page).signInAs("staff@answerable.example");
  const { campaign, letter } = await draftWithSentLetter(page, stamp);
  await new StaffCampaignPage(page).open(new RegExp(campaign));

  await page.getByText("Log an event").click();
  const event = page.locator("form").filter({ has: page.getByRole("button", { name: "Add event" }) });
  await event.getByLabel("What happened").fill("The coalition met the foreign ministry");
  await event.getByRole("group", { name: "When" }).getByLabel("Date").fill("2024-01-05");
  await event.getByRole("button", { name: "Add event" }).click();
  await expect(
    page.getByText("Event added. It will be on the public timeline once the campaign is published."),
  ).toBeVisible();
  await expect(page.getByText("It is on the public timeline now.")).toHaveCount(0);

  await page.getByText("Add an ask").click();
  const ask = page.locator("form").filter({ has: page.getByRole("button", { name: "Add ask" }) });
  await ask.getByLabel("The ask", { exact: true }).fill("Meet the coalition before the session");
  await ask.getByRole("button", { name: "Add ask" }).click();
  await expect(
    page.getByText("Ask added. It will be on the campaign page once the campaign is published."),
  ).toBeVisible();

  await page.getByText("Record a response").click();
  const response = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Record response" }) });
  await new StaffCampaignPage(page).choose(response.getByLabel("Letter answered"), new RegExp(letter));
  await response.getByLabel("Kind of response").selectOption({ label: "Written reply" });
  await response.getByLabel("Stance").selectOption({ label: "Noncommittal" });
  await response.getByRole("group", { name: "When" }).getByLabel("Date").fill("2024-01-20");
  await response.getByLabel("Summary").fill("The ministry acknowledged the letter.");
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(
    page.getByText("Response recorded. The public pages will show it once the campaign is published."),
  ).toBeVisible();
});
