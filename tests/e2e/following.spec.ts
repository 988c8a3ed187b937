import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { E2E_SMTP_PORT, plainText, type ReceivedMail, SmtpInbox, subjectOf } from "../helpers/smtp-inbox";
import { type APIRequestContext, type Browser, expect, type Page, request, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";
import { StaffLetterPage } from "../pages/staff-letter-page";

/*
 * Following, end to end through a real SMTP server on loopback: staff put a new letter
 * in the demo campaign and open it; two people sign it and confirm by e-mail (one keeps
 * the letter's news, one declines it); it is sent; a visitor without JavaScript follows
 * the campaign and another follows the letter, each confirming from the e-mail. Staff
 * record a response: each follower and signer who hears it gets exactly one e-mail, with
 * a one-click unsubscribe that a mail client's POST uses. A second update the same day
 * waits; retracting the response is told, the next day, to those who heard it. The
 * digests go out in maintenance rounds, run at a chosen time through the test server's
 * hook (lib/jobs/test-hook.ts), so "ten minutes later" and "the next day" take no waiting.
 * The response is retracted by the end: the demo campaign's other letters never change.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const tag = Date.now().toString(36);
const LETTER_TITLE = `Following test letter ${tag}`;
const SUMMARY = `The ministry replied in writing (${tag}).`;
const people = {
  keeps: `keeps-${tag}@example.net`,
  declines: `declines-${tag}@example.net`,
  campaignFollower: `campaign-follower-${tag}@example.net`,
  letterFollower: `letter-follower-${tag}@example.net`,
};

const inbox = new SmtpInbox();
let letterPath = "";

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

/** Today in Seoul, where the demo campaign's target counts its days. */
const seoulToday = () => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Seoul" });

/** A maintenance round as of `ms` after now: what the server would do then. */
async function maintenanceIn(api: APIRequestContext, ms: number) {
  const response = await api.post("/__test/maintenance", {
    data: { now: new Date(Date.now() + ms).toISOString() },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { notifications: { digests: number } | null; mail: { sent: number } };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The notifications (not confirmations) an address has received since the test began. */
const digestsTo = (address: string): ReceivedMail[] =>
  inbox.messages.filter((m) => m.to.includes(address) && !/^(Confirm|You already)/.test(subjectOf(m.raw)));

/** A header's value in a received message, its folded lines joined. */
function header(raw: string, name: string): string | null {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1]?.trim() ?? null;
}

async function asStaff(page: Page) {
  await new SignInPage(page).signInAs("staff@answerable.example");
}

/** Signs the letter as an individual from its own address, at human speed. */
async function signAs(browser: Browser, email: string, name: string, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto(`${letterPath}/sign`);
  const shownAt = Date.now();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Sign the letter" }) });
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("Your e-mail address").fill(email);
  await form.getByLabel("List my name with the signatories").check();
  const wait = MIN_FILL_MS + 500 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Please check your inbox" })).toBeVisible();
  return page;
}

/** Opens the link in the latest e-mail to `address` whose subject matches. */
async function openLink(page: Page, address: string, subject: RegExp, path: string) {
  const mail = await inbox.waitFor(address, { subject });
  const link = new RegExp(`https?://[^\\s/]+${path}/[A-Za-z0-9_-]{43}`).exec(plainText(mail.raw))?.[0];
  expect(link, `the e-mail to ${address} carries its link`).toBeTruthy();
  await page.goto(new URL(link!).pathname);
}

test("signers confirm, choosing whether to hear the letter's news, and are offered the campaign", async ({
  browser,
  page,
}) => {
  await asStaff(page);
  const staff = new StaffLetterPage(page);
  await staff.createLetter({
    campaign: /North Korea/,
    title: LETTER_TITLE,
    addressee: "President Moon Jae-in",
    text: "We ask the government to answer.",
    others: [],
    deadlineDays: 30,
  });
  await staff.openForSigning();
  letterPath = await staff.publicPath();

  const keeper = await signAs(browser, people.keeps, "Keeps News", "192.0.2.71");
  await openLink(keeper, people.keeps, /Confirm your signature/, "/confirm");
  const news = keeper.getByLabel(/E-mail me when there is a response to this letter/);
  await expect(news).toBeChecked();
  await keeper.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(keeper.getByRole("status").first()).toContainText("is confirmed and counted");
  await expect(keeper.getByRole("heading", { name: "Follow the campaign" })).toBeVisible();

  const decliner = await signAs(browser, people.declines, "Declines News", "192.0.2.72");
  await openLink(decliner, people.declines, /Confirm your signature/, "/confirm");
  await decliner.getByLabel(/E-mail me when there is a response to this letter/).uncheck();
  await decliner.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(decliner.getByRole("status").first()).toContainText("is confirmed and counted");

  await page.goto("/staff/letters");
  await page.getByRole("link", { name: LETTER_TITLE }).click();
  await staff.markSent(seoulToday());
  // Staff see how many hear it: counts only.
  await expect(page.getByText("Signers who hear its news: 1.")).toBeVisible();
});

test("a visitor without JavaScript follows the campaign; another follows the letter; each confirms by e-mail", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CAMPAIGN);
  const follow = page.getByRole("region", { name: "Follow this campaign by e-mail" });
  await follow.getByLabel("Your e-mail address").fill(people.campaignFollower);
  await follow.getByLabel("Every update").check();
  await follow.getByRole("button", { name: "Follow by e-mail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await openLink(page, people.campaignFollower, /^Confirm: follow/, "/follow/confirm");
  await expect(page.getByText("You will hear every update.")).toBeVisible();
  await page.getByRole("button", { name: "Confirm and follow" }).click();
  await expect(page.getByRole("status")).toContainText("You are following “South Korea");
  await context.close();

  const visitor = await browser.newPage();
  await visitor.goto(letterPath);
  const letterForm = visitor.getByRole("region", { name: "Follow this letter by e-mail" });
  // "Responses and outcomes only" is the default.
  await expect(letterForm.getByLabel("Responses and outcomes only")).toBeChecked();
  await letterForm.getByLabel("Your e-mail address").fill(people.letterFollower);
  await letterForm.getByRole("button", { name: "Follow by e-mail" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await openLink(visitor, people.letterFollower, /^Confirm: follow/, "/follow/confirm");
  await visitor.getByRole("button", { name: "Confirm and follow" }).click();
  await expect(visitor.getByRole("status")).toContainText(`You are following “${LETTER_TITLE}”`);
  await visitor.close();

  // Nobody's address is on the public pages.
  const reader = await browser.newPage();
  for (const path of [CAMPAIGN, letterPath, `${letterPath}/signatories`]) {
    await reader.goto(path);
    const html = await reader.content();
    for (const address of Object.values(people)) expect(html).not.toContain(address);
  }
  await reader.close();
});

test("staff record a response: one e-mail to each follower and signer who hears it, with one-click unsubscribe", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  await page.getByText("Record a response").click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Record response" }) });
  const letterField = form.getByLabel("Letter answered");
  const value = await letterField.locator("option", { hasText: LETTER_TITLE }).getAttribute("value");
  await letterField.selectOption(value!);
  await form.getByLabel("Kind of response").selectOption({ label: "Written reply" });
  await form.getByLabel("Stance").selectOption({ label: "Positive" });
  await form.getByRole("group", { name: "When" }).getByLabel("Date").fill(seoulToday());
  await form.getByLabel("Summary").fill(SUMMARY);
  await form.getByLabel("Source").fill("https://example.org/ministry-reply");
  await form.getByRole("button", { name: "Record response" }).click();
  await expect(page.getByText("Response recorded. The public pages show it now.")).toBeVisible();

  // Within the grace period nothing goes; ten minutes on, the digests do.
  await maintenanceIn(page.request, MINUTE);
  expect(digestsTo(people.keeps)).toHaveLength(0);
  await maintenanceIn(page.request, 11 * MINUTE);
  for (const address of [people.keeps, people.campaignFollower, people.letterFollower]) {
    await inbox.waitFor(address, { subject: /a response$/ });
  }
  await page.waitForTimeout(1_000);
  for (const address of [people.keeps, people.campaignFollower, people.letterFollower]) {
    expect(digestsTo(address), address).toHaveLength(1);
  }
  expect(digestsTo(people.declines)).toHaveLength(0);
  // Nobody got two e-mails in this round.
  const recipients = inbox.messages.filter((m) => /a response$/.test(subjectOf(m.raw))).flatMap((m) => m.to);
  expect(new Set(recipients).size).toBe(recipients.length);

  const [mail] = digestsTo(people.keeps);
  const text = plainText(mail!.raw);
  expect(subjectOf(mail!.raw)).toBe(
    "South Korea: re-engage on accountability for North Korea's human rights abuses: a response",
  );
  expect(text).toContain(`responded to “${LETTER_TITLE}”`);
  expect(text).toContain(`“${SUMMARY}”`);
  expect(text).toContain("Source: https://example.org/ministry-reply");
  expect(text).toContain(`More: `);
  expect(text).toContain(letterPath);
  expect(header(mail!.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  expect(header(mail!.raw, "List-Unsubscribe")).toMatch(
    /^<https?:\/\/[^>]+\/api\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
  );
  expect(text).toMatch(/Stop e-mails about this campaign: https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_-]{43}/);
  expect(text).toMatch(/Manage all your subscriptions: https?:\/\/\S+\/subscriptions/);
});

test("a mail client's one-click POST unsubscribes; the link in the e-mail asks before it does anything", async ({
  page,
}) => {
  const [mail] = digestsTo(people.letterFollower);
  const oneClick = /^<(.+)>$/.exec(header(mail!.raw, "List-Unsubscribe")!)![1]!;
  const visible = /Stop e-mails about this campaign: (\S+)/.exec(plainText(mail!.raw))![1]!;

  // Opening the visible link changes nothing: a button asks.
  await page.goto(new URL(visible).pathname);
  await expect(
    page.getByText(/Stop all e-mails about the campaign “South Korea.*” to l•••@example\.net\?/),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Stop these e-mails" })).toBeVisible();

  // As a mailbox provider sends it: a form POST, no cookie, no page of ours around it.
  const client: APIRequestContext = await request.newContext({ baseURL: new URL(page.url()).origin });
  const response = await client.post(new URL(oneClick).pathname, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(response.status()).toBe(200);
  await client.dispose();

  await page.reload();
  await expect(page.getByText(/l•••@example\.net gets no e-mails about “South Korea/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop these e-mails" })).toHaveCount(0);
});

test("a second update the same day waits; retracting the response tells those who heard it, the next day", async ({
  page,
}) => {
  await asStaff(page);
  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  await page.getByText("Log an event").click();
  const eventForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add event" }) });
  await eventForm.getByLabel("What happened").fill(`Press conference on the reply (${tag})`);
  await eventForm.getByRole("group", { name: "When" }).getByLabel("Date").fill(seoulToday());
  await eventForm.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByText("Event added.", { exact: false }).first()).toBeVisible();

  const sameDay = await maintenanceIn(page.request, 30 * MINUTE);
  expect(sameDay.notifications?.digests ?? 0).toBe(0);
  await page.waitForTimeout(1_000);
  expect(digestsTo(people.campaignFollower)).toHaveLength(1);

  const response = page
    .getByRole("region", { name: "Responses" })
    .getByRole("listitem")
    .filter({ hasText: SUMMARY })
    .first();
  await response.getByText("Retract…").click();
  await response.getByLabel("Reason for retracting").fill("Recorded by the following browser test");
  await response.getByRole("button", { name: "Retract" }).click();
  await expect(response.getByText(/Recorded by the following browser test/)).toBeVisible();

  await maintenanceIn(page.request, DAY + 30 * MINUTE);
  await inbox.waitFor(people.keeps, { subject: /a correction$/ });
  await inbox.waitFor(people.campaignFollower, { subject: /2 updates$/ });
  await page.waitForTimeout(1_000);
  // The campaign's follower hears the event and the correction, in one e-mail.
  expect(digestsTo(people.campaignFollower)).toHaveLength(2);
  const second = plainText(digestsTo(people.campaignFollower)[1]!.raw);
  expect(second).toContain(`Press conference on the reply (${tag})`);
  expect(second).toContain("has been retracted from the record");
  expect(second).toContain("Why: Recorded by the following browser test");
  // The signer hears the correction only; the unsubscribed and the declining hear nothing.
  expect(digestsTo(people.keeps)).toHaveLength(2);
  expect(plainText(digestsTo(people.keeps)[1]!.raw)).not.toContain("Press conference");
  expect(digestsTo(people.letterFollower)).toHaveLength(1);
  expect(digestsTo(people.declines)).toHaveLength(0);
});
