import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { expectNoAxeViolations } from "../helpers/axe";
import { E2E_SMTP_PORT, plainText, SmtpInbox, subjectOf } from "../helpers/smtp-inbox";
import { type Browser, expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * A signer's data, end to end: the sign page and the confirmation e-mail say how long
 * the address is kept; the link in that e-mail opens what the site holds about the
 * address; the signer withdraws a signature from the demo letter still collecting (which
 * is left as it was found) and asks for erasure; staff erase it from their queue; the
 * letter, sent meanwhile, counts one signature fewer and says so, naming no one.
 */

const COLLECTING = "/campaigns/south-korea-north-korea-human-rights/letters/follow-up-letter-2026";
const PERSON = { name: "Rosa Keepnothing", email: "rosa.keepnothing@example.net" };
const RETENTION = "Your e-mail address is kept until 12 months after this letter closes";

const inbox = new SmtpInbox();

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

/** A browser of its own, coming from its own address, as a separate person would. */
async function visitor(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

/** Signs `letterPath` as the person, at human speed, and confirms from the e-mail; returns the e-mail's text. */
async function signAndConfirm(page: Page, letterPath: string): Promise<string> {
  await page.goto(`${letterPath}/sign`);
  const shownAt = Date.now();
  await expect(page.getByRole("main")).toContainText(RETENTION);
  const form = page.getByRole("region", { name: "Sign as an individual" });
  await form.getByLabel("Your name").fill(PERSON.name);
  await form.getByLabel("Your e-mail address").fill(PERSON.email);
  await form.getByLabel("List my name with the signatories").check();
  const wait = MIN_FILL_MS + 500 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  const before = inbox.messages.length;
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(form.getByRole("status")).toContainText("Please check your inbox");
  await expect.poll(() => inbox.messages.length).toBeGreaterThan(before);
  const mail = inbox.messages.at(-1)!;
  expect(mail.to).toEqual([PERSON.email]);
  expect(subjectOf(mail.raw)).toContain("Confirm your signature");
  const text = plainText(mail.raw);
  const confirm = /https?:\/\/[^\s/]+(\/confirm\/[A-Za-z0-9_-]{43})/.exec(text)![1]!;
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status")).toContainText("is confirmed and counted");
  return text;
}

/** The tally's number of individuals and the note under it, as the letter page shows them. */
async function readLetter(page: Page, path: string) {
  await page.goto(path);
  const header = page.getByRole("main").locator("header").first();
  const text = (await header.textContent()) ?? "";
  return {
    individuals: Number(/(\d+) individuals?/.exec(text)?.[1] ?? 0),
    removed: /(\d+) signatures? removed at (?:the|their) signer’?s’? request/.exec(text)?.[1] ?? null,
  };
}

let letterPath: string;
let dataLink: string;

test("staff open a letter, and a person signs it and the collecting demo letter, told how long the address is kept", async ({
  page,
  browser,
}) => {
  test.slow();
  await new SignInPage(page).signInAs("staff@answerable.example");
  const staff = new StaffLetterPage(page);
  await staff.createLetter({
    campaign: /North Korea/,
    title: `Letter on keeping no data e2e-${Date.now().toString(36)}`,
    addressee: "President Moon Jae-in",
    text: "We ask the government to keep no more than it needs.",
    others: [],
    deadlineDays: 30,
  });
  await staff.openForSigning();
  letterPath = await staff.publicPath();

  const signer = await visitor(browser, "192.0.2.90");
  const before = await readLetter(signer, COLLECTING);
  const text = await signAndConfirm(signer, letterPath);
  // The confirmation e-mail says how long, and ends with the link to what is held.
  expect(text).toContain(RETENTION);
  dataLink = /https?:\/\/[^\s/]+(\/your-data\/[A-Za-z0-9_-]+)/.exec(text)![1]!;
  // Every link in it is the site's own.
  const origins = new Set((text.match(/https?:\/\/\S+/g) ?? []).map((link) => new URL(link).origin));
  expect(origins.size).toBe(1);

  await signAndConfirm(signer, COLLECTING);
  expect((await readLetter(signer, COLLECTING)).individuals).toBe(before.individuals + 1);
  await signer.context().close();

  // Staff send the new letter: its signatories are now the record.
  await page.goto("/staff/letters");
  await page
    .getByRole("link", { name: /Letter on keeping no data/ })
    .first()
    .click();
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  await staff.markSent(yesterday);
});

test("the link in the e-mail shows what is held; the signer withdraws one signature and asks for erasure", async ({
  browser,
}) => {
  const page = await visitor(browser, "192.0.2.91");
  const before = await readLetter(page, COLLECTING);
  await page.goto(dataLink);
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`What this site holds about ${PERSON.email}`);
  await expect(page.getByRole("heading", { name: "2 signatures" })).toBeVisible();
  const onSent = page.getByRole("listitem").filter({ hasText: "Letter on keeping no data" });
  await expect(onSent).toContainText(PERSON.name);
  await expect(onSent).toContainText("Listed by name");
  await expect(onSent).toContainText("Signed and counted");
  await expect(onSent.getByText("Withdraw", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const onCollecting = page.getByRole("listitem").filter({ hasText: "Follow-up" });
  await onCollecting.getByLabel(/^Withdraw your signature from/).click();
  await onCollecting.getByRole("button", { name: /^Yes, withdraw your signature from/ }).click();
  await expect(onCollecting).toContainText("Withdrawn");
  // The demo letter is as it was before this spec signed it.
  expect((await readLetter(page, COLLECTING)).individuals).toBe(before.individuals - 1);

  await page.goto(dataLink);
  await page.getByText("Ask for my data to be erased").click();
  await page.getByRole("button", { name: "Yes, erase my data" }).click();
  // The page the form is posted to says what is now on record, and so does a later visit.
  await expect(page.getByRole("main")).toContainText("You asked on");
  await page.reload();
  await expect(page.getByRole("status")).toContainText("You asked on");
  await page.context().close();
});

test("staff erase the request from their queue, and the sent letter counts one fewer and says so", async ({
  page,
  browser,
}) => {
  const visitorPage = await visitor(browser, "192.0.2.92");
  const before = await readLetter(visitorPage, letterPath);
  expect(before).toEqual({ individuals: 1, removed: null });

  await new SignInPage(page).signInAs("staff@answerable.example");
  await page
    .getByRole("navigation", { name: "Staff workspace" })
    .getByRole("link", { name: "Erasures" })
    .click();
  const row = page.getByRole("row").filter({ hasText: PERSON.email });
  await expect(row).toContainText("2 signatures deleted");
  await expect(row).toContainText("1 of them on a letter already sent");
  await expectNoAxeViolations(page);
  await row.getByLabel(`Erase everything held about ${PERSON.email}`, { exact: true }).click();
  await row.getByRole("button", { name: `Yes, erase everything held about ${PERSON.email}` }).click();
  await expect(page.getByText("No erasure request is waiting.")).toBeVisible();

  const after = await readLetter(visitorPage, letterPath);
  expect(after).toEqual({ individuals: 0, removed: "1" });
  await expect(visitorPage.getByRole("main")).not.toContainText(PERSON.name);
  await expect(visitorPage.getByText("1 signature removed at the signer’s request")).toBeVisible();

  // The link now finds nothing: the site no longer holds the address.
  await visitorPage.goto(dataLink);
  await expect(visitorPage.getByRole("main")).toContainText(
    "No signature on any letter is tied to this address.",
  );
  await expect(visitorPage.getByRole("main")).toContainText("There is nothing to erase.");
  await visitorPage.context().close();
});

test("anyone may ask for the link by address: the answer is the same whether or not anything is held", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await page.getByLabel("Your e-mail address").fill("not-an-address");
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByText("Enter an e-mail address like name@example.org.").first()).toBeVisible();
  await page.getByLabel("Your e-mail address").fill("never.signed@example.net");
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("main")).toContainText("If this site holds anything about that address");
  await page.waitForTimeout(1000);
  expect(inbox.messages.filter((m) => m.to.includes("never.signed@example.net"))).toEqual([]);
});
