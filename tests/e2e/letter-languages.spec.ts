import { parseCsv, stripBom } from "@/lib/domain/csv";
import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { messages } from "@/messages/en";
import { E2E_SMTP_PORT, SmtpInbox } from "../helpers/smtp-inbox";
import { expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * A letter in two languages: staff add a Korean translation beside the English original,
 * the English letter page then links its Korean text, the Korean page shows it, and a
 * signature records which text its signer read. The demo's collecting letter is used;
 * signatures made here stay unconfirmed, so its tally is unchanged for the specs after.
 *
 * The Korean signer is a JSON client that says it read the Korean text.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/follow-up-letter-2026`;
const KOREAN_LETTER = `/ko${LETTER}`;
const TITLE = "Sample follow-up letter: re-engage on North Korean human rights (demo data)";
const KOREAN = {
  title: "후속 공개서한 예시: 북한 인권 문제에 다시 나서 주십시오(시연용 자료)",
  addressee: "대한민국 대통령님",
  text: "> **시연용 자료.** 이 서한은 실제 서한이 아닙니다.\n\n대한민국 대통령님께,\n\n아래 서명한 단체와 개인은 답변을 기다립니다.",
};

const inbox = new SmtpInbox();
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

async function signedInAsStaff(page: Page) {
  await new SignInPage(page).signInAs("staff@answerable.example");
}

test("staff add a Korean translation beside the original, and the English letter page links it", async ({
  page,
}) => {
  await signedInAsStaff(page);
  // The staff list of public records without a Korean text names the letter.
  await page.goto("/staff/translations");
  await expect(page.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: TITLE });
  await expect(row).toContainText("Not translated");
  await row.getByRole("link").click();

  // Side by side: the original, read only, beside each field to fill.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Korean text");
  await expect(page.getByText(TITLE, { exact: true })).toBeVisible();
  await page.getByLabel("Title — Korean").fill(KOREAN.title);
  await page.getByLabel("Addressee line — Korean").fill(KOREAN.addressee);
  await page.getByLabel("Text — Korean").fill(KOREAN.text);
  // An empty title is refused beside the field, and nothing is lost.
  await page.getByLabel("Title — Korean").fill("");
  await page.getByRole("button", { name: "Save the translation" }).click();
  await expect(page.getByText(messages.errors.letter.titleRequired)).toBeVisible();
  await expect(page.getByLabel("Text — Korean")).toHaveValue(KOREAN.text);
  await page.getByLabel("Title — Korean").fill(KOREAN.title);
  await page.getByRole("button", { name: "Save the translation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Translation saved" })).toBeVisible();

  // On a phone the original comes first, the field to fill under it.
  await page.setViewportSize({ width: 390, height: 844 });
  const original = await page.getByText(TITLE, { exact: true }).boundingBox();
  const field = await page.getByLabel("Title — Korean").boundingBox();
  expect(field!.y).toBeGreaterThan(original!.y + original!.height - 1);

  // The letter's staff page says it has a Korean text now.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("link", { name: "Back to the record" }).click();
  await expect(page.getByRole("link", { name: "Korean: Translated" })).toBeVisible();

  // The English letter page links its Korean text, saying it is a translation and when it was added.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(LETTER);
  const other = visitor.getByRole("navigation", { name: "This letter in other languages" });
  await expect(other).toContainText(/Also in: 한국어 \(translation, added \d{1,2} \w+ \d{4}\)/);
  await expect(other.getByRole("link", { name: "한국어" })).toHaveAttribute("href", KOREAN_LETTER);
  await expect(other.getByRole("link", { name: "한국어" })).toHaveAttribute("hreflang", "ko");
  // Its text stays the English original.
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await visitor.close();
});

test("the Korean letter page shows the Korean text and links the English original", async ({ page }) => {
  await page.goto(KOREAN_LETTER);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(KOREAN.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The letter's own list of languages (the header's language control says "English" too).
  const other = page
    .getByRole("main")
    .getByRole("navigation")
    .filter({ has: page.getByRole("link", { name: "English" }) });
  await expect(other.getByRole("link", { name: "English" })).toHaveAttribute("href", LETTER);
  // Its sign page shows the Korean text, and its forms post which text that is.
  await page.goto(`${KOREAN_LETTER}/sign`);
  await expect(page.locator('input[name="textLocale"]').first()).toHaveValue("ko");
});

test("a signature records which language's text its signer read", async ({ page, browser }) => {
  // An English reader signs on the English sign page, with the form.
  const reader = await (
    await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.140" } })
  ).newPage();
  await reader.goto(`${LETTER}/sign`);
  const shownAt = Date.now();
  const form = reader.getByRole("region", { name: "Sign as an individual" });
  await expect(form.locator('input[name="textLocale"]')).toHaveValue("en-GB");
  const letterId = await form.locator('input[name="letterId"]').getAttribute("value");
  const version = await form.locator('input[name="letterVersion"]').getAttribute("value");
  await form.getByLabel("Your name").fill("Elin Englishreader");
  await form.getByLabel("Your e-mail address").fill("elin.englishreader@example.net");
  await form.getByLabel("List my name with the signatories").check();
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt))),
  );
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(form.getByRole("status")).toContainText("Please check your inbox");
  await reader.context().close();

  // A Korean reader: what the Korean sign page posts, sent as a JSON client.
  const signed = await page.request.post(`/api/letters/${letterId}/signatures`, {
    headers: { "x-forwarded-for": "192.0.2.141" },
    data: {
      name: "김한글",
      email: "hangeul.reader@example.net",
      visibility: "public",
      textLocale: "ko",
      letterVersion: Number(version),
    },
  });
  expect(signed.status()).toBe(202);

  // Staff's export says which text each signed.
  await signedInAsStaff(page);
  const csv = await page.request.get(`/api/staff/letters/${letterId}/export`);
  expect(csv.status()).toBe(200);
  const [header, ...rows] = parseCsv(stripBom(await csv.text()));
  const columns = messages.staffExport.staffColumns;
  const at = (name: string) => header!.indexOf(name);
  const language = (email: string) =>
    rows.find((r) => r[at(columns.emailNormalised)] === email)?.[at(columns.textLocale)];
  expect(language("elin.englishreader@example.net")).toBe("en-GB");
  expect(language("hangeul.reader@example.net")).toBe("ko");
});
