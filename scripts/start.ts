/*
 * `npm start`: takes the data-dir lock (embedded database), applies migrations, seeds an
 * empty embedded database with the demo story, builds the app if it has not been built,
 * then serves it on PORT (default 3000) in this same process, so the one PGlite
 * instance it opened is the one every request uses. A timer in the same process retries
 * due e-mail and prunes old rate-limit rows (lib/maintenance.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { closeDb, getDb, pgliteDir } from "@/db";
import { databaseRecentlyUnavailable } from "@/db/availability";
import { dataDir, usesExternalDatabase } from "@/db/config";
import { releaseDataDirLock } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { isDatabaseEmpty } from "@/db/queries/health";
import { maintenanceIntervalMs, startMaintenanceTimer } from "@/lib/jobs/maintenance";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { serveTestHook, testHooksEnabled } from "@/lib/jobs/test-hook";
import { serveApiFromCache } from "@/lib/page-cache/api-cache";
import { startDayRolloverTimer } from "@/lib/page-cache/day-rollover";
import { serveFromPageCache } from "@/lib/page-cache/fast-path";
import { pageCacheStore } from "@/lib/page-cache/handler.mjs";
import { routeMissingPublicPage, routeUndecodablePath } from "@/lib/page-cache/missing-pages";
import { startTagFeed } from "@/lib/page-cache/notify";
import { pinClientAddress, trustedProxyHops } from "@/lib/server/client-address";
import { answerRefused, refuseCrossSiteAction } from "@/lib/server/cross-site-form";
import { siteUrl } from "@/lib/server/env";
import { answerPlainPageNavigation } from "@/lib/server/plain-page";
import { authSecretFile, ensureAuthSecret } from "@/lib/server/secrets";
import { requestPath, secureNextResponse } from "@/lib/server/secure-response";
import { runCli } from "./cli";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME_BIND || "0.0.0.0";
const log = (message: string) => console.log(`[answerable] ${message}`);

/**
 * A page or action that failed because the database could not be reached is answered
 * 503 with Retry-After (the error page says to try again in a minute), not 500: the
 * visitor, a monitor and a load balancer all learn it is passing.
 */
function outageIs503(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseRecentlyUnavailable(10_000)) {
      this.setHeader("Retry-After", "60");
      this.setHeader("Cache-Control", "no-store");
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, ...rest);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
}

async function main() {
  const external = usesExternalDatabase();
  process.env.AUTH_TRUST_HOST ??= "true";

  getDb(); // takes the lock now, so a second `npm start` stops here at once
  log(external ? "database: PostgreSQL (DATABASE_URL)" : `database: embedded PGlite in ${pgliteDir()}`);

  if (!process.env.SITE_URL?.trim()) {
    // Confirmation links in e-mails, feeds and canonical URLs all start with it.
    log(
      `SITE_URL is not set: links in e-mails and feeds point to ${siteUrl()}` +
        (external ? ". Set SITE_URL to the site's public address in production." : ""),
    );
  }

  const secret = ensureAuthSecret();
  if (secret === "generated")
    log(`AUTH_SECRET was not set: generated one and saved it to ${authSecretFile()}`);
  if (secret === "file") log(`AUTH_SECRET read from ${authSecretFile()}`);

  await runMigrations();
  log("migrations applied");
  const wantSeed = process.argv.includes("--seed") || process.env.ANSWERABLE_SEED === "1";
  if (wantSeed || (!external && (await isDatabaseEmpty(getDb())))) {
    const { created } = await seedDemo(getDb());
    log(
      created
        ? "seeded the demo story (demo accounts are listed in the README)"
        : "demo story already present",
    );
  }

  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    log("no production build yet: running `next build` (once; `npm run build` rebuilds)");
    const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages = pageCacheStore();
  const tagFeed = external
    ? startTagFeed({ connectionString: process.env.DATABASE_URL!, store: pages })
    : null;
  await tagFeed?.ready;
  const dayRollover = startDayRolloverTimer(pages);
  const testHooks = testHooksEnabled();
  if (testHooks) log("test hooks on (ANSWERABLE_TEST_HOOKS=1): for the browser tests only");
  const proxyHops = trustedProxyHops();
  log(
    proxyHops
      ? `client addresses: from X-Forwarded-For, behind ${proxyHops} trusted prox${proxyHops === 1 ? "y" : "ies"} (TRUSTED_PROXY_HOPS)`
      : "client addresses: from the connection (no trusted proxy; TRUSTED_PROXY_HOPS=0)",
  );
  const server = createServer((req, res) => {
    if (testHooks && serveTestHook(req, res)) return;
    pinClientAddress(req, proxyHops);
    // Every response carries the security headers (lib/server/security-headers.ts): the
    // fast path sets its page's; what goes to Next gets them here, its pages allowed
    // their own inline scripts, and is compressed.
    const pathname = requestPath(req);
    const toNext = () => {
      secureNextResponse(req, res, pathname);
      return handle(req, res);
    };
    // A server action posted from another site gets the site's 403 page, not Next's 500.
    if (refuseCrossSiteAction(req)) {
      answerRefused(res);
      return void toNext();
    }
    // Next answers a path that does not percent-decode (/campaigns/%E0%A4%A) with a bare
    // text 500, failing to decode the route's parameters: it gets the site's 404 page.
    if (routeUndecodablePath(req)) return void toNext();
    if (serveApiFromCache(req, res, pages) || serveFromPageCache(req, res, pages)) return;
    // A page React runs asking for a plain page's payload is told to load it whole.
    if (answerPlainPageNavigation(req, res, pathname)) return;
    if (external) outageIs503(res);
    void routeMissingPublicPage(req, getDb).then(toNext);
  });
  server.listen(port, hostname, () => log(`ready on http://localhost:${port}`));

  const interval = maintenanceIntervalMs();
  const maintenance = interval ? startMaintenanceTimer({ intervalMs: interval }) : null;
  log(
    interval
      ? `maintenance (due e-mail, old rate-limit rows, personal data past its retention) every ${interval / 1000} s`
      : "maintenance timer off (ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS=0): run `npm run maintenance` from cron",
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    server.close();
    dayRollover.stop();
    await tagFeed?.stop();
    await maintenance?.stop();
    await closeDb();
    releaseDataDirLock(dataDir());
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  await new Promise(() => {});
}

runCli(main);
