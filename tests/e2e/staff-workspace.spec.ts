import { E2E_SMTP_PORT, plainText, SmtpInbox } from "../helpers/smtp-inbox";
import { type Browser, expect, type Locator, type Page, test } from "../helpers/test";
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

// Signatures waiting for approval are made as people make them: signed, then confirmed by e-mail.
const inbox = new SmtpInbox();
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

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
  // The file does not say whether anyone agreed to be listed: every name is withheld unless staff choose.
  await expect(page.getByLabel("Whether names are shown publicly")).toHaveValue("fixed:name_withheld");
  await page.getByRole("button", { name: "Check the rows" }).click();

  const names = page.getByRole("region", { name: "Names on the public pages" });
  await expect(names).toContainText("No signatory will be listed by name; 3 will be counted but not named.");
  await expect(names).toContainText("Every name is withheld");

  // Every signatory agreed to be listed: staff say so deliberately.
  await page.getByRole("button", { name: "Change the columns" }).click();
  await page.getByLabel("Whether names are shown publicly").selectOption("fixed:public");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(names).toContainText(
    "3 signatories will be listed by name; none will be counted without being named.",
  );

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

test("staff import a file that is too large: the size limit is said beside the file field", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto("/staff/import");
  await chooseOption(page.getByLabel("Letter to add the signatures to"), /Sample follow-up letter/);
  const message = /at most 5,000,000 characters/;
  // 6 MB: under the upload limit but over the character limit, read and refused by the server.
  const line = `${"A long name ".repeat(20)},someone@example.net\n`;
  const sixMb = `Name,Email\n${line.repeat(Math.ceil((6 * 1024 * 1024) / line.length))}`;
  await page.getByLabel("CSV file").setInputFiles({
    name: "sign-ons.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(sixMb),
  });
  await page.getByRole("button", { name: "Read the file" }).click();
  await expect(page.getByRole("group", { name: "The sign-on spreadsheet" })).toContainText(message);
  // 13 MB: over what the server takes in one request, refused before it is sent.
  await page.getByLabel("CSV file").setInputFiles({
    name: "sign-ons.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(13 * 1024 * 1024, "a"),
  });
  await page.getByRole("button", { name: "Read the file" }).click();
  await expect(page.getByRole("group", { name: "The sign-on spreadsheet" })).toContainText(message);
  await expect(page.getByText(/could not be sent to the server/)).toHaveCount(0);
});

/** Two people sign the collecting letter too fast for a person; confirmed, they wait for staff. */
async function signaturesToApprove(browser: Browser, page: Page, tag: string): Promise<string[]> {
  await page.goto("/staff/letters");
  await page
    .getByRole("link", { name: /Sample follow-up letter/ })
    .first()
    .click();
  await page.waitForURL(/\/staff\/letters\/[0-9a-f-]{36}$/);
  const letterId = page.url().split("/").pop();
  const names: string[] = [];
  for (const n of [1, 2]) {
    const name = `Queued ${tag} ${n}`;
    const email = `queued.${tag}.${n}@example.net`;
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${n + (tag === "nojs" ? 20 : 10)}` },
    });
    const signed = await context.request.post(`/api/letters/${letterId}/signatures`, {
      data: { name, email, visibility: "public" },
    });
    expect(signed.status()).toBe(202);
    const link = /https?:\/\/[^\s/]+\/confirm\/[A-Za-z0-9_-]{43}/.exec(
      plainText((await inbox.waitFor(email)).raw),
    )?.[0];
    const visitor = await context.newPage();
    await visitor.goto(new URL(link!).pathname);
    await visitor.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(visitor.getByRole("main")).toContainText(/approv|confirmed/i);
    await context.close();
    names.push(name);
  }
  return names;
}

test("staff moderate in bulk: an empty selection is named, a refused rejection keeps the ticks", async ({
  browser,
  page,
}) => {
  await asStaff(page);
  const names = await signaturesToApprove(browser, page, "js");
  await page.goto("/staff/signatures");
  const bulk = page.getByRole("region", { name: "Decide the selected signatures" });
  await bulk.getByRole("button", { name: "Approve selected" }).click();
  await expect(bulk.getByRole("alert")).toHaveText("Select at least one signature.");

  const boxes = names.map((name) => page.getByLabel(`Select the signature of ${name}`));
  for (const box of boxes) await box.check();
  await bulk.getByRole("button", { name: "Reject selected" }).click();
  await expect(bulk.getByText("Give a reason: it is kept with the rejected signature.")).toBeVisible();
  for (const box of boxes) await expect(box).toBeChecked();

  await bulk.getByLabel("Reason for rejecting").fill("Automated sign-ups (browser test)");
  await bulk.getByRole("button", { name: "Reject selected" }).click();
  for (const name of names) await expect(page.getByText(name)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff import an 11 MB file: the size limit is said beside the file field, not a server error", async ({
    page,
  }) => {
    await asStaff(page);
    await page.goto("/staff/import");
    await chooseOption(page.getByLabel("Letter to add the signatures to"), /Sample follow-up letter/);
    await page.getByLabel("CSV file").setInputFiles({
      name: "sign-ons.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(11 * 1024 * 1024, "a"),
    });
    await page.getByRole("button", { name: "Read the file" }).click();
    await expect(page.getByRole("group", { name: "The sign-on spreadsheet" })).toContainText(
      /at most 5,000,000 characters/,
    );
    await expect(page.getByLabel("Letter to add the signatures to")).toBeVisible();
  });

  test("staff moderate in bulk: both buttons answer beside the form", async ({ browser, page }) => {
    await asStaff(page);
    const names = await signaturesToApprove(browser, page, "nojs");
    await page.goto("/staff/signatures");
    const bulk = () => page.getByRole("region", { name: "Decide the selected signatures" });
    await bulk().getByRole("button", { name: "Approve selected" }).click();
    await expect(bulk().getByRole("alert")).toHaveText("Select at least one signature.");

    await page.getByLabel(`Select the signature of ${names[0]}`).check();
    await bulk().getByRole("button", { name: "Reject selected" }).click();
    await expect(bulk().getByText("Give a reason: it is kept with the rejected signature.")).toBeVisible();

    for (const name of names) await page.getByLabel(`Select the signature of ${name}`).check();
    await bulk().getByLabel("Reason for rejecting").fill("Automated sign-ups (browser test)");
    await bulk().getByRole("button", { name: "Reject selected" }).click();
    for (const name of names) await expect(page.getByText(name)).toHaveCount(0);
  });
});

test("staff record a written reply: the public 'no response' marker goes, the reply joins the timeline", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto(CAMPAIGN);
  await expect(page.getByText(/No response for (about )?[\d,]+ days/).first()).toBeVisible();

  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  await page.getByText("Record a response").click();
  // The new response's form (other tests may have recorded responses, each with its own edit form).
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Record response" }) });
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
  // This test's response, not others that earlier tests may have recorded in the campaign.
  const response = page
    .getByRole("region", { name: "Responses" })
    .getByRole("listitem")
    .filter({ hasText: "The Blue House acknowledged the coalition's concerns in writing." })
    .first();
  await response.getByText("Retract…").click();
  await response.getByLabel("Reason for retracting").fill("Recorded by the browser test");
  await response.getByRole("button", { name: "Retract" }).click();
  await expect(response.getByText(/Recorded by the browser test/)).toBeVisible();
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
