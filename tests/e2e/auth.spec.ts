import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

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
    await expect(main.getByText(account.email)).toBeVisible();
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

test("repeated failed sign-ins are refused for a while", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  // A fresh account of its own, so the lock-out does not disturb the other tests.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Locked Out");
  await page.getByLabel("E-mail address").fill("locked-out@example.org");
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.context().clearCookies();

  for (let attempt = 0; attempt < 10; attempt++) {
    await signIn.goto();
    await signIn.signIn("locked-out@example.org", `wrong password ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  }
  await signIn.goto();
  await signIn.signIn("locked-out@example.org", "a long enough password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/too many/i);
  await expect(page).toHaveURL(/\/sign-in/);
});

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
  await expect(page).toHaveURL(/\/account$/);
  const main = page.getByRole("main");
  await expect(main.getByText("min-ji.park@example.org")).toBeVisible();
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
  await expect(page.getByText(/already/i).first()).toBeVisible();
});
