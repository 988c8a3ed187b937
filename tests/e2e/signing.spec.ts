import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { expectNoAxeViolations } from "../helpers/axe";
import { E2E_SMTP_PORT, plainText, SmtpInbox, subjectOf } from "../helpers/smtp-inbox";
import { type Browser, expect, type Locator, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Signing the demo's collecting letter, as a coalition member for CSW and as
 * individuals confirming by e-mail through a real SMTP server on loopback. Every test
 * leaves the letter's organisations as it found them and reads the tally afresh, so the
 * specs after this one (which import into and send this letter) see nothing unexpected.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/follow-up-letter-2026`;
const SIGN = `${LETTER}/sign`;
const SENT_LETTER = `${CAMPAIGN}/letters/march-2020-joint-letter`;

const inbox = new SmtpInbox();

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

type LetterState = { organisations: number; individuals: number; withheld: number };

/** The tally and the "not named" count, as the letter page states them. */
async function readLetter(page: Page): Promise<LetterState> {
  await page.goto(LETTER);
  const main = page.getByRole("main");
  const tally = ((await main.locator("header").first().textContent()) ?? "").match(
    /(\d+) organisations? and (\d+) individuals?/,
  );
  expect(tally, "the letter page states its tally").not.toBeNull();
  const withheld = ((await main.textContent()) ?? "").match(
    /(\d+) signator(?:y|ies) (?:who )?asked not to be named/,
  );
  return {
    organisations: Number(tally![1]),
    individuals: Number(tally![2]),
    withheld: withheld ? Number(withheld[1]) : 0,
  };
}

const listOf = (page: Page, kind: "Organisations" | "Individuals") =>
  page.getByRole("region", { name: new RegExp(`^${kind}`) });

/** A browser of its own, coming from its own address, as separate people would. */
async function visitor(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

/** People take a few seconds over a form; faster replies are held for staff as automated. */
async function atHumanSpeed(shownAt: number) {
  const wait = MIN_FILL_MS + 500 - (Date.now() - shownAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

async function confirmFromEmail(page: Page, email: string, name: string, withheld = false) {
  const mail = await inbox.waitFor(email);
  expect(subjectOf(mail.raw)).toContain("Confirm your signature");
  const text = plainText(mail.raw);
  const link = /https?:\/\/[^\s/]+\/confirm\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, "the e-mail carries a confirmation link").toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your signature" })).toBeVisible();
  // What will be published stands before the button, in fields the owner may correct.
  const published = page.getByRole("region", { name: "What will be published" });
  if (withheld) await expect(published).not.toContainText(name);
  else await expect(published.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue(name);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status")).toContainText("is confirmed and counted");
  // How the signature shows on the letter, and the way to the letter.
  const appearance = page.getByRole("region", { name: "How your signature appears" });
  if (withheld) {
    await expect(appearance).toContainText("the name is not shown anywhere on the site");
    await expect(appearance).not.toContainText(name);
  } else {
    await expect(appearance).toContainText("shows the signature as:");
    await expect(appearance.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(appearance.getByRole("link", { name: /^Go to the letter/ })).toHaveAttribute(
    "href",
    new RegExp(`${LETTER}$`),
  );
  // Next: pass the letter on, and see the tally.
  const next = page.getByRole("region", { name: "Next: tell others" });
  await expect(next.getByLabel("Link to the letter")).toHaveValue(new RegExp(`${LETTER}$`));
  await expect(next.getByRole("link", { name: "See who has signed" })).toBeVisible();
}

type Person = { name: string; email: string; title: string; country: string; withheld: boolean };

/** A new visitor from `ip` on the sign page: the tally as it stood before, and when the form was shown. */
async function onSignPage(browser: Browser, ip: string) {
  const page = await visitor(browser, ip);
  const before = await readLetter(page);
  await page.goto(SIGN);
  return { page, before, shownAt: Date.now() };
}

async function fillIndividual(form: Locator, person: Person) {
  await form.getByLabel("Your name").fill(person.name);
  await form.getByLabel("Your e-mail address").fill(person.email);
  await form.getByLabel("Title or affiliation (optional)").fill(person.title);
  await form.getByLabel("Country (optional)").selectOption({ label: person.country });
  await form
    .getByLabel(
      person.withheld ? "Count my signature, but do not show my name" : "List my name with the signatories",
    )
    .check();
}

/** Fills in the form for `person` and sends it at human speed: they are asked to check their inbox. */
async function sendIndividual(form: Locator, person: Person, shownAt: number) {
  await fillIndividual(form, person);
  await atHumanSpeed(shownAt);
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(form.getByRole("status")).toContainText("Please check your inbox");
}

test("the letter page invites signing while a letter collects, and says why a sent one cannot be signed", async ({
  page,
}) => {
  await page.goto(LETTER);
  await page.getByRole("link", { name: "Sign this letter" }).click();
  await expect(page).toHaveURL(new RegExp(`${SIGN}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Sign the letter" })).toBeVisible();

  await page.goto(SENT_LETTER);
  await expect(page.getByText(/This letter has been sent, so it can no longer be signed/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign this letter" })).toHaveCount(0);
  // Its sign page says the same, with no form to fill.
  await page.goto(`${SENT_LETTER}/sign`);
  await expect(page.getByText("This letter cannot be signed now")).toBeVisible();
  await expect(page.getByRole("button", { name: /Sign/ })).toHaveCount(0);
});

test("a member signs for CSW, is told it has already signed, by whom and when, and withdraws", async ({
  browser,
}) => {
  const page = await visitor(browser, "192.0.2.30");
  await new SignInPage(page).signInAs("member@answerable.example");
  const before = await readLetter(page);
  await expect(listOf(page, "Organisations").getByText("CSW", { exact: true })).toHaveCount(0);

  await page.getByRole("link", { name: "Sign this letter" }).click();
  const organisation = page.getByRole("region", { name: "Sign for your organisation" });
  await expect(organisation.getByText("Signing for")).toBeVisible();
  // A second tab, opened before signing, still offers the form.
  const staleTab = await page.context().newPage();
  await staleTab.goto(SIGN);

  await organisation.getByLabel("List the organisation by name").check();
  await organisation.getByRole("button", { name: "Sign for CSW" }).click();
  await expect(organisation.getByRole("status")).toHaveText("CSW has signed this letter.");
  await expect(organisation).toContainText(/CSW signed on \d{1,2} \w+ \d{4} by Demo Member \(CSW\)\./);
  await expect(organisation.getByRole("button", { name: "Sign for CSW" })).toHaveCount(0);
  // Next: pass the letter on, and see the tally.
  const next = organisation.getByRole("region", { name: "Next: tell others" });
  await expect(next.getByLabel("Link to the letter")).toHaveValue(new RegExp(`${LETTER}$`));
  await expect(next.getByRole("link", { name: "See who has signed" })).toHaveAttribute(
    "href",
    `${LETTER}/signatories`,
  );

  const signed = await readLetter(page);
  expect(signed.organisations).toBe(before.organisations + 1);
  await expect(listOf(page, "Organisations").getByText("CSW", { exact: true })).toBeVisible();

  // Trying again from the tab opened earlier: refused, saying who signed and when.
  await staleTab.getByRole("button", { name: "Sign for CSW" }).click();
  await expect(
    staleTab.getByText(
      /CSW has already signed this letter: Demo Member \(CSW\) signed on \d{1,2} \w+ \d{4}\./,
    ),
  ).toBeVisible();
  await staleTab.close();

  await page.goto(SIGN);
  // Withdrawing asks first, and nothing happens until the question is answered.
  const yes = organisation.getByRole("button", { name: "Yes, withdraw the signature of CSW" });
  await expect(yes).toBeHidden();
  await organisation.getByLabel("Withdraw the signature of CSW", { exact: true }).click();
  await expect(organisation).toContainText(
    "Withdraw the signature of CSW? It leaves the list of signatories at once.",
  );
  await expect(organisation.getByRole("status")).toHaveCount(0);
  await yes.click();
  await expect(organisation.getByRole("status")).toHaveText("The signature of CSW has been withdrawn.");
  await expect(organisation.getByRole("button", { name: "Sign for CSW" })).toBeVisible();

  const after = await readLetter(page);
  expect(after.organisations).toBe(before.organisations);
  await expect(listOf(page, "Organisations").getByText("CSW", { exact: true })).toHaveCount(0);
  await page.context().close();
});

test("an individual signs, confirms through the e-mail's link, and is listed", async ({ browser }) => {
  const person = {
    name: "Mira Solberg",
    email: "Mira.Solberg@example.net",
    title: "Historian of the Korean peninsula",
    country: "Norway",
    withheld: false,
  };
  const { page, before, shownAt } = await onSignPage(browser, "192.0.2.31");
  // A search of the signatories finds no one yet, and is cached so: twice, the second from the cache.
  const search = `${LETTER}/signatories?kind=individuals&q=Solberg&page=1`;
  const lists = await page.context().newPage();
  for (let i = 0; i < 2; i++) {
    await lists.goto(search);
    await expect(lists.getByRole("main")).toContainText("No individual on this letter matches");
  }
  // Not signed in: organisations are pointed to signing in, and back here.
  await expect(page.getByRole("link", { name: "Sign in to sign for your organisation" })).toHaveAttribute(
    "href",
    `/sign-in?callbackUrl=${encodeURIComponent(SIGN)}`,
  );

  const form = page.getByRole("region", { name: "Sign as an individual" });
  // Mistakes are named beside their fields, and what was typed stays.
  await form.getByLabel("Title or affiliation (optional)").fill(person.title);
  await form.getByLabel("Your e-mail address").fill("mira.solberg@");
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(form.getByText("Enter your name.")).toBeVisible();
  await expect(form.getByText("Enter an e-mail address like name@example.org.")).toBeVisible();
  await expect(form.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Title or affiliation (optional)")).toHaveValue(person.title);
  await expect(form.getByLabel("Your e-mail address")).toHaveValue("mira.solberg@");

  await sendIndividual(form, person, shownAt);
  // Not counted until confirmed.
  expect((await readLetter(page)).individuals).toBe(before.individuals);

  await confirmFromEmail(page, person.email.toLowerCase(), person.name);
  const after = await readLetter(page);
  expect(after.individuals).toBe(before.individuals + 1);
  const listed = listOf(page, "Individuals").getByRole("listitem").filter({ hasText: person.name });
  await expect(listed).toContainText(person.title);
  await expect(listed).toContainText("Norway");
  // The confirmation expired the cached search: it finds the new name.
  await lists.goto(search);
  await expect(lists.getByRole("main").getByRole("listitem").filter({ hasText: person.name })).toContainText(
    person.title,
  );
  await page.context().close();
});

test("a stranger signs with someone else's address: the owner sees what would be published, corrects it, and only that is listed", async ({
  browser,
}) => {
  // Two people, an e-mail and a correction: longer than one signing.
  test.slow();
  const owner = "june.ownaddress@example.net";
  const stranger = {
    name: "Fake www.scam.example Name",
    email: owner,
    title: "Visit https://scam.example now",
    country: "Norway",
    withheld: false,
  };
  const { page: strangerPage, before, shownAt } = await onSignPage(browser, "192.0.2.34");
  await sendIndividual(
    strangerPage.getByRole("region", { name: "Sign as an individual" }),
    stranger,
    shownAt,
  );
  await strangerPage.context().close();

  // The e-mail carries no link but the site's own (the confirmation, and what the site
  // holds about the address), nothing of the title, and says what ignoring it means.
  const text = plainText((await inbox.waitFor(owner)).raw);
  expect(text).not.toContain("scam.example");
  expect(text).toContain("nothing will be published");
  const link = /https?:\/\/[^\s/]+\/confirm\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(text.match(/https?:\/\/\S+/g)).toEqual([
    link,
    `${new URL(link!).origin}${/\/your-data\/[A-Za-z0-9_-]+/.exec(text)?.[0]}`,
  ]);

  const page = await visitor(browser, "192.0.2.35");
  await page.goto(new URL(link!).pathname);
  // Exactly what would be published, before anything is confirmed.
  const published = page.getByRole("region", { name: "What will be published" });
  await expect(published).toContainText(stranger.name);
  await expect(published).toContainText(`${stranger.title} · Norway`);
  await expect(page.getByLabel("Your name")).toHaveValue(stranger.name);
  // A correction is checked as signing checks it, beside its field.
  await page.getByLabel("Your name").fill("");
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByLabel("Your name").fill("June Ownaddress");
  await page.getByLabel("Title or affiliation (optional)").fill("Teacher");
  await page.getByLabel("Country (optional)").selectOption({ label: "Iceland" });
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status")).toContainText("is confirmed and counted");
  const appearance = page.getByRole("region", { name: "How your signature appears" });
  await expect(appearance).toContainText("June Ownaddress");
  await expect(appearance).toContainText("Teacher · Iceland");

  const after = await readLetter(page);
  expect(after.individuals).toBe(before.individuals + 1);
  const individuals = listOf(page, "Individuals");
  await expect(individuals.getByRole("listitem").filter({ hasText: "June Ownaddress" })).toContainText(
    "Teacher",
  );
  await expect(page.getByRole("main").getByText(/scam/)).toHaveCount(0);
  await page.context().close();
});

test("the signing API refuses another site's text/plain POST, and any body that is not JSON", async ({
  request,
  baseURL,
}) => {
  const page = await request.get(SIGN);
  expect(page.status()).toBe(200);
  const letterId = /name="letterId" value="([0-9a-f-]{36})"/.exec(await page.text())?.[1];
  expect(letterId, "the sign page names its letter").toBeTruthy();
  const url = `/api/letters/${letterId}/signatures`;
  const body = JSON.stringify({ name: "Cross Site", email: "cross.site@example.net", visibility: "public" });
  const foreign = await request.post(url, {
    headers: { origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: body,
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: "errors.api.foreignOrigin" });
  const plain = await request.post(url, {
    headers: { origin: new URL(baseURL!).origin, "content-type": "text/plain;charset=UTF-8" },
    data: body,
  });
  expect(plain.status()).toBe(415);
  expect(await plain.json()).toEqual({ error: "errors.api.jsonOnly" });
});

test("two people on one shared connection sign one after the other, and neither is refused", async ({
  browser,
}) => {
  // One office's Wi-Fi: the same address for both.
  const ip = "192.0.2.77";
  for (const [i, name] of ["Ana Sharedwifi", "Ben Sharedwifi"].entries()) {
    const { page, shownAt } = await onSignPage(browser, ip);
    await sendIndividual(
      page.getByRole("region", { name: "Sign as an individual" }),
      { name, email: `shared.wifi.${i}@example.net`, title: "Volunteer", country: "Norway", withheld: false },
      shownAt,
    );
    await expect(page.getByText(/Too many signatures/)).toHaveCount(0);
    await page.context().close();
  }
});

test("a name-withheld signature is counted but not named", async ({ browser }) => {
  const person = {
    name: "Tomas Quietwater",
    email: "tomas.quietwater@example.net",
    title: "Researcher",
    country: "South Korea",
    withheld: true,
  };
  const { page, before, shownAt } = await onSignPage(browser, "192.0.2.32");
  await sendIndividual(page.getByRole("region", { name: "Sign as an individual" }), person, shownAt);
  await confirmFromEmail(page, person.email, person.name, true);

  const after = await readLetter(page);
  expect(after.individuals).toBe(before.individuals + 1);
  expect(after.withheld).toBe(before.withheld + 1);
  await expect(page.getByRole("main").getByText(person.name)).toHaveCount(0);
  await page.goto(`${LETTER}/signatories?kind=individuals&q=${encodeURIComponent("Quietwater")}`);
  await expect(page.getByRole("main")).toContainText("No individual on this letter matches");
  await page.goto(`${LETTER}/print`);
  await expect(page.getByRole("main").getByText(person.name)).toHaveCount(0);
  await page.context().close();
});

test("without JavaScript, both forms still sign, withdraw and name mistakes beside the fields", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": "192.0.2.33" },
  });
  const page = await context.newPage();

  // An individual: a mistake comes back beside its field with the rest as typed.
  await page.goto(SIGN);
  const shownAt = Date.now();
  let form = page.getByRole("region", { name: "Sign as an individual" });
  await form.getByLabel("Your name").fill("Noor Haddad");
  await form.getByLabel("Country (optional)").selectOption({ label: "Jordan" });
  await form.getByRole("button", { name: "Sign the letter" }).click();
  form = page.getByRole("region", { name: "Sign as an individual" });
  await expect(form.getByText("Enter your e-mail address.")).toBeVisible();
  await expect(form.getByLabel("Your name")).toHaveValue("Noor Haddad");
  await expect(form.getByLabel("Country (optional)")).toHaveValue("JO");
  await form.getByLabel("Your e-mail address").fill("noor.haddad@example.net");
  await atHumanSpeed(shownAt);
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page.getByRole("region", { name: "Sign as an individual" }).getByRole("status")).toContainText(
    "Please check your inbox",
  );
  await confirmFromEmail(page, "noor.haddad@example.net", "Noor Haddad");

  // A member signs for CSW and withdraws.
  await new SignInPage(page).signInAs("member@answerable.example");
  await page.goto(SIGN);
  await page.getByRole("button", { name: "Sign for CSW" }).click();
  const organisation = page.getByRole("region", { name: "Sign for your organisation" });
  await expect(organisation.getByRole("status")).toHaveText("CSW has signed this letter.");
  await expect(organisation).toContainText(/CSW signed on .* by Demo Member \(CSW\)\./);
  // Without JavaScript the question opens and is answered all the same.
  await organisation.getByLabel("Withdraw the signature of CSW", { exact: true }).click();
  await organisation.getByRole("button", { name: "Yes, withdraw the signature of CSW" }).click();
  await expect(
    page.getByRole("region", { name: "Sign for your organisation" }).getByRole("status"),
  ).toHaveText("The signature of CSW has been withdrawn.");
  await expect(page.getByRole("button", { name: "Sign for CSW" })).toBeVisible();
  await context.close();
});

test("axe finds no violations on the sign page, signed out and signed in", async ({ page }) => {
  await page.goto(SIGN);
  await expectNoAxeViolations(page);
  await new SignInPage(page).signInAs("member@answerable.example");
  await page.goto(SIGN);
  await expectNoAxeViolations(page);
});
