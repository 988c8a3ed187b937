import { expectNoAxeViolations } from "../helpers/axe";
import { expect, test } from "../helpers/test";

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const PUBLIC_PAGES = [
  "/",
  CAMPAIGN,
  `${CAMPAIGN}/timeline`,
  `${CAMPAIGN}/letters/december-2019-letter`,
  `${CAMPAIGN}/letters/march-2020-joint-letter`,
  `${CAMPAIGN}/letters/follow-up-letter-2026`,
  `${CAMPAIGN}/letters/december-2019-letter/signatories?kind=individuals`,
  `${CAMPAIGN}/letters/december-2019-letter/print`,
  "/organisations/icnk",
  "/organisations/csw",
  "/awaiting-response",
  "/targets",
  "/targets/republic-of-korea",
  "/developers",
  "/sign-in",
  "/sign-up",
  "/no-such-page",
];

for (const path of PUBLIC_PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

for (const width of [375, 1280]) {
  test(`the campaign page fits a ${width}px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(CAMPAIGN);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
