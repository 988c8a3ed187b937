import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffCampaignPage } from "../pages/staff-campaign-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * Staff enter history as precisely as the source gives it and no more: a letter sent
 * "on 28 or 29 September 2017", an event "in November 2019", another "in late November
 * 2019". The public pages write those words, and every day count built on them says
 * "about"; a deadline counts from the range's last day.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";

// Each test walks the staff forms and three public pages.
test.describe.configure({ timeout: 180_000 });

test("a letter sent on 28 or 29 September 2017 with 10 days to answer: due 9 October, silent for about so many days", async ({
  page,
}) => {
  const title = `Letter on reprisals, sent 28 or 29 September e2e-${Date.now().toString(36)}`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffLetterPage(page);
  await staff.createLetter({
    campaign: /North Korea/,
    title,
    addressee: "Members of the Human Rights Council",
    text: "We write about reprisals against those who cooperate with the United Nations.",
    others: [],
    deadlineDays: 10,
  });

  // A range that ends before it starts is refused beside its last day; nothing is recorded.
  await staff.markSentWithin("2017-09-28", "2017-09-20");
  await expect(page.locator("#sent-on-end-error")).toHaveText(/The last day must come after the first\./);
  await expect(page.getByLabel("Last day of the range")).toHaveAttribute("aria-invalid", "true");

  await staff.markSentWithin("2017-09-28", "2017-09-29");
  await expect(page.getByText(/The letter is recorded as sent/)).toBeVisible();
  const publicPath = await staff.publicPath();
  const silence = /No response for about [\d,]+ days/;

  await page.goto(publicPath);
  const facts = page.getByRole("region", { name: "About this letter" });
  await expect(facts).toContainText("28 or 29 September 2017");
  // Ten days from the range's last day, not from its first.
  await expect(facts).toContainText("9 October 2017");
  await expect(facts).not.toContainText("8 October 2017");
  await expect(page.getByText(silence).first()).toBeVisible();

  await page.goto(CAMPAIGN);
  const letter = page
    .getByRole("region", { name: /letters/i })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(letter).toContainText("28 or 29 September 2017");
  await expect(letter).toContainText(silence);
  await page.goto("/awaiting-response");
  const awaiting = page.getByRole("listitem").filter({ hasText: title });
  await expect(awaiting).toContainText("28 or 29 September 2017");
  await expect(awaiting).toContainText(silence);
});

/** Logs an event on the demo campaign's staff page, its date at a precision the form offers. */
async function logEvent(
  page: Page,
  title: string,
  when: (group: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  await page.getByText("Log an event").click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add event" }) });
  await form.getByLabel("What happened").fill(title);
  await when(form.getByRole("group", { name: "When" }));
  await form.getByRole("button", { name: "Add event" }).click();
}

test("events known to the month and to late November are written so on the public timeline", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const inNovember = `The government withdraws as co-sponsor e2e-${stamp}`;
  const lateNovember = `The government deports two fishermen e2e-${stamp}`;
  await new SignInPage(page).signInAs("staff@answerable.example");
  await new StaffCampaignPage(page).open(/North Korea/);

  await logEvent(page, inNovember, async (when) => {
    await when.getByLabel("Date").fill("2019-11-15");
    await when.getByLabel("Known to the").selectOption({ label: "Month only" });
  });
  await expect(page.getByText("Event added.", { exact: false }).first()).toBeVisible();

  // Part of a month, with no part chosen, is refused beside the field.
  await page.reload();
  await logEvent(page, lateNovember, async (when) => {
    await when.getByLabel("Date").fill("2019-11-07");
    await when.getByLabel("Known to the").selectOption({ label: "Part of a month (early, mid, late)" });
  });
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add event" }) });
  await expect(form.getByText("Choose early, mid or late.")).toBeVisible();
  await form.getByLabel("Which part of the month").selectOption({ label: "Late (21st to the end)" });
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByText("Event added.", { exact: false }).first()).toBeVisible();

  await page.goto(`${CAMPAIGN}/timeline`);
  const month = page.getByRole("listitem").filter({ hasText: inNovember });
  await expect(month).toContainText("November 2019");
  await expect(month).not.toContainText("15 November");
  const late = page.getByRole("listitem").filter({ hasText: lateNovember });
  await expect(late).toContainText("late November 2019");
  await expect(late.locator("time")).toHaveAttribute("datetime", "2019-11");
});
