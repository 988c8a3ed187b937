import { expect, type Page } from "@playwright/test";

/** Opens `path` and checks that the site's 404 page answers: the status, and the page a visitor sees. */
export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
}
