import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { expectNoAxeViolations } from "../helpers/axe";
import { E2E_SMTP_PORT, plainText, SmtpInbox, subjectOf } from "../helpers/smtp-inbox";
import { expect, type Page, test } from "../helpers/test";
import { expectKoreanInterface } from "../helpers/untranslated";
import { DEMO_PASSWORD } from "../pages/sign-in-page";

/*
 * The site in Korean, as a Korean reader and a Korean-speaking staff member use it: the
 * visitor's way from the home page to the printed letter, an individual signing and
 * confirming from a Korean e-mail, and staff recording a government's response. On each
 * page nothing of the interface is left in English (tests/helpers/untranslated.ts:
 * content in another language says so with `lang`), and axe finds nothing. Every test
 * leaves the demo as it found it: the signature is withdrawn from the e-mail's "your
 * data" link, the response retracted.
 */

const CAMPAIGN = "/ko/campaigns/south-korea-north-korea-human-rights";
const MARCH = `${CAMPAIGN}/letters/march-2020-joint-letter`;
const DECEMBER = `${CAMPAIGN}/letters/december-2019-letter`;
const FOLLOW_UP = `${CAMPAIGN}/letters/follow-up-letter-2026`;

const inbox = new SmtpInbox();
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

/** The demo's follow-up letter has no Korean text: its title is content in English wherever it is quoted. */
const FOLLOW_UP_TITLE = "Sample follow-up letter: re-engage on North Korean human rights (demo data)";

/** The page is Korean throughout its interface, and accessible. */
async function checkPage(page: Page, content: readonly string[] = []) {
  await expectKoreanInterface(page, content);
  await expectNoAxeViolations(page, page.url());
}

