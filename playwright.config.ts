import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./tests/helpers/chromium-flags";

const port = Number(process.env.E2E_PORT || 3100);
// The app sends mail to a loopback SMTP server that the signing tests start on this port.
const smtpPort = Number(process.env.E2E_SMTP_PORT || 2525);
const summaryDir = process.env.CI_SUMMARY_DIR;

/*
 * Browser tests drive Debian's Chromium against `npm start`'s server on a fresh
 * database: a new PGlite data dir, or the DATABASE_URL database reset and seeded.
 * One worker: the tests share that database and some of them change it.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: summaryDir
    ? [["list"], ["json", { outputFile: path.join(summaryDir, "playwright.json") }]]
    : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: ["--headless", ...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/serve.ts",
    url: `http://localhost:${port}/`,
    env: {
      PORT: String(port),
      ANSWERABLE_DATA_DIR: path.resolve(".data/e2e"),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // The tests stand in for a reverse proxy: they give each signer its own address
      // in X-Forwarded-For, which the app believes only behind a trusted hop.
      TRUSTED_PROXY_HOPS: "1",
      // Lets the following spec run a maintenance round "the next day" (lib/jobs/test-hook.ts).
      ANSWERABLE_TEST_HOOKS: "1",
    },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
