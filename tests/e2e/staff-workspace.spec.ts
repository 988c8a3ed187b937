import { expect, type Locator, type Page, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const FOLLOW_UP = `${CAMPAIGN}/letters/follow-up-letter-2026`;

/** Picks the option whose text matches, as a person scanning the list would. */
async function chooseOption(select: Locator, text: RegExp) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

async function asStaff(page: Page) {
  await new SignInPage(page).signInAs("staff@answerable.example");
}

test.describe.configure({ mode: "serial" });

test("staff import a sign-on sheet: the preview names the bad rows, the import adds the good ones", async ({
  page,
}) => {
  await asStaff(page);
  const before = await page.request.get(FOLLOW_UP);
  const tallyBefore = (await before.text()).match(/(\d+) organisations? and (\d+) individuals?/);
  expect(tallyBefore).not.toBeNull();

  await page.goto("/staff/import");
  await chooseOption(page.getByLabel("Letter to add the signatures to"), /Sample follow-up letter/);
  await page
    .getByLabel("Or paste the CSV text")
    .fill(
      [
        "Name,Email,Title,Country",
        "Ana Lima,ana.lima@example.net,Lawyer,BR",
        ",nameless@example.net,Researcher,FR",
        "Bad Mail,bad-mail@,Teacher,DE",
        "Chen Wei,chen.wei@example.net,Student,TW",
        "Dara Okafor,dara.okafor@example.net,Doctor,NG",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Read the file" }).click();
  await page.getByRole("button", { name: "Check the rows" }).click();

  const problems = page.getByRole("table", { name: "Rows with problems, by line" });
  await expect(problems.getByRole("row")).toHaveCount(3); // header + 2 problem rows
  await expect(problems).toContainText("The name is missing.");
  await expect(problems).toContainText("bad-mail@");
  await page.getByRole("button", { name: "Import 3 good rows" }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();

  await page.goto(`${FOLLOW_UP}/signatories?kind=individuals`);
  for (const name of ["Ana Lima", "Chen Wei", "Dara Okafor"]) {
    await expect(page.getByRole("main").getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("main").getByText("Bad Mail")).toHaveCount(0);
  const individualsBefore = Number(tallyBefore![2]);
  await page.goto(FOLLOW_UP);
  await expect(page.getByText(new RegExp(`and ${individualsBefore + 3} individuals`)).first()).toBeVisible();
});

test("staff record a written reply: the public 'no response' marker goes, the reply joins the timeline", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto(CAMPAIGN);
  await expect(page.getByText(/No response for [\d,]+ days/).first()).toBeVisible();

  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  await page.getByText("Record a response").click();
  const form = page.locator("form").filter({ has: page.getByLabel("Letter answered") });
  await chooseOption(form.getByLabel("Letter answered"), /December 2019|67 organisations/);
  await form.getByLabel("Kind of response").selectOption({ label: "Written reply" });
  await form.getByLabel("Stance").selectOption({ label: "Noncommittal" });
  await form.getByRole("group", { name: "When" }).getByLabel("Date").fill("2020-01-20");
  await form.getByLabel("Summary").fill("The Blue House acknowledged the coalition's concerns in writing.");
  await form.getByRole("button", { name: "Record response" }).click();
  await expect(page.getByText("Response recorded. The public pages show it now.")).toBeVisible();

  await page.goto(CAMPAIGN);
  const letters = page.getByRole("region", { name: /letters/i });
  const december = letters.getByRole("listitem").filter({ hasText: "67 organisations and 10 individuals" });
  await expect(december).not.toContainText(/No response for/);
  await expect(december).toContainText(/Answered/);
  const timeline = page.getByRole("region", { name: /timeline/i });
  await expect(timeline.getByText(/Written reply/).first()).toBeVisible();

  // Retracting it (with a reason, kept on the record) brings the clock back.
  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  const responses = page.getByRole("region", { name: "Responses" });
  await responses.getByText("Retract…").first().click();
  await responses.getByLabel("Reason for retracting").fill("Recorded by the browser test");
  await responses.getByRole("button", { name: "Retract" }).click();
  await expect(responses.getByText(/Recorded by the browser test/)).toBeVisible();
  await page.goto(CAMPAIGN);
  await expect(
    page
      .getByRole("region", { name: /letters/i })
      .getByRole("listitem")
      .filter({ hasText: "67 organisations and 10 individuals" }),
  ).toContainText(/No response for/);
});

test("staff send the collecting letter: it shows as sent with its deadline and can no longer be signed", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto("/staff/letters");
  await page
    .getByRole("link", { name: /Sample follow-up letter/ })
    .first()
    .click();
  const letterId = page.url().split("/").pop();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByText(/The letter is recorded as sent/)).toBeVisible();

  await page.goto(FOLLOW_UP);
  await expect(page.getByText(/Awaiting response/).first()).toBeVisible();
  await expect(page.getByText("Response due by")).toBeVisible();

  const attempt = await page.request.post(`/api/letters/${letterId}/signatures`, {
    data: {
      name: "Too Late",
      email: "too.late@example.net",
      visibility: "public",
      startedAt: Date.now() - 60_000,
    },
  });
  expect(attempt.status()).toBeGreaterThanOrEqual(400);
  expect(attempt.status()).toBeLessThan(500);
});
