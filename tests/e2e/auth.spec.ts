import { E2E_SMTP_PORT, plainText, SmtpInbox } from "../helpers/smtp-inbox";
import type { Browser, Page } from "../helpers/test";
import { expect, test } from "../helpers/test";
import { DEMO_PASSWORD, SignInPage } from "../pages/sign-in-page";

// The app mails confirmation and reset links over SMTP to this inbox.
const inbox = new SmtpInbox();
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

/** The link in the latest message to `email` whose subject matches, as its reader would find it. */
async function linkInMail(email: string, subject: RegExp): Promise<string> {
  const text = plainText((await inbox.waitFor(email, { subject })).raw);
  const link = /https?:\/\/\S+\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, text).toBeTruthy();
  return new URL(link!).pathname;
}

/** Signs up as a new visitor would, and confirms the address from the e-mail. */
async function signUpAndConfirm(page: Page, { name, email, password }: Record<string, string>) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `we have sent a message to ${email.toLowerCase()}`,
    { timeout: 30_000 },
  );
  await page.goto(await linkInMail(email, /confirm your address/i));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your address is confirmed");
}

const accounts = [
  { email: "admin@answerable.example", role: "Administrator", staff: true, organisation: null },
  { email: "staff@answerable.example", role: "Staff", staff: true, organisation: null },
  { email: "member@answerable.example", role: "Member", staff: false, organisation: "CSW" },
  {
    email: "other@answerable.example",
    role: "Member",
    staff: false,
    organisation: "Sample: Open Door Rights Network",
  },
];

for (const account of accounts) {
  test(`${account.email} signs in and sees their role`, async ({ page }) => {
    await new SignInPage(page).signInAs(account.email);
    // Staff land on their dashboard, members on their account page.
    await expect(page).toHaveURL(account.staff ? /\/staff$/ : /\/account$/);
    if (account.staff) await page.goto("/account");
    const main = page.getByRole("main");
    await expect(main.getByText(account.email, { exact: true })).toBeVisible();
    await expect(main.getByText(account.role, { exact: true })).toBeVisible();
    if (account.organisation)
      await expect(main.getByText(account.organisation, { exact: true })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    // The header learns who is signed in from the browser; wait for it, then open its menu.
    await nav.getByText("Account", { exact: true }).click();
    await expect(nav.getByRole("link", { name: "Your account" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(account.staff ? 1 : 0);

    const response = await page.goto("/staff");
    if (account.staff) {
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "Staff workspace" })).toBeVisible();
    } else {
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Staff workspace" })).toHaveCount(0);
    }
  });
}

test("a member who signs in lands on the letters their organisation has yet to sign, one click from signing", async ({
  page,
}) => {
  await new SignInPage(page).signInAs("member@answerable.example");
  const toSign = page.getByRole("region", { name: "Open for your organisations to sign" });
  const letter = toSign.getByRole("listitem").filter({ hasText: "Sample follow-up letter" });
  await expect(letter).toContainText("Not signed yet by CSW");
  await letter.getByRole("link", { name: /^Sign/ }).click();
  await expect(page).toHaveURL(/\/letters\/follow-up-letter-2026\/sign$/);
  await expect(page.getByRole("button", { name: "Sign for CSW" })).toBeVisible();
});

test("signing in returns to a page whose address has non-Latin characters, not to an error", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await page.goto("/sign-in?callbackUrl=/%E3%80%82/x");
  await signIn.signIn("member@answerable.example");
  await expect(page).toHaveURL(/\/%E3%80%82\/x$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("staff@answerable.example", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/password is not right/i);
  await expect(page.getByLabel("E-mail address")).toHaveValue("staff@answerable.example");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a stranger's address is locked out after repeated failures, while the owner still signs in from theirs", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  // The stranger guesses from an address of their own (the app trusts one proxy hop).
  const stranger = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.66" } });
  const guessing = await stranger.newPage();
  const guess = new SignInPage(guessing);
  for (let attempt = 0; attempt < 10; attempt++) {
    await guess.goto();
    await guess.signIn("other@answerable.example", `wrong password ${attempt}`);
    await expect(guessing.getByRole("main").getByRole("alert")).toContainText(/not right/i);
  }
  await guess.goto();
  await guess.signIn("other@answerable.example", DEMO_PASSWORD);
  await expect(guessing.getByRole("main").getByRole("alert")).toContainText(/too many/i);
  await expect(guessing).toHaveURL(/\/sign-in/);
  await stranger.close();

  // The owner, from an address that has not failed, is slowed a little but let in.
  const owner = new SignInPage(page);
  await owner.goto();
  await owner.signIn("other@answerable.example");
  await expect(page).toHaveURL(/\/account$/);
});

async function copiedSession(browser: Browser, from: Page) {
  const copy = await browser.newContext();
  await copy.addCookies(await from.context().cookies());
  return copy;
}

for (const account of [
  { email: "staff@answerable.example", page: "/staff", heading: "Staff workspace" },
  { email: "member@answerable.example", page: "/account", heading: "Your account" },
]) {
  test(`signing out ends a copied session cookie too (${account.page})`, async ({ browser, page }) => {
    test.setTimeout(120_000);
    await new SignInPage(page).signInAs(account.email);
    const copy = await copiedSession(browser, page);
    const copied = await copy.newPage();
    await copied.goto(account.page);
    await expect(copied.getByRole("heading", { level: 1, name: account.heading })).toBeVisible();

    await page.getByRole("navigation", { name: "Main" }).getByText("Account", { exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();

    await copied.goto(account.page);
    await expect(copied).toHaveURL(/\/sign-in/);
    await expect(copied.getByRole("heading", { name: account.heading })).toHaveCount(0);
    await copy.close();
  });
}

test("an anonymous visitor is kept out of the staff area", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff/);
  await expect(page.getByRole("heading", { name: "Staff workspace" })).toHaveCount(0);

  // Even without the proxy's redirect, the page itself refuses: ask for its data as RSC.
  const users = await page.request.get("/staff/users", { headers: { RSC: "1" }, maxRedirects: 0 });
  expect([307, 308, 404]).toContain(users.status());
  expect(await users.text()).not.toContain("admin@answerable.example");
});

test("a new visitor signs up and becomes a member without an organisation", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Min-ji Park");
  await page.getByLabel("E-mail address").fill("Min-ji.Park@Example.org");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/at least 10 characters/i).first()).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveValue("Min-ji.Park@Example.org");
  // The refused password is not kept: wait for the form to have cleared it before typing.
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "we have sent a message to min-ji.park@example.org",
    { timeout: 30_000 },
  );
  // Not signed in until the address is confirmed.
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn("min-ji.park@example.org", "a long enough password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/not been confirmed/i);

  await page.goto(await linkInMail("min-ji.park@example.org", /confirm your address/i));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your address is confirmed");
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await new SignInPage(page).signIn("min-ji.park@example.org", "a long enough password");
  await expect(page).toHaveURL(/\/account$/);
  const main = page.getByRole("main");
  await expect(main.getByText("min-ji.park@example.org", { exact: true })).toBeVisible();
  await expect(main.getByText("Member", { exact: true })).toBeVisible();
  await expect(main.getByText(/do not belong to any organisation/i)).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByText("Account", { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("E-mail address").fill("min-ji.park@example.org");
  await page.getByLabel("Password", { exact: true }).fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  // The same answer as for a new address: the page does not say the address is taken.
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "we have sent a message to min-ji.park@example.org",
    { timeout: 30_000 },
  );
  await expect(page.getByText(/already/i)).toHaveCount(0);
  // The owner hears of it instead.
  const notice = await inbox.waitFor("min-ji.park@example.org", { subject: /tried to create an account/ });
  expect(plainText(notice.raw)).toMatch(/if it was you, sign in/i);
});

