import { expect, test } from "../helpers/test";

const DECEMBER_LETTER = "/campaigns/south-korea-north-korea-human-rights/letters/december-2019-letter";

test("each signatories tab counts only its own kind among those who asked not to be named", async ({
  page,
}) => {
  // The December 2019 letter: two individuals asked not to be named, no organisation did.
  await page.goto(`${DECEMBER_LETTER}/signatories?kind=organisations`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Organisations" })).toBeVisible();
  await expect(main.getByText(/asked not to be named/)).toHaveCount(0);

  await page.goto(`${DECEMBER_LETTER}/signatories?kind=individuals`);
  await expect(main.getByRole("heading", { level: 2, name: "Individuals" })).toBeVisible();
  await expect(main.getByText("and 2 individuals who asked not to be named")).toBeVisible();
});
