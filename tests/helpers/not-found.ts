import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** Opens `path` and checks that the site's 404 page answers: the status, and the page a visitor sees. */
export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
}

/** Fetches `path` (a feed, a calendar, a badge) and checks that it is a 404 saying `text` in one plain line. */
export async function expectPlainNotFound(request: APIRequestContext, path: string, text: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(404);
  expect(response.headers()["content-type"], path).toBe("text/plain; charset=utf-8");
  expect(await response.text(), path).toBe(`${text}\n`);
}
