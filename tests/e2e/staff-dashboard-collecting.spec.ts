import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/* The staff dashboard lists the letters collecting signatures, with their counts and closing times. */

test("the staff dashboard lists the letter collecting signatures with its count and closing time", async ({
  page,
}) => {
  await new SignInPage(page).signInAs("staff@answerable.example");
  await page.goto("/staff");
  const section = page.getByRole("region", { name: /^Collecting signatures/ });
  const row = section.getByRole("listitem").filter({ hasText: "Sample follow-up letter" });
  await expect(row).toContainText(/\d+ signed/);
  await expect(row).toContainText(/closes (\d{1,2} \w+ \d{4} at \d\d:\d\d|no closing date set)/);
  await expect(row).toContainText(/organisations? and \d+ individuals?/);
  await row.getByRole("link", { name: /Sample follow-up letter/ }).click();
  await expect(page).toHaveURL(/\/staff\/letters\/[0-9a-f-]{36}$/);
});
