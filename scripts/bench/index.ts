/*
 * `npm run bench`: builds a bench database (the demo story plus a campaign with ~500
 * timeline entries, a letter with 50,000 signatures and a resolution line with 193
 * member states' positions over 20 sessions), times matching a pasted list of 193 state
 * names, starts the app on 127.0.0.1 and measures throughput and p99 latency with
 * autocannon. Ratios to a static asset in the same run are the figures to compare;
 * absolute numbers depend on the machine. The public API's campaign and a signatory page
 * are measured like the pages. Then a signing burst through the JSON
 * endpoint (scripts/bench/signing.ts), after a notification send to 50,000 people
 * (scripts/bench/notifications.ts). It also reports each public page's JavaScript, gzipped.
 *   BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), DATABASE_URL (optional),
 *   BENCH_MATCH_RUNS (default 50),
 *   BENCH_SIGNATURES (default 3000), BENCH_SIGNING_CONCURRENCY (default 50),
 *   BENCH_SMTP=1 (send the confirmation e-mails to a loopback SMTP server instead of the log),
 *   BENCH_ONLY=notifications (build the database and measure the notification send alone)
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, getDb } from "@/db";
import { dataDir } from "@/db/config";
import { releaseDataDirLock } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { resolutionPath } from "@/lib/domain/urls";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { formatServedJs } from "../../tests/helpers/client-js";
import { emptyLocalDatabase } from "../../tests/helpers/local-database";
import { SmtpInbox } from "../../tests/helpers/smtp-inbox";
import { startAppServer } from "../app-server";
import { runCli } from "../cli";
import { BENCH_CAMPAIGN, BENCH_LETTER, BENCH_RESOLUTION, buildBenchData } from "./data";
import { benchNameMatching, type NameMatchingRow } from "./name-matching";
import { benchNotificationSend, buildNotificationBench } from "./notifications";
import { benchSigningBurst, type SigningBurstResult } from "./signing";

const port = Number(process.env.BENCH_PORT || 3400);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_DURATION || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const matchRuns = Number(process.env.BENCH_MATCH_RUNS || 50);

/** Issue #11's goals for the resolution page and for matching a pasted list. */
const GOALS = { resolutionRatio: 0.5, resolutionFirstMs: 300, matchMs: 100 };
/** Issue #13's: every public page at half the static asset's throughput, the signing burst at a fifth. */
const SPEED_GOALS = { pageRatio: 0.5, signingRatio: 0.2 };
const RESOLUTION_PAGE = "resolution (193 × 20)";

