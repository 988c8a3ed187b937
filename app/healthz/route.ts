import { checkHealth } from "@/db/queries/health";
import { run } from "@/db/queries/run";

/*
 * GET /healthz — for load balancers and monitors: the process answers, the database
 * answers within two seconds and has every migration the code ships. 200 when all is
 * well, 503 otherwise, with { status, database, migrations } and nothing else (no
 * versions, addresses or errors). Public by design: it says only what a failing
 * request would. Never cached.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await run(checkHealth, { timeoutMs: 2_000 });
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store, max-age=0" },
  });
}
