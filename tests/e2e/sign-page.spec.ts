import { MIN_FILL_MS } from "@/lib/domain/signing-rules";
import { expectNoAxeViolations } from "../helpers/axe";
import { E2E_SMTP_PORT, SmtpInbox } from "../helpers/smtp-inbox";
import { type Browser, expect, type Page, test } from "../helpers/test";

/*
 * The sign page as a signer meets it: the letter's text at hand without leaving the form,
 * focus on what went wrong after a failed submission, and after signing a way to pass
 * the letter on and to see who else signed. Signatures here stay unconfirmed, so the
 * letter's tally is unchanged for the specs that count it.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/follow-up-letter-2026`;
const SIGN = `${LETTER}/sign`;

const inbox = new SmtpInbox();
test.beforeAll(async () => {
  await inbox.start(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await inbox.stop();
});

async function visitor(browser: Browser, ip: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  return context.newPage();
}

/** The relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const javaScriptEnabled of [true, false]) {
  test(`the letter's text opens on the sign page ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({
    browser,
  }) => {
    const page = await visitor(browser, "192.0.2.60", javaScriptEnabled);
    await page.goto(LETTER);
    const firstLine = ((await page.locator("article p").first().textContent()) ?? "").trim().slice(0, 60);
    expect(firstLine.length).toBeGreaterThan(10);

    await page.goto(SIGN);
    const text = page.getByRole("main").getByText(firstLine, { exact: false });
    // Folded at first, so the form is near the top of a phone's screen.
    await expect(text).toBeHidden();
    await page.getByText("Read the letter you are signing").click();
    await expect(text).toBeVisible();
    // The form is still on the same page.
    await expect(page.getByRole("region", { name: "Sign as an individual" })).toBeVisible();
    if (javaScriptEnabled) await expectNoAxeViolations(page, "the sign page with the letter open");
    await page.context().close();
  });
}

test("a failed submission puts focus on the summary of what went wrong", async ({ browser }) => {
  const page = await visitor(browser, "192.0.2.61");
  await page.goto(SIGN);
  const form = page.getByRole("region", { name: "Sign as an individual" });
  await form.getByRole("button", { name: "Sign the letter" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toHaveText("Some fields need attention. Please check the messages beside them.");
  await expect(summary).toBeFocused();
  await page.context().close();
});

test("the submit button's focus ring stands out 3:1 from what surrounds it", async ({ browser }) => {
  const page = await visitor(browser, "192.0.2.62");
  await page.goto(SIGN);
  const button = page.getByRole("region", { name: "Sign as an individual" }).getByRole("button", {
    name: "Sign the letter",
  });
  // Reached by keyboard: Tab from the field before it.
  await page.getByLabel("Count my signature, but do not show my name").focus();
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  const ring = await button.evaluate((el) => {
    const style = getComputedStyle(el);
    let around: Element | null = el.parentElement;
    let background = "rgba(0, 0, 0, 0)";
    while (around && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
      background = getComputedStyle(around).backgroundColor;
      around = around.parentElement;
    }
    return {
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      color: style.outlineColor,
      background,
    };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
  await page.context().close();
});

test("after signing, the signer can copy or share the letter's link and see who has signed", async ({
  browser,
}) => {
  const page = await visitor(browser, "192.0.2.63");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(SIGN);
  const shownAt = Date.now();
  const form = page.getByRole("region", { name: "Sign as an individual" });
  await form.getByLabel("Your name").fill("Ha-eun Park");
  await form.getByLabel("Your e-mail address").fill("ha-eun.park@example.net");
  const wait = MIN_FILL_MS + 500 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  await form.getByRole("button", { name: "Sign the letter" }).click();
  await expect(form.getByRole("status")).toContainText("Please check your inbox");

  const next = form.getByRole("region", { name: "Next: tell others" });
  const link = next.getByLabel("Link to the letter");
  const url = await link.inputValue();
  expect(new URL(url).pathname).toBe(LETTER);

  await next.getByRole("button", { name: "Copy the link" }).click();
  await expect(next.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  for (const [name, host] of [
    ["X", "x.com"],
    ["Facebook", "www.facebook.com"],
    ["LinkedIn", "www.linkedin.com"],
    ["Naver", "share.naver.com"],
    ["Band", "band.us"],
  ]) {
    const href = (await next.getByRole("link", { name, exact: true }).getAttribute("href")) ?? "";
    expect(new URL(href).host).toBe(host);
    expect(href).toContain(encodeURIComponent(url));
  }
  await next.getByRole("link", { name: "See who has signed" }).click();
  await expect(page).toHaveURL(new RegExp(`${LETTER}/signatories$`));
  await page.context().close();
});
