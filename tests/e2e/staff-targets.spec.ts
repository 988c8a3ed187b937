import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

test("a new target takes the time zone the field's hint gives as an example", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await new SignInPage(page).signInAs("staff@answerable.example");
  // Geneva, where the UN bodies sit, keeps Zurich's clock: IANA names it Europe/Zurich.
  await new StaffLetterPage(page).createTarget({
    name: `Swiss Federal Council e2e-${stamp}`,
    state: /^Switzerland$/,
    timeZone: "Europe/Geneva",
  });
  await expect(page.getByText("This is not a time zone we know.")).toHaveCount(0);
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/Zurich");
});