test("a forgotten password is reset from the e-mailed link, which works once", async ({ page }) => {
  test.setTimeout(180_000);
  const email = "forgetful.person@example.org";
  await signUpAndConfirm(page, { name: "Forgetful Person", email, password: "the first long password" });

  await new SignInPage(page).goto();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`If ${email} has an account here`);

  // An address with no account gets the very same answer.
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill("no-account-here@example.org");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "If no-account-here@example.org has an account here",
  );

  const link = await linkInMail(email, /reset your password/i);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a second long password");
  await page.getByLabel("New password again").fill("a different password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("The two passwords are not the same")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a second long password");
  await page.getByLabel("New password again").fill("a second long password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password has been changed");

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, "the first long password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/not right/i);
  await signIn.signIn(email, "a second long password");
  await expect(page).toHaveURL(/\/account$/);

  // The link has been used: it cannot set the password again.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This link has been used already");
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
});

test("a signed-in person changes their password on the account page, with each mistake beside its field", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = "changing.password@example.org";
  await signUpAndConfirm(page, { name: "Changing Password", email, password: "the original password" });
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, "the original password");
  await expect(page).toHaveURL(/\/account$/);

  const form = page.getByRole("region", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill("the replacement password");
  await form.getByLabel("New password again").fill("the replacement password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription(/not your current password/);

  await form.getByLabel("Current password").fill("the original password");
  await form.getByLabel("New password", { exact: true }).fill("the replacement password");
  await form.getByLabel("New password again").fill("the replacement passwort");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("New password again")).toHaveAccessibleDescription(/not the same/);

  await form.getByLabel("Current password").fill("the original password");
  await form.getByLabel("New password", { exact: true }).fill("the replacement password");
  await form.getByLabel("New password again").fill("the replacement password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Your password has been changed");
  // Still signed in here, with a session of the new password.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");

  await page.context().clearCookies();
  await signIn.goto();
  await signIn.signIn(email, "the original password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/not right/i);
  await signIn.signIn(email, "the replacement password");
  await expect(page).toHaveURL(/\/account$/);
});
