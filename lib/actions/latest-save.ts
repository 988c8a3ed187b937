/*
 * For edit forms (in the browser): which updatedAt to send back as "editedFrom"
 * (lib/actions/stale-edit.ts). No imports, so client bundles stay small.
 */

/**
 * What a form sends back: the later of the page's value and its own last save, so a
 * page refreshed after another of this page's forms saved is not refused.
 */
export function latestSave(...times: ReadonlyArray<string | undefined>): string | undefined {
  return times
    .filter((t): t is string => Boolean(t))
    .sort()
    .at(-1);
}
