import { expectNoAxeViolations } from "../helpers/axe";
import { type Browser, expect, type Locator, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Administrators decide who acts for which organisation, from a user's page and from
 * an organisation's page. Every test puts the demo memberships back as it found them
 * (member@ signs for CSW, other@ owns the Open Door sample network): other specs rely on them.
 */

const OTHER = "other@answerable.example";
const MEMBER = "member@answerable.example";
const OPEN_DOOR = "Sample: Open Door Rights Network";

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await new SignInPage(page).signInAs(email);
  return page;
}

function memberships(page: Page) {
  return page.getByRole("region", { name: "Organisations" }).getByRole("listitem");
}

/** Opens a row's "Remove…" disclosure (a <summary>, which has no role to find it by). */
async function openRemoval(scope: Page | Locator, summary: string) {
  await scope.locator("summary").filter({ hasText: summary }).click();
}

async function openOrganisation(page: Page, name: string) {
  await page.goto(`/staff/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

// Serial, and patient: each test signs in more than once, and scrypt is slow on purpose.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test("an admin adds a person to an organisation, changes their role and removes them, from the user's page", async ({
  browser,
}) => {
  const admin = await signedIn(browser, "admin@answerable.example");
  await admin.goto("/staff/users");
  const memberRow = admin.getByRole("row", { name: /Demo Member \(CSW\)/ });
  await expect(memberRow.getByText("CSW: Signer")).toBeVisible();

  await admin.getByRole("link", { name: /Demo Member \(Open Door Rights Network\)/ }).click();
  await expect(
    admin.getByRole("heading", { level: 1, name: "Demo Member (Open Door Rights Network)" }),
  ).toBeVisible();
  await expect(memberships(admin)).toHaveCount(1);
  await expect(memberships(admin).first()).toContainText(OPEN_DOOR);
  await expect(memberships(admin).first()).toContainText("Owner");

  // Nothing chosen: the error sits beside the field, and the chosen role is kept.
  await admin.getByRole("radio", { name: /Viewer/ }).check();
  await admin.getByRole("button", { name: "Add", exact: true }).click();
  const organisation = admin.getByLabel("Organisation", { exact: true });
  await expect(organisation).toHaveAccessibleDescription(/Choose an organisation/);
  await expect(admin.getByRole("radio", { name: /Viewer/ })).toBeChecked();

  await organisation.selectOption({ label: "CSW" });
  await admin.getByRole("button", { name: "Add", exact: true }).click();
  await expect(admin.getByText(`${OTHER} now acts for CSW as Viewer.`)).toBeVisible();
  await expect(memberships(admin)).toHaveCount(2);
  // CSW is no longer offered: the person already acts for it.
  await expect(organisation.locator("option", { hasText: /^CSW$/ })).toHaveCount(0);

  await admin.getByLabel(`Role of ${OTHER} for CSW`, { exact: true }).selectOption({ label: "Signer" });
  await admin.getByRole("button", { name: `Change role of ${OTHER} for CSW` }).click();
  await expect(admin.getByText(`${OTHER} is now Signer for CSW.`)).toBeVisible();

  // The person sees it on their account page; the removal ends their session, so their
  // next request finds them signed out.
  const other = await signedIn(browser, OTHER);
  const yours = other.getByRole("main");
  await expect(yours.getByText("CSW", { exact: true })).toBeVisible();

  await openRemoval(admin, "Remove from CSW");
  await admin.getByRole("button", { name: `Remove ${OTHER} from CSW` }).click();
  await expect(admin.getByText(`${OTHER} no longer acts for CSW.`)).toBeVisible();
  await expect(memberships(admin)).toHaveCount(1);
  await other.reload();
  await expect(other).toHaveURL(/\/sign-in/);
  await expect(yours.getByText("CSW", { exact: true })).toHaveCount(0);
});

test("on an organisation's page, an admin adds people by e-mail; its last owner stays while others remain", async ({
  browser,
}) => {
  const admin = await signedIn(browser, "admin@answerable.example");
  await openOrganisation(admin, OPEN_DOOR);
  const people = admin.getByRole("region", { name: "People who act for this organisation" });
  await expect(people.getByRole("listitem")).toHaveCount(1);
  await expect(people.getByRole("listitem").first()).toContainText(OTHER);

  const email = people.getByLabel("E-mail address of their account");
  await email.fill("nobody@answerable.example");
  await people.getByRole("button", { name: "Add", exact: true }).click();
  await expect(email).toHaveAccessibleDescription(/No account uses this e-mail address/);
  await expect(email).toHaveValue("nobody@answerable.example");

  await email.fill(MEMBER);
  await people.getByRole("radio", { name: /Viewer/ }).check();
  await people.getByRole("button", { name: "Add", exact: true }).click();
  await expect(people.getByText(`${MEMBER} now acts for ${OPEN_DOOR} as Viewer.`)).toBeVisible();
  await expect(people.getByRole("listitem")).toHaveCount(2);

  // other@ is the only owner: demoting or removing them would leave member@ with nobody to manage them.
  await people
    .getByLabel(`Role of ${OTHER} for ${OPEN_DOOR}`, { exact: true })
    .selectOption({ label: "Signer" });
  await people.getByRole("button", { name: `Change role of ${OTHER} for ${OPEN_DOOR}` }).click();
  await expect(people.getByText(/would be left with members but no owner/)).toBeVisible();
  await openRemoval(people, `Remove ${OTHER}`);
  await people.getByRole("button", { name: `Remove ${OTHER} from ${OPEN_DOOR}` }).click();
  await expect(
    people.getByRole("alert").filter({ hasText: /would be left with members but no owner/ }),
  ).toHaveCount(2);
  await admin.reload();
  await expect(people.getByRole("listitem").filter({ hasText: OTHER })).toContainText("Owner");

  await openRemoval(people, `Remove ${MEMBER}`);
  await people.getByRole("button", { name: `Remove ${MEMBER} from ${OPEN_DOOR}` }).click();
  await expect(people.getByText(`${MEMBER} no longer acts for ${OPEN_DOOR}.`)).toBeVisible();
  await expect(people.getByRole("listitem")).toHaveCount(1);

  // Staff run organisations but do not decide who acts for them.
  const userPage = await people.getByRole("link", { name: /Demo Member/ }).getAttribute("href");
  expect(userPage).toMatch(/^\/staff\/users\/[0-9a-f-]{36}$/);
  const staff = await signedIn(browser, "staff@answerable.example");
  await openOrganisation(staff, OPEN_DOOR);
  await expect(staff.getByRole("heading", { name: "Details" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "People who act for this organisation" })).toHaveCount(0);
  expect((await staff.goto(userPage!))?.status()).toBe(404);
});

test("the membership forms work without JavaScript", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@answerable.example", false);
  await admin.goto("/staff/users");
  await admin.getByRole("link", { name: /Demo Staff/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Demo Staff" })).toBeVisible();
  await expect(memberships(admin)).toHaveCount(0);

  await admin.getByLabel("Organisation", { exact: true }).selectOption({ label: "CSW" });
  await admin.getByRole("button", { name: "Add", exact: true }).click();
  await expect(admin.getByText("staff@answerable.example now acts for CSW as Signer.")).toBeVisible();
  await expect(memberships(admin)).toHaveCount(1);

  await openRemoval(admin, "Remove from CSW");
  await admin.getByRole("button", { name: "Remove staff@answerable.example from CSW" }).click();
  await expect(admin.getByText("staff@answerable.example no longer acts for CSW.")).toBeVisible();
  await expect(memberships(admin)).toHaveCount(0);
});

test("the users pages and the people section pass axe and fit a phone screen", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@answerable.example");
  await admin.goto("/staff/users");
  await admin.getByRole("link", { name: /Demo Member \(CSW\)/ }).click();
  const userPage = admin.url();
  await openOrganisation(admin, OPEN_DOOR);
  const organisationPage = admin.url();
  for (const width of [375, 1280]) {
    await admin.setViewportSize({ width, height: 900 });
    for (const url of ["/staff/users", userPage, organisationPage]) {
      await admin.goto(url);
      await expectNoAxeViolations(admin, `${url} at ${width}px`);
      const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});
