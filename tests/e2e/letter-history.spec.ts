import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * Staff enter a letter from the record, as it happened in 2017: nothing on the public
 * record carries today's date unless it happened today, and a sending date known only to
 * the month gives a deadline counted from the month's end and day counts that say "about".
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";

/** Signs in as staff and starts a draft in the demo campaign, with 10 calendar days to answer. */
async function draftLetter(page: Page, title: string): Promise<StaffLetterPage> {
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
  return staff;
}

test("a letter opened to enter its signatories, then recorded as sent in 2017, is not shown as opened today", async ({
  page,
  request,
}) => {
  // A title of its own, so the test can run again against the same data.
  const title = `Letter on reprisals, opened to enter signatories e2e-${Date.now().toString(36)}`;
  const staff = await draftLetter(page, title);
  await staff.openForSigning();
  await staff.markSent("2017-10-12");

  const opened = `Letter opened for signatures: ${title}`;
  await page.goto(`${CAMPAIGN}/timeline`);
  await expect(page.getByText(`Letter sent: ${title}`)).toBeVisible();
  await expect(page.getByText(opened)).toHaveCount(0);

  // Nor as the home card's latest on the timeline, nor in the campaign's feed.
  await page.goto("/");
  await expect(page.getByText(opened)).toHaveCount(0);
  const feed = await (await request.get(`${CAMPAIGN}/feed.xml`)).text();
  expect(feed).not.toContain(opened);
});

test("staff record a draft straight as sent, with its date: public as sent, never opened", async ({
  page,
}) => {
  const title = `Letter on reprisals, sent without collecting e2e-${Date.now().toString(36)}`;
  const staff = await draftLetter(page, title);
  await staff.markSent("2017-10-12");
  const publicPath = await staff.publicPath();

  await page.goto(publicPath);
  const facts = page.getByRole("region", { name: "About this letter" });
  await expect(facts).toContainText("12 October 2017");
  await expect(facts).toContainText("22 October 2017");

  await page.goto(`${CAMPAIGN}/timeline`);
  await expect(page.getByText(`Letter sent: ${title}`)).toBeVisible();
  await expect(page.getByText(`Letter opened for signatures: ${title}`)).toHaveCount(0);
});

test("a letter from the record keeps the day signing opened when the source gives it, and refuses one after the sending", async ({
  page,
}) => {
  const title = `Letter on reprisals, opened 28 September e2e-${Date.now().toString(36)}`;
  const staff = await draftLetter(page, title);
  // After the sending: refused beside the field, nothing recorded.
  await page.getByLabel("Sent on", { exact: true }).fill("2017-10-12");
  await page.getByLabel("Signing opened on (optional)").fill("2017-10-20");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  // Said beside the field it is about.
  await expect(page.locator("#opened-on-error")).toContainText(
    "The day signing opened cannot be after the sending date.",
  );

  await staff.markSent("2017-10-12", "Only the month", "2017-09-28");
  await page.goto(`${CAMPAIGN}/timeline`);
  const opened = page.getByRole("listitem").filter({ hasText: `Letter opened for signatures: ${title}` });
  await expect(opened).toContainText("28 September 2017");
  await expect(page.getByText(`Letter sent: ${title}`)).toBeVisible();
});

test("a letter sent in October 2017, day unknown, with 10 days to answer: due 10 November, silent for about so many days", async ({
  page,
}) => {
  const title = `Letter on reprisals, sent in October e2e-${Date.now().toString(36)}`;
  const staff = await draftLetter(page, title);
  await staff.markSent("2017-10-12", "Only the month");
  const publicPath = await staff.publicPath();
  const silence = /No response for about [\d,]+ days/;

  // It may have gone on 31 October: not due on 11 October, but 10 days after the month's end.
  await page.goto(publicPath);
  const facts = page.getByRole("region", { name: "About this letter" });
  await expect(facts).toContainText("October 2017");
  await expect(facts).toContainText("10 November 2017");
  await expect(facts).not.toContainText("11 October 2017");
  await expect(page.getByText(silence).first()).toBeVisible();

  // The campaign page and the awaiting-response board say "about" too.
  await page.goto(CAMPAIGN);
  const letter = page
    .getByRole("region", { name: /letters/i })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(letter).toContainText(silence);
  await page.goto("/awaiting-response");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText(silence);
});
