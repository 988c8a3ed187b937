import { expect, test } from "../helpers/test";

/*
 * Most visitors arrive on a phone. On a 390 × 844 screen no public page may scroll
 * sideways as a whole: a wide table may scroll inside its own labelled box, the page may not.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const LETTER = `${CAMPAIGN}/letters/december-2019-letter`;
const COLLECTING = `${CAMPAIGN}/letters/follow-up-letter-2026`;

/** One page of every public kind. */
const PAGES: Array<[string, string]> = [
  ["home", "/"],
  ["campaign", CAMPAIGN],
  ["timeline", `${CAMPAIGN}/timeline`],
  ["letter", LETTER],
  ["print view", `${LETTER}/print`],
  ["signatories", `${LETTER}/signatories`],
  ["sign", `${COLLECTING}/sign`],
  ["organisation", "/organisations/icnk"],
  ["targets", "/targets"],
  ["target", "/targets/republic-of-korea"],
  ["awaiting response", "/awaiting-response"],
  ["resolutions", "/resolutions"],
  ["resolution", "/resolutions/dprk-human-rights-general-assembly"],
  ["resolution changes", "/resolutions/dprk-human-rights-general-assembly/changes"],
  ["states", "/states"],
  ["state", "/states/kor"],
  ["developers", "/developers"],
];

test.use({ viewport: { width: 390, height: 844 } });

for (const [kind, path] of PAGES) {
  test(`${kind} (${path}): nothing scrolls sideways on a 390px phone`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${path} is ${scrollWidth}px wide on a ${clientWidth}px screen`).toBeLessThanOrEqual(
      clientWidth,
    );
  });
}
