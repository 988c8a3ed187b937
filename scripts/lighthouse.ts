/*
 * `npm run lighthouse`: Lighthouse's mobile preset (a mid-range phone on a slow 4G
 * connection, simulated) with Debian's Chromium, on the public pages a visitor arrives
 * at, served by `npm start` on a fresh demo database. Each page is measured
 * LIGHTHOUSE_RUNS times (default 3) and the median run by score is reported, with the
 * issue's goals: performance ≥ 95, CLS < 0.01, total blocking time < 200 ms.
 *   LIGHTHOUSE_PORT (default 3500), CHROME_PATH (default /usr/bin/chromium),
 *   DATABASE_URL (optional: that local database is emptied and seeded with the demo)
 * Needs a build (`next build`); `npm start` builds one if there is none.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import { SAMPLE_LETTER_SLUG } from "@/db/seed/sample";
import { CAMPAIGN_SLUG, DECEMBER_LETTER_SLUG, MARCH_LETTER_SLUG } from "@/db/seed/story";
import { CHROMIUM_FLAGS } from "../tests/helpers/chromium-flags";
import { emptyLocalDatabase } from "../tests/helpers/local-database";
import { startAppServer } from "./app-server";
import { runCli } from "./cli";

const port = Number(process.env.LIGHTHOUSE_PORT || 3500);
const base = `http://127.0.0.1:${port}`;
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const GOALS = { score: 95, cls: 0.01, tbtMs: 200 };

const campaign = `/campaigns/${CAMPAIGN_SLUG}`;
const PAGES: Array<[string, string]> = [
  ["home", "/"],
  ["campaign", campaign],
  ["letter (overdue)", `${campaign}/letters/${MARCH_LETTER_SLUG}`],
  ["letter (collecting)", `${campaign}/letters/${SAMPLE_LETTER_SLUG}`],
  ["signatories", `${campaign}/letters/${DECEMBER_LETTER_SLUG}/signatories`],
  ["sign", `${campaign}/letters/${SAMPLE_LETTER_SLUG}/sign`],
  ["awaiting response", "/awaiting-response"],
  ["targets", "/targets"],
];

type Measure = {
  page: string;
  path: string;
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKiB: number;
};

type ResourceRow = { resourceType: string; transferSize: number };

type Report = {
  runtimeError?: { message: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: unknown }>;
};

/**
 * Lighthouse's own command line, in plain Node: it sends functions to the page as source
 * text, and tsx's transform would add helpers to them that the page does not have.
 */
async function runLighthouse(chromePort: number, url: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      path.join("node_modules", "lighthouse", "cli", "index.js"),
      url,
      `--port=${chromePort}`,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

async function measure(chromePort: number, page: string, urlPath: string): Promise<Measure> {
  const lhr = await runLighthouse(chromePort, base + urlPath);
  if (lhr.runtimeError) throw new Error(`${urlPath}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const resources = (lhr.audits["resource-summary"]?.details as { items?: ResourceRow[] })?.items;
  const script = resources?.find((row) => row.resourceType === "script");
  return {
    page,
    path: urlPath,
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: audit("first-contentful-paint"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    jsKiB: (script?.transferSize ?? 0) / 1024,
  };
}

function median(results: Measure[]): Measure {
  const sorted = [...results].sort((a, b) => a.score - b.score);
  return sorted[Math.floor(sorted.length / 2)];
}

function printTable(rows: Measure[]) {
  console.log(
    `\n| page | performance | FCP | LCP | TBT | CLS | JavaScript (gzipped) |\n|---|--:|--:|--:|--:|--:|--:|`,
  );
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.score} | ${(r.fcpMs / 1000).toFixed(1)} s | ${(r.lcpMs / 1000).toFixed(1)} s | ${r.tbtMs.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${r.jsKiB.toFixed(0)} KiB |`,
    );
  }
  const misses = rows.flatMap((r) => {
    const missed: string[] = [];
    if (r.score < GOALS.score) missed.push(`performance ${r.score} < ${GOALS.score}`);
    if (r.cls >= GOALS.cls) missed.push(`CLS ${r.cls.toFixed(3)} ≥ ${GOALS.cls}`);
    if (r.tbtMs >= GOALS.tbtMs) missed.push(`TBT ${r.tbtMs.toFixed(0)} ms ≥ ${GOALS.tbtMs} ms`);
    return missed.map((m) => `  ${r.page}: ${m}`);
  });
  console.log(
    misses.length === 0
      ? `\ngoals met on every page: performance ≥ ${GOALS.score}, CLS < ${GOALS.cls}, TBT < ${GOALS.tbtMs} ms`
      : `\ngoals NOT met:\n${misses.join("\n")}`,
  );
}

runCli(async () => {
  const env: Record<string, string> = { SITE_URL: base };
  if (process.env.DATABASE_URL) {
    await emptyLocalDatabase(process.env.DATABASE_URL);
    env.ANSWERABLE_SEED = "1";
  } else {
    env.ANSWERABLE_DATA_DIR = ".data/lighthouse";
    fs.rmSync(env.ANSWERABLE_DATA_DIR, { recursive: true, force: true });
  }
  const server = await startAppServer(port, env);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  try {
    // A first run starts Chromium's own caches and compilers; it is not reported.
    await runLighthouse(chrome.port, `${base}/`);
    const rows: Measure[] = [];
    for (const [page, urlPath] of PAGES) {
      // The first request renders the page into the page cache, as any earlier visitor would.
      const warm = await fetch(base + urlPath);
      if (!warm.ok) throw new Error(`${urlPath}: HTTP ${warm.status}`);
      const results: Measure[] = [];
      for (let i = 0; i < runs; i++) results.push(await measure(chrome.port, page, urlPath));
      const chosen = median(results);
      rows.push(chosen);
      console.log(`${page.padEnd(22)} scores ${results.map((r) => r.score).join(", ")} → ${chosen.score}`);
    }
    printTable(rows);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(
      path.join("bench/results", "lighthouse.json"),
      JSON.stringify({ at: new Date().toISOString(), runs, rows }, null, 2),
    );
  } finally {
    chrome.kill();
    server.stop();
  }
});
