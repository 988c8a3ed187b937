/** Runs `fn` and returns the Postgres error it raised, looking through driver wrappers. */
export async function pgError(fn: () => Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await fn();
  } catch (error) {
    let e = error as { code?: string; constraint?: string; cause?: unknown };
    while (!e.code && e.cause) e = e.cause as typeof e;
    return { code: e.code, constraint: e.constraint };
  }
  throw new Error("expected the database to refuse the write");
}
