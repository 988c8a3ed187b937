import fs from "node:fs";
import { parseCsv, stripBom } from "@/lib/domain/csv";
import { expect, test } from "../helpers/test";

/*
 * A letter's "Download the signatories": the public list as CSV and as JSON, downloaded
 * from the letter page as a visitor would, holding the names the page lists and counting,
 * never naming, those who withheld theirs. And the API's reference, reached from the footer.
 */

const MARCH_LETTER = "/campaigns/south-korea-north-korea-human-rights/letters/march-2020-joint-letter";
const ICNK = "International Coalition to Stop Crimes Against Humanity in North Korea";

test("a letter's signatories download as CSV and as JSON from its page", async ({ page }) => {
  await page.goto(MARCH_LETTER);
  const downloads = page.getByRole("region", { name: "Download the signatories" });
  await expect(downloads).toBeVisible();

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    downloads.getByRole("link", { name: "Download the signatories as CSV, for spreadsheets" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/march-2020-joint-letter--signatories\.csv$/);
  const csv = parseCsv(stripBom(fs.readFileSync((await csvDownload.path())!, "utf8")));
  expect(csv[0]).toEqual(["Name", expect.any(String), "Country", expect.any(String)]);
  expect(csv.map((row) => row[0])).toContain(ICNK);
  expect(csv.length).toBeGreaterThan(50);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    downloads.getByRole("link", { name: "Download the signatories as JSON" }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toBe(
    "south-korea-north-korea-human-rights--march-2020-joint-letter--signatories.json",
  );
  const text = fs.readFileSync((await jsonDownload.path())!, "utf8");
  const list = JSON.parse(text) as {
    letter: { slug: string };
    organisations: Array<{ displayName: string }>;
    individuals: Array<{ displayName: string }>;
    withheld: { organisations: number; individuals: number };
  };
  expect(list.letter.slug).toBe("march-2020-joint-letter");
  expect(list.organisations.map((o) => o.displayName)).toContain(ICNK);
  // Everyone the CSV names, the JSON names: the same public list.
  expect(list.organisations.length + list.individuals.length).toBe(csv.length - 1);
  expect(list.withheld.individuals).toBeGreaterThanOrEqual(2);
  expect(text).not.toMatch(/@/);
});

test("the footer leads to the API's reference, which links its OpenAPI document", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data and API" }).click();
  await expect(page).toHaveURL(/\/developers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Open data and API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Get a campaign" })).toBeVisible();
  await expect(page.getByText("GET /api/v1/campaigns/{slug}", { exact: true })).toBeVisible();
  const href = await page.getByRole("link", { name: "OpenAPI 3.1 document" }).getAttribute("href");
  const doc = await request.get(href!);
  expect(doc.status()).toBe(200);
  expect(doc.headers()["access-control-allow-origin"]).toBe("*");
  expect((await doc.json()).openapi).toBe("3.1.0");
});
