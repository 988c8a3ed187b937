import { expect, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * The staff outbox shows every e-mail the site wrote, but never a working single-use
 * link: a confirmation link exists only in the e-mail itself. No mail server listens
 * during this spec, so the message stays pending with its link, as on a site without
 * SMTP: the case where the outbox used to show it.
 */

const SIGN = "/campaigns/south-korea-north-korea-human-rights/letters/follow-up-letter-2026/sign";
const TOKEN_LINK = /\/confirm\/[A-Za-z0-9_-]{43}/;

test("the staff outbox shows a confirmation e-mail with its link masked", async ({ page, request }) => {
  const sign = await request.get(SIGN);
  const letterId = /name="letterId" value="([0-9a-f-]{36})"/.exec(await sign.text())?.[1];
  expect(letterId, "the sign page names its letter").toBeTruthy();
  const email = `outbox.masked.${Date.now()}@example.net`;
  const signed = await request.post(`/api/letters/${letterId}/signatures`, {
    headers: { "x-forwarded-for": "198.51.100.61" },
    data: { name: "Masked Link", email, visibility: "public", website: "", startedAt: Date.now() - 60_000 },
  });
  expect(signed.status()).toBe(202);

  await new SignInPage(page).signInAs("staff@answerable.example");
  await page.goto("/staff/outbox");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByText("Show the message").click();
  await expect(row.getByText(/\/confirm\/•••/)).toBeVisible();
  await expect(page.getByText(/Links in messages are masked/)).toBeVisible();
  // Nowhere on the page, nor in what the browser was sent, is there a working link.
  expect(await page.content()).not.toMatch(TOKEN_LINK);
  const html = await (await page.request.get("/staff/outbox")).text();
  expect(html).not.toMatch(TOKEN_LINK);
});
