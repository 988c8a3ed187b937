import { beforeEach, vi } from "vitest";

/*
 * next/cache outside a server action. updateTag and refresh throw there, so a test file
 * that runs actions swaps them, once, at the top:
 *
 *   vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));
 *
 * and reads what the code asked to refresh from `updatedTags` (or `updateTag` itself, a
 * spy), emptied before each test by clearUpdatedTags().
 */

/** The tags updateTag was called with, in order. */
export const updatedTags: string[] = [];

const updateTag = vi.fn((tag: string) => {
  updatedTags.push(tag);
});

/** The real next/cache with updateTag recording, and refresh and revalidateTag doing nothing. */
export async function outsideActions(original: <T>() => Promise<T>) {
  return {
    ...(await original<typeof import("next/cache")>()),
    updateTag,
    refresh: vi.fn(),
    revalidateTag: vi.fn(),
  };
}

/** Empties updatedTags and the spy's calls before each test of the file. */
export function clearUpdatedTags(): void {
  beforeEach(() => {
    updatedTags.length = 0;
    updateTag.mockClear();
  });
}