test("a Korean visitor goes from the home page to the campaign, its letters and the printed letter", async ({
  page,
}) => {
  await page.goto("/ko");
  await checkPage(page);
  await page.getByRole("article").locator(`a[href="${CAMPAIGN}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The December letter's silence, counted in Korean.
  await expect(page.getByText(/[\d,]+일째 무응답/).first()).toBeVisible();
  await checkPage(page);

  // The March letter has a Korean text: the page shows it, and links the English original.
  await page.goto(MARCH);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/[가-힣]/);
  await expect(page.getByRole("link", { name: /English/ }).first()).toBeVisible();
  await checkPage(page);

  // The December letter has none: it says so, and shows the English original marked as English.
  await page.goto(DECEMBER);
  await expect(page.getByText(/한국어 번역/).first()).toBeVisible();
  await expect(page.locator('[lang="en-GB"]').first()).toBeVisible();
  await checkPage(page);

  await page.goto(`${MARCH}/print`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The printed copy's permalink is the Korean page.
  await expect(page.getByRole("link", { name: new RegExp(`${MARCH}$`) })).toBeVisible();
  await checkPage(page);
});

test("an individual signs in Korean, confirms from a Korean e-mail, and withdraws from the Korean 'your data' page", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.171" } });
  const page = await context.newPage();
  const person = { name: "김서연", email: "seoyeon.kim@example.kr" };
  await page.goto(`${FOLLOW_UP}/sign`);
  const shownAt = Date.now();
  await checkPage(page, [FOLLOW_UP_TITLE]);
  const form = page.getByRole("region", { name: "개인으로 서명" });
  // A mistake is named beside its field, in Korean.
  await form.getByLabel("이메일 주소").fill("seoyeon@");
  await form.getByRole("button", { name: "서한에 서명" }).click();
  await expect(form.getByLabel("이메일 주소")).toHaveAttribute("aria-invalid", "true");
  await expectKoreanInterface(page, [FOLLOW_UP_TITLE]);

  await form.getByLabel("이름", { exact: true }).fill(person.name);
  await form.getByLabel("이메일 주소").fill(person.email);
  await form.getByLabel("서명자 명단에 내 이름 공개").check();
  const wait = MIN_FILL_MS + 500 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  await form.getByRole("button", { name: "서한에 서명" }).click();
  await expect(form.getByRole("status")).toContainText("받은편지함을 확인해 주십시오");

  // The e-mail is Korean, and its link leads to the Korean confirmation page.
  const mail = await inbox.waitFor(person.email);
  expect(subjectOf(mail.raw)).toContain("서명을 확인해 주십시오");
  const text = plainText(mail.raw);
  expect(text).toContain(`${person.name} 님`);
  const link = /https?:\/\/[^\s/]+\/ko\/confirm\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, "the e-mail links the Korean confirmation page").toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "서명 확인" })).toBeVisible();
  await checkPage(page, [FOLLOW_UP_TITLE]);
  await page.getByRole("button", { name: "서명 확인" }).click();
  await expect(page.getByRole("status")).toContainText("확인되어 집계되었습니다");
  await checkPage(page, [FOLLOW_UP_TITLE]);

  // Listed on the letter.
  await page.goto(`${FOLLOW_UP}/signatories?kind=individuals&q=${encodeURIComponent(person.name)}`);
  await expect(page.getByRole("main").getByText(person.name).first()).toBeVisible();

  // The e-mail's footer leads to what the site holds, in Korean; withdrawing leaves the letter as it was.
  const dataLink = /https?:\/\/[^\s/]+\/ko\/your-data\/[A-Za-z0-9_.-]+/.exec(text)?.[0];
  expect(dataLink, "the e-mail links the Korean 'your data' page").toBeTruthy();
  await page.goto(new URL(dataLink!).pathname);
  await checkPage(page, [FOLLOW_UP_TITLE]);
  const signature = page.getByRole("listitem").filter({ hasText: person.name });
  await signature.getByLabel(/내 서명 철회$/).click();
  await signature.getByRole("button", { name: /내 서명을 철회합니다$/ }).click();
  await expect(signature).toContainText("철회");
  await context.close();
});

test("staff record a government's response in Korean, and the Korean campaign page shows it; retracting it brings the silence back", async ({
  page,
}) => {
  await page.goto("/ko/sign-in");
  await checkPage(page);
  await page.getByLabel("이메일 주소").fill("staff@answerable.example");
  await page.getByLabel("비밀번호", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "로그인" }).click();
  // Signing in leads to the staff dashboard in Korean.
  await expect(page).toHaveURL(/\/ko\/staff$/);
  await page.goto("/ko/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea|북한/ })
    .first()
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The disclosure ("답변 기록") holds the form, whose button says the same.
  await page.locator("summary", { hasText: "답변 기록" }).first().click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "답변 기록" }) });
  const letter = form.getByLabel("답변 대상 서한");
  const value = await letter.locator("option", { hasText: /2019/ }).first().getAttribute("value");
  await letter.selectOption(value ?? "");
  await form.getByLabel("답변 유형").selectOption({ label: "서면 답변" });
  await form.getByLabel("입장").selectOption({ label: "유보적" });
  await form.getByRole("group", { name: "날짜" }).getByLabel("날짜").fill("2020-01-20");
  await form.getByLabel("요약").fill("청와대가 연대체의 우려를 서면으로 접수했다고 답했습니다.");
  await form.getByRole("button", { name: "답변 기록" }).click();
  await expect(page.getByText("답변을 기록했습니다. 지금 공개 페이지에 표시됩니다.")).toBeVisible();
  // The staff pages show the campaign's records as written (in English here): axe only.
  await expectNoAxeViolations(page, page.url());

  await page.goto(DECEMBER);
  await expect(page.getByText("서면 답변").first()).toBeVisible();
  await expect(
    page.getByText("청와대가 연대체의 우려를 서면으로 접수했다고 답했습니다.").first(),
  ).toBeVisible();

  // Retracted, with a reason: the silence is counted again.
  await page.goto("/ko/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea|북한/ })
    .first()
    .click();
  const response = page
    .getByRole("listitem")
    .filter({ hasText: "청와대가 연대체의 우려를 서면으로 접수했다고 답했습니다." })
    .first();
  await response.getByText("철회…").click();
  await response.getByLabel("철회 사유").fill("브라우저 테스트가 기록함");
  await response.getByRole("button", { name: /^철회:/ }).click();
  await expect(response.getByText(/브라우저 테스트가 기록함/)).toBeVisible();
  await page.goto(DECEMBER);
  await expect(page.getByText(/[\d,]+일째 무응답/).first()).toBeVisible();
});
