import { type Browser, expect, type Page, request, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signInAs(email);
  return page;
}

function roleSelect(page: Page, email: string) {
  return page.getByLabel(`New role for ${email}`);
}

async function setRole(page: Page, email: string, role: string) {
  await roleSelect(page, email).selectOption({ label: role });
  await page.getByRole("button", { name: `Change role: ${email}` }).click();
  await expect(page.getByText(`is now ${role}`)).toBeVisible();
}

test("a role change ends the user's earlier sessions; signed in again, they have the new role", async ({
  browser,
}) => {
  const admin = await signedIn(browser, "admin@answerable.example");
  const other = await signedIn(browser, "other@answerable.example");
  expect((await other.goto("/staff"))?.status()).toBe(404);

  await admin.goto("/staff/users");
  await setRole(admin, "other@answerable.example", "Staff");
  // The same cookie no longer holds a session: the next request asks them to sign in again…
  await other.goto("/staff");
  await expect(other).toHaveURL(/\/sign-in/);
  // …and signed in afresh, the staff workspace is theirs.
  await new SignInPage(other).signIn("other@answerable.example");
  await expect(other.getByRole("heading", { name: "Staff workspace" })).toBeVisible();

  await setRole(admin, "other@answerable.example", "Member");
  await other.goto("/staff");
  await expect(other).toHaveURL(/\/sign-in/);
  await new SignInPage(other).signIn("other@answerable.example");
  await expect(other).toHaveURL(/\/staff$/);
  await expect(other.getByRole("heading", { name: "Staff workspace" })).toHaveCount(0);
});

test("a raw POST to a staff server action without a session changes nothing", async ({
  browser,
  baseURL,
}) => {
  const admin = await signedIn(browser, "admin@answerable.example");
  await admin.goto("/staff/users");

  // Capture the exact request the browser sends when an admin promotes a member…
  const posted = admin.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await setRole(admin, "other@answerable.example", "Administrator");
  const captured = await posted;
  const replay = {
    headers: {
      "next-action": captured.headers()["next-action"],
      "content-type": captured.headers()["content-type"],
      accept: "text/x-component",
    },
    data: captured.postDataBuffer() ?? Buffer.alloc(0),
  };
  // …then undo it, so the replay below would show if it got through.
  await setRole(admin, "other@answerable.example", "Member");

  const anonymous = await request.newContext({ baseURL });
  const anonymousReply = await anonymous.post("/staff/users", { ...replay, maxRedirects: 0 });
  expect(anonymousReply.status()).toBeLessThan(500);

  const member = await signedIn(browser, "member@answerable.example");
  const memberReply = await member.request.post(`${baseURL}/staff/users`, { ...replay, maxRedirects: 0 });
  expect(memberReply.status()).toBeLessThan(500);

  await admin.reload();
  await expect(roleSelect(admin, "other@answerable.example")).toHaveValue("member");
  const other = await signedIn(browser, "other@answerable.example");
  await expect(other.getByRole("main").getByText("Member", { exact: true })).toBeVisible();
  expect((await other.goto("/staff"))?.status()).toBe(404);
});
