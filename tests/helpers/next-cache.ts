import { beforeEach, vi } from "vitest";

/*
 * next/cache outside a server action. updateTag and refresh throw there, so a test file
 * that runs actions swaps them, once, at the top:
 *
 *   vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));
 *
 * and reads what the code asked to refresh from `updatedTags` (or `updateTag` itself, a
 * spy), both emptied before each test.
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

/**
 * outsideActions, and no data cache either: unstable_cache runs the query each time, so a
 * test that reads the public pages' cached queries sees its database as it is now.
 */
export async function noDataCache(original: <T>() => Promise<T>) {
  return {
    ...(await outsideActions(original)),
    unstable_cache:
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      (...args: A) =>
        fn(...args),
  };
}

// Each test starts with nothing recorded: the file that mocks next/cache loads this module
// while its tests are being collected, so the hook is the file's own.
beforeEach(() => {
  updatedTags.length = 0;
  updateTag.mockClear();
});
