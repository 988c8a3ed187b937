/**
 * True inside `next build`. The build never reads the database: a page with no route
 * params that is cached (revalidate) renders nothing then, and that output is never
 * served, because the page cache (lib/page-cache/handler.mjs) only holds pages rendered
 * at request time.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
