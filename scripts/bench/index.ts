/*
 * `npm run bench`: builds a bench database (the demo story plus a campaign with ~500
 * timeline entries and a letter with 50,000 signatures), starts the app on 127.0.0.1
 * and measures throughput and p99 latency with autocannon. Ratios to a static asset
 * in the same run are the figures to compare; absolute numbers depend on the machine.
 * Then a signing burst through the JSON endpoint (scripts/bench/signing.ts).
 *   BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), DATABASE_URL (optional),
 *   BENCH_SIGNATURES (default 3000), BENCH_SIGNING_CONCURRENCY (default 50),
 *   BENCH_SMTP=1 (send the confirmation e-mails to a loopback SMTP server instead of the log)
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import { closeDb, getDb } from "@/db";
import { dataDir } from "@/db/config";
import { releaseDataDirLock } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { assertLocalDatabase } from "../../tests/helpers/assert-local-database";
import { SmtpInbox } from "../../tests/helpers/smtp-inbox";
import { runCli } from "../cli";
import { BENCH_CAMPAIGN, BENCH_LETTER, buildBenchData } from "./data";
import { benchSigningBurst } from "./signing";

const port = Number(process.env.BENCH_PORT || 3400);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_DURATION || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);

async function prepareDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    assertLocalDatabase(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(
      "DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
    );
    await client.end();
  } else {
    fs.rmSync(dataDir(), { recursive: true, force: true });
  }
  const started = Date.now();
  await runMigrations();
  await seedDemo(getDb());
  await buildBenchData(getDb());
  console.log(`bench database built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await closeDb();
  releaseDataDirLock(dataDir());
}

async function startServer(smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--require", "tsx/cjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      NODE_ENV: "production",
      // The signing burst stands in for a rush from many people behind one reverse
      // proxy: each signer has its own address in X-Forwarded-For, and the signing
      // limits stay at their defaults. Mail is only logged, or sent to the bench's own
      // SMTP server with BENCH_SMTP=1.
      TRUSTED_PROXY_HOPS: "1",
      SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE: "",
      SIGNING_LIMIT_PER_IP_PER_5_MINUTES: "",
      SIGNING_LIMIT_PER_EMAIL_PER_HOUR: "",
      SMTP_URL: smtpUrl,
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes("ready on")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

function staticAssetPath(): string {
  const dir = path.join(".next", "static", "chunks");
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".js"));
  if (!file) throw new Error("no static chunk found in .next/static/chunks");
  return `/_next/static/chunks/${file}`;
}

async function timeFirstRequest(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
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

runCli(async () => {
  if (!process.env.DATABASE_URL) process.env.ANSWERABLE_DATA_DIR ||= ".data/bench";
  await prepareDatabase();
  const inbox = process.env.BENCH_SMTP === "1" ? new SmtpInbox() : null;
  const smtpPort = inbox ? await inbox.start(0) : null;
  const server = await startServer(smtpPort ? `smtp://127.0.0.1:${smtpPort}` : "");
  try {
    const letterPath = `/campaigns/${BENCH_CAMPAIGN}/letters/${BENCH_LETTER}`;
    const pages: Array<[string, string]> = [
      ["static asset", staticAssetPath()],
      ["home", "/"],
      ["campaign (500 entries)", `/campaigns/${BENCH_CAMPAIGN}`],
      ["letter (50,000 signatures)", letterPath],
      ["signatories page 100", `${letterPath}/signatories?kind=individuals&page=100`],
    ];
    console.log("\nfirst (uncached) requests:");
    for (const [name, urlPath] of pages.slice(1)) {
      const { ms, status } = await timeFirstRequest(base + urlPath);
      console.log(`  ${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  (HTTP ${status})`);
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
    const signing = await benchSigningBurst({ base, server, inbox });
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(
      path.join("bench/results", "latest.json"),
      JSON.stringify({ at: new Date().toISOString(), duration, connections, rows, signing }, null, 2),
    );
  } finally {
    // The signing burst stops the server itself when it must count rows in PGlite.
    if (server.pid && server.exitCode === null && server.signalCode === null)
      process.kill(-server.pid, "SIGTERM");
  }
});