async function prepareDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    await emptyLocalDatabase(url);
  } else {
    fs.rmSync(dataDir(), { recursive: true, force: true });
  }
  const started = Date.now();
  await runMigrations();
  await seedDemo(getDb());
  await buildBenchData(getDb());
  await buildNotificationBench(getDb());
  console.log(`bench database built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await closeDb();
  releaseDataDirLock(dataDir());
}

async function startServer(smtpUrl: string): Promise<ChildProcess> {
  const { child } = await startAppServer(port, {
    // The signing burst stands in for a rush from many people behind one reverse
    // proxy: each signer has its own address in X-Forwarded-For, and the signing
    // limits stay at their defaults. Mail is only logged, or sent to the bench's own
    // SMTP server with BENCH_SMTP=1.
    TRUSTED_PROXY_HOPS: "1",
    SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE: "",
    SIGNING_LIMIT_PER_IP_PER_5_MINUTES: "",
    SIGNING_LIMIT_PER_EMAIL_PER_HOUR: "",
    SMTP_URL: smtpUrl,
    // The notification send is one maintenance round the bench starts itself.
    ANSWERABLE_TEST_HOOKS: "1",
    ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS: "0",
  });
  return child;
}

/**
 * The reference every ratio is taken against: a JavaScript chunk served by the same server.
 * Chunks' names change with every build and their sizes run from 1 KB to 500 KB, so take
 * the one nearest 25 KB (the size of a typical public page) rather than whichever the
 * directory lists first, and say which it was.
 */
const REFERENCE_BYTES = 25_000;

function staticAssetPath(): string {
  const dir = path.join(".next", "static", "chunks");
  const chunks = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => ({ file, bytes: fs.statSync(path.join(dir, file)).size }))
    .sort((a, b) => Math.abs(a.bytes - REFERENCE_BYTES) - Math.abs(b.bytes - REFERENCE_BYTES));
  if (chunks.length === 0) throw new Error("no static chunk found in .next/static/chunks");
  console.log(`static asset: ${chunks[0].file}, ${(chunks[0].bytes / 1024).toFixed(1)} KB`);
  return `/_next/static/chunks/${chunks[0].file}`;
}

type FirstRequest = { name: string; ms: number; status: number; kb: number; cache: string };

/**
 * The first, uncached request for a page, then a second one to show whether the page
 * cache now serves it (x-nextjs-cache: HIT).
 */
async function timeFirstRequest(name: string, url: string): Promise<FirstRequest> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  const again = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  await again.arrayBuffer();
  const cache = again.headers.get("x-nextjs-cache") ?? "none";
  return { name, ms, status: response.status, kb: body.byteLength / 1024, cache };
}

function printNameMatching(rows: NameMatchingRow[]) {
  console.log(
    `\nmatching a pasted list (split + match, ${matchRuns} runs; the first builds the name index):`,
  );
  console.log(
    `${"list".padEnd(28)} ${"matched".padStart(9)} ${"ambiguous".padStart(9)} ${"first ms".padStart(9)} ${"best ms".padStart(8)} ${"median ms".padStart(10)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(28)} ${`${row.matched}/${row.names}`.padStart(9)} ${String(row.ambiguous).padStart(9)} ${row.coldMs.toFixed(1).padStart(9)} ${row.bestMs.toFixed(1).padStart(8)} ${row.medianMs.toFixed(1).padStart(10)}`,
    );
  }
}

/** Each of the issue's goals with the figure measured against it. */
function printGoals(rows: Row[], first: FirstRequest[], matching: NameMatchingRow[]) {
  const page = rows.find((r) => r.name === RESOLUTION_PAGE);
  const firstPage = first.find((r) => r.name === RESOLUTION_PAGE);
  const slowestMatch = Math.max(...matching.map((m) => m.medianMs));
  const coldMatch = matching[0].coldMs;
  const line = (label: string, value: string, met: boolean) =>
    console.log(`  ${label.padEnd(44)} ${value.padStart(12)}  ${met ? "met" : "NOT MET"}`);
  console.log("\ngoals (issue #11):");
  if (page)
    line(
      `resolution page ratio ≥ ${GOALS.resolutionRatio}`,
      page.ratio!.toFixed(2),
      page.ratio! >= GOALS.resolutionRatio,
    );
  if (firstPage)
    line(
      `resolution page first request < ${GOALS.resolutionFirstMs} ms`,
      `${firstPage.ms.toFixed(0)} ms`,
      firstPage.ms < GOALS.resolutionFirstMs,
    );
  line(
    `matching 193 names, median < ${GOALS.matchMs} ms`,
    `${slowestMatch.toFixed(1)} ms`,
    slowestMatch < GOALS.matchMs,
  );
  line(
    `matching 193 names, first run < ${GOALS.matchMs} ms`,
    `${coldMatch.toFixed(1)} ms`,
    coldMatch < GOALS.matchMs,
  );
}

/** Issue #13's goals: each page's ratio, and the signing burst's signatures per second over the static asset's req/s. */
function printSpeedGoals(rows: Row[], signing: SigningBurstResult, signingRatio: number) {
  console.log("\ngoals (issue #13), as ratios to the static asset in this run:");
  const line = (label: string, value: number, goal: number) =>
    console.log(
      `  ${label.padEnd(44)} ${value.toFixed(2).padStart(12)}  ${value >= goal ? "met" : "NOT MET"}`,
    );
  for (const row of rows.slice(1))
    line(`${row.name} ≥ ${SPEED_GOALS.pageRatio}`, row.ratio!, SPEED_GOALS.pageRatio);
  line(
    `signing burst ≥ ${SPEED_GOALS.signingRatio} (${signing.signaturesPerSecond.toFixed(0)}/s, lost ${signing.lost})`,
    signing.lost === 0 ? signingRatio : 0,
    SPEED_GOALS.signingRatio,
  );
}

type Row = { name: string; path: string; rps: number; p99: number; errors: number; ratio?: number };

async function load(name: string, urlPath: string): Promise<Row> {
  // As browsers ask: every browser accepts compressed responses.
  const result = await autocannon({
    url: base + urlPath,
    connections,
    duration,
    headers: { "accept-encoding": "gzip, deflate, br" },
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { name, path: urlPath, rps: result.requests.average, p99: result.latency.p99, errors };
}

const LETTER_PAGE = `/campaigns/${BENCH_CAMPAIGN}/letters/${BENCH_LETTER}`;

/** BENCH_ONLY=notifications: the database, the server and the notification send, nothing else. */
async function notificationsOnly() {
  const server = await startServer("");
  try {
    const notifications = await benchNotificationSend({ base, pagePath: LETTER_PAGE, connections, duration });
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(
      path.join("bench/results", "notifications.json"),
      JSON.stringify({ at: new Date().toISOString(), duration, connections, notifications }, null, 2),
    );
  } finally {
    if (server.pid && server.exitCode === null && server.signalCode === null)
      process.kill(-server.pid, "SIGTERM");
  }
}

runCli(async () => {
  if (!process.env.DATABASE_URL) process.env.ANSWERABLE_DATA_DIR ||= ".data/bench";
  await prepareDatabase();
  if (process.env.BENCH_ONLY === "notifications") return notificationsOnly();
  // Timed before the server starts, so it has the machine to itself.
  const matching = benchNameMatching(matchRuns);
  printNameMatching(matching);
  const inbox = process.env.BENCH_SMTP === "1" ? new SmtpInbox() : null;
  const smtpPort = inbox ? await inbox.start(0) : null;
  const server = await startServer(smtpPort ? `smtp://127.0.0.1:${smtpPort}` : "");
  try {
    const letterPath = LETTER_PAGE;
    // What each page makes browsers run, as served: public pages are plain HTML.
    const scripts = await formatServedJs(base, [
      ["home", "/"],
      ["campaign", `/campaigns/${BENCH_CAMPAIGN}`],
      ["letter", letterPath],
      ["signatories", `${letterPath}/signatories?kind=individuals&page=2`],
      ["resolution", resolutionPath(BENCH_RESOLUTION)],
      ["sign-in (React)", "/sign-in"],
    ]);
    console.log(`\nJavaScript per page, gzipped:\n${scripts}`);
    const pages: Array<[string, string]> = [
      ["static asset", staticAssetPath()],
      ["home", "/"],
      ["campaign (500 entries)", `/campaigns/${BENCH_CAMPAIGN}`],
      ["letter (50,000 signatures)", letterPath],
      ["signatories page 100", `${letterPath}/signatories?kind=individuals&page=100`],
      // A search matching about 9,600 names, 150 pages in.
      ["signatories search, page 150", `${letterPath}/signatories?kind=individuals&q=person+01&page=150`],
      [RESOLUTION_PAGE, resolutionPath(BENCH_RESOLUTION)],
      // The public API, answered from the page cache like the pages (lib/page-cache/api-cache.ts).
      ["API: campaign (500 entries)", `/api/v1/campaigns/${BENCH_CAMPAIGN}`],
      ["API: signatories page 100", `/api/v1${letterPath}/signatories?kind=individuals&page=100`],
    ];
    console.log("\nfirst (uncached) requests, then whether the next one is a page-cache hit:");
    const first: FirstRequest[] = [];
    for (const [name, urlPath] of pages.slice(1)) {
      const request = await timeFirstRequest(name, base + urlPath);
      first.push(request);
      console.log(
        `  ${name.padEnd(28)} ${request.ms.toFixed(0).padStart(6)} ms  (HTTP ${request.status}, ${request.kb.toFixed(0)} KB, next: ${request.cache})`,
      );
    }
    console.log(`\nload: ${connections} connections, ${duration} s each`);
    const rows: Row[] = [];
    for (const [name, urlPath] of pages) rows.push(await load(name, urlPath));
    const staticRps = rows[0].rps;
    for (const row of rows) row.ratio = row.rps / staticRps;
    console.log(
      `\n${"page".padEnd(28)} ${"req/s".padStart(9)} ${"p99 ms".padStart(8)} ${"ratio".padStart(7)} errors`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(28)} ${row.rps.toFixed(0).padStart(9)} ${row.p99.toFixed(0).padStart(8)} ${row.ratio!.toFixed(2).padStart(7)} ${row.errors}`,
      );
    }
    printGoals(rows, first, matching);
    // Before the signing burst, which may stop the server (PGlite) to count its rows.
    const notifications = await benchNotificationSend({ base, pagePath: letterPath, connections, duration });
    // The burst's reference is the static asset measured again just before it: on a shared
    // machine the load drifts over a run, and the pages take a minute.
    const staticBefore = await load("static asset", rows[0].path);
    console.log(
      `\nstatic asset again, before the signing burst: ${staticBefore.rps.toFixed(0)} req/s (first: ${staticRps.toFixed(0)})`,
    );
    const signing = await benchSigningBurst({ base, server, inbox });
    const signingRatio = signing.signaturesPerSecond / staticBefore.rps;
    printSpeedGoals(rows, signing, signingRatio);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(
      path.join("bench/results", "latest.json"),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          duration,
          connections,
          rows,
          first,
          matching,
          signing: { ...signing, staticRps: staticBefore.rps, ratio: signingRatio },
          notifications,
        },
        null,
        2,
      ),
    );
  } finally {
    // The signing burst stops the server itself when it must count rows in PGlite.
    if (server.pid && server.exitCode === null && server.signalCode === null)
      process.kill(-server.pid, "SIGTERM");
  }
});
