import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffCampaignPage } from "../pages/staff-campaign-page";

/*
 * An ask linked to a resolution text and the position it wants: its outcome per targeted
 * state is worked out from the positions on record, and staff never type it. The demo's
 * General Assembly ask is put to the Republic of Korea, which withdrew its co-sponsorship
 * in November 2019.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const GA_ASK = "Re-join the sponsors of the UN General Assembly resolution";

test.describe.configure({ mode: "serial" });

/** The ask's entry on the public campaign page. */
async function publicAsk(page: Page) {
  await page.goto(CAMPAIGN);
  return page
    .getByRole("region", { name: /asks/i })
    .getByRole("listitem")
    .filter({ hasText: GA_ASK })
    .first();
}

test("staff link an ask to the General Assembly text: the Republic of Korea shows as not met, with no outcome typed", async ({
  page,
}) => {
  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffCampaignPage(page);
  await staff.open(/North Korea/);

  // Unlinked first, so that what follows shows the link at work: a position needs a text.
  let form = await staff.editAsk(GA_ASK);
  await form.getByLabel("Resolution text").selectOption({ label: "Not linked to a resolution" });
  await form.getByLabel("Position wanted of each state").selectOption({ label: "Co-sponsor" });
  await form.getByRole("button", { name: "Save ask" }).click();
  await expect(
    form.getByText("Choose the resolution text the position is wanted on, or choose no position."),
  ).toBeVisible();
  await form.getByLabel("Position wanted of each state").selectOption({ label: "None" });
  await form.getByRole("button", { name: "Save ask" }).click();
  await expect(form.getByText("Ask saved.")).toBeVisible();

  // Unlinked, the ask shows the outcome typed for it: none, and November 2020 is long past.
  let ask = await publicAsk(page);
  await expect(ask).toContainText("Decision date passed — outcome not yet recorded");
  await expect(ask).not.toContainText("Pending");
  await expect(ask).not.toContainText(/targeted state/);

  // Linked to the text the Republic of Korea withdrew from, wanting co-sponsorship.
  await staff.open(/North Korea/);
  form = await staff.editAsk(GA_ASK);
  await staff.choose(form.getByLabel("Resolution text"), /A\/C\.3\/74\/L\.27/);
  await form.getByLabel("Position wanted of each state").selectOption({ label: "Co-sponsor" });
  await form.getByRole("button", { name: "Save ask" }).click();
  await expect(form.getByText("Ask saved.")).toBeVisible();

  // Staff are told the outcome is derived, and are offered no outcome to type.
  await staff.open(/North Korea/);
  const card = staff.ask(GA_ASK);
  await expect(card.getByText(/outcome is derived from the positions recorded/)).toBeVisible();
  await expect(card.getByText("Record the outcome")).toHaveCount(0);
  await expect(card.getByRole("list", { name: /Not met/ }).getByText("Republic of Korea")).toBeVisible();

  // The public page: per state, from the positions recorded, in words beside the icons.
  ask = await publicAsk(page);
  await expect(ask.getByText("0 of 1 targeted state met it")).toBeVisible();
  const notMet = ask.getByRole("list", { name: "Not met (1)" });
  await expect(notMet.getByRole("link", { name: "Republic of Korea" })).toHaveAttribute(
    "href",
    "/states/kor",
  );
  await expect(ask.getByRole("list", { name: /^Met/ })).toHaveCount(0);
  await expect(ask.getByRole("link", { name: /74th session/ })).toBeVisible();
  await expect(ask.getByText(/^Outcome: Not met$/)).toBeVisible();
});
