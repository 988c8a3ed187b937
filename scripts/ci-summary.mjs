// Adds up the vitest and Playwright JSON reports of each CI pass into one line.
// A pass that failed before any test ran (lint, typecheck, build) counts as one failure.
import fs from "node:fs";
import path from "node:path";

const [dir, ...codes] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);

["pglite", "postgres"].forEach((pass, i) => {
  let passFailed = 0;
  const vitest = read(path.join(dir, pass, "vitest.json"));
  if (vitest) {
    passed += vitest.numPassedTests;
    passFailed += vitest.numFailedTests;
  }
  const playwright = read(path.join(dir, pass, "playwright.json"));
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    passFailed += playwright.stats.unexpected;
  }
  if (Number(codes[i]) !== 0 && passFailed === 0) passFailed = 1;
  failed += passFailed;
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
