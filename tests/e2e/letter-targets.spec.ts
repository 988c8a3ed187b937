import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * A letter to three governments, as staff make it: each target on its own clock, so the
 * public letter page shows the one that answered and, for the two that did not, how long
 * each has been silent, counted in its own time zone.
 */

const CAMPAIGN = /North Korea/;

test("staff address a letter to three targets; the public page shows one answered and two silent", async ({
  page,
}) => {
  // Names of their own, so the test can run again against the same data.
  const stamp = Date.now().toString(36);
  const japan = `Government of Japan e2e-${stamp}`;
  const usa = `Government of the United States e2e-${stamp}`;
  const title = `Letter to three governments e2e-${stamp}`;

  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffLetterPage(page);
  await staff.createTarget({ name: japan, state: /^Japan$/, timeZone: "Asia/Tokyo" });
  await staff.createTarget({ name: usa, state: /^United States of America$/, timeZone: "America/New_York" });

  await staff.createLetter({
    campaign: CAMPAIGN,
    title,
    addressee: "Heads of government",
    text: "We write to each of your governments.",
    others: [japan, usa],
    deadlineDays: 30,
  });
  await expect(staff.targets.getByRole("checkbox", { checked: true })).toHaveCount(3);
  await staff.setTargetLine(japan, "Prime Minister of Japan");
  await staff.openForSigning();
  // Sent long ago with 30 days to answer: the deadline is well past for every target.
  await staff.markSent("2020-03-03");
  const publicPath = await staff.publicPath();

  await staff.recordResponse({
    campaign: CAMPAIGN,
    letter: title,
    target: new RegExp(japan),
    on: "2020-03-12",
    summary: "The Prime Minister's office replied in writing.",
  });

  await page.goto(publicPath);
  await expect(page.getByText("2 of 3 have not answered").first()).toBeVisible();
  const table = page.getByRole("table", { name: /targets of this letter/ });
  await expect(table.getByRole("row")).toHaveCount(4); // header + 3 targets
  const answered = table.getByRole("row", { name: new RegExp(japan) });
  await expect(answered).toContainText("Answered 12 March 2020");
  await expect(answered).toContainText("Stance: Positive");
  await expect(answered).toContainText("Prime Minister of Japan");
  for (const silent of [/Republic of Korea/, new RegExp(usa)]) {
    const row = table.getByRole("row", { name: silent });
    await expect(row).toContainText(/No response for [\d,]+ days/);
    await expect(row).toContainText("Deadline 2 April 2020");
  }
  await expect(table.getByText(/No response for [\d,]+ days/)).toHaveCount(2);

  // Each target's state page is linked from its row.
  await expect(answered.getByRole("link", { name: japan })).toHaveAttribute("href", "/states/jpn");

  // On a phone the addressee column gives way: each row says its line under the target's name.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(answered.getByText("To Prime Minister of Japan")).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(usa) })).toContainText(
    /No response for [\d,]+ days/,
  );
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);

  // The printed letter names every addressee.
  await page.goto(`${publicPath}/print`);
  const addressees = page.getByRole("list", { name: "Addressees" });
  await expect(addressees.getByRole("listitem")).toHaveCount(3);
  await expect(addressees).toContainText(`Prime Minister of Japan, ${japan}`);
});
