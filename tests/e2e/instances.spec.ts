import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { type AppInstance, extraPort, startInstance } from "../helpers/app-instance";
import { assertLocalDatabase } from "../helpers/local-database";
import { type Browser, expect, type Page, test } from "../helpers/test";
import { SignInPage } from "../pages/sign-in-page";

/*
 * Two `npm start` processes on one PostgreSQL database, as behind a load balancer: a
 * write through one shows on the other's cached pages within a second, the signing
 * limits count across both, and both ride out PostgreSQL ending every connection (a
 * restart) and refusing connections for a while (an outage): visitors get the error
 * page with 503 and a message, and everything works again once the database is back.
 */

const CAMPAIGN = "/campaigns/south-korea-north-korea-human-rights";
const DECEMBER = `${CAMPAIGN}/letters/december-2019-letter`;
const MARCH = `${CAMPAIGN}/letters/march-2020-joint-letter`;
const SIGN = `${CAMPAIGN}/letters/follow-up-letter-2026/sign`;
const url = process.env.DATABASE_URL;

test.skip(!url, "PostgreSQL only: several instances share one PostgreSQL database; set DATABASE_URL");
test.describe.configure({ mode: "serial" });
// Two more servers on two cores: renders of pages no instance has cached yet are slow.
test.setTimeout(150_000);

const name = `answerable_e2e_multi_${randomBytes(4).toString("hex")}`;
let admin: Client;
let a: AppInstance;
let b: AppInstance;

async function sql(text: string, values: unknown[] = []) {
  return admin.query(text, values);
}
const terminateAll = () =>
  sql(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );

test.beforeAll(async () => {
  test.setTimeout(240_000);
  assertLocalDatabase(url!);
  admin = new Client({ connectionString: url });
  await admin.connect();
  await sql(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url!);
  dbUrl.pathname = `/${name}`;
  const env = {
    DATABASE_URL: dbUrl.toString(),
    AUTH_SECRET: "a-shared-secret-for-both-instances-of-the-test",
    DATABASE_POOL_SIZE: "4",
    SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE: "1",
  };
  a = await startInstance(extraPort(0), {
    ...env,
    ANSWERABLE_SEED: "1",
    SITE_URL: `http://127.0.0.1:${extraPort(0)}`,
  });
  b = await startInstance(extraPort(1), { ...env, SITE_URL: `http://127.0.0.1:${extraPort(0)}` });
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await sql(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => {});
  await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

async function text(instance: AppInstance, path: string) {
  const response = await fetch(`${instance.baseURL}${path}`);
  return { status: response.status, body: await response.text() };
}

/** B's page at `path`, rendered and then served from its page cache. */
async function cacheOnB(path: string) {
  await text(b, path);
  const cached = await fetch(`${b.baseURL}${path}`);
  expect(cached.status).toBe(200);
  await cached.text();
}

/** Staff on instance A, signed in through A's own sign-in page. */
async function staffOnA(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: a.baseURL });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("staff@answerable.example");
  // A fresh instance renders its staff pages for the first time: give it longer.
  await expect(page).toHaveURL(/\/staff$/, { timeout: 30_000 });
  return page;
}

/** Records on A that the government answered `letter`, then waits for B's cached `path` to show it. */
async function answerOnAandSeeOnB(page: Page, letter: string, path: string, summary: string) {
  // The demo's letters have one target each, so the form asks no "Who answered".
  await page.goto("/staff/campaigns");
  await page
    .getByRole("link", { name: /North Korea/ })
    .first()
    .click();
  await page.getByText("Record a response").click();
  const form = page
    .locator("form")
    .filter({ has: page.getByLabel("Letter answered") })
    .last();
  await form.getByLabel("Letter answered").selectOption({ label: letter });
  await form.getByLabel("Kind of response").selectOption({ label: "Written reply" });
  await form.getByLabel("Stance").selectOption({ label: "Positive" });
  await form.getByRole("group", { name: "When" }).getByLabel("Date").fill("2020-04-20");
  await form.getByLabel("Summary").fill(summary);
  await form.getByRole("button", { name: "Record response" }).click();
  await expect(page.getByText("Response recorded. The public pages show it now.")).toBeVisible({
    timeout: 30_000,
  });
  const recorded = Date.now();
  // B may take a while to render the page afresh on this busy machine; what must happen
  // within a second is that B stops serving the stale copy. So: the first request that
  // comes back with the answer must have been sent within a second of the write.
  for (;;) {
    const sentAt = Date.now() - recorded;
    if ((await text(b, path)).body.includes(summary)) {
      expect(sentAt, "B served the page without the answer for over a second").toBeLessThanOrEqual(1000);
      return sentAt;
    }
    expect(sentAt).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function expectNoCrash(instance: AppInstance) {
  expect(instance.child.exitCode).toBeNull();
  expect(instance.output()).not.toMatch(/uncaughtException|Unhandled 'error' event|unhandledRejection/);
}

test("a response recorded on one instance shows on the other's cached page within a second", async ({
  browser,
}) => {
  await cacheOnB(DECEMBER);
  expect((await text(b, DECEMBER)).body).toMatch(/No response for/);
  const page = await staffOnA(browser);
  const took = await answerOnAandSeeOnB(
    page,
    "Letter to President Moon Jae-in, December 2019",
    DECEMBER,
    "Written reply seen on instance B.",
  );
  test.info().annotations.push({ type: "figures", description: `shown on B ${took} ms after A answered` });
});

test("the signing limits count the signatures made through both instances", async () => {
  // The limit's windows are whole minutes: start well inside one.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - intoMinute));
  const html = (await text(a, SIGN)).body;
  const letterId = /name="letterId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  const statuses: number[] = [];
  // One address, alternately through A and B: with a limit of 1 a minute, the 11th is refused.
  for (let i = 0; i < 11; i++) {
    const instance = i % 2 === 0 ? a : b;
    const response = await fetch(`${instance.baseURL}/api/letters/${letterId}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.77" },
      body: JSON.stringify({ name: `Shared ${i}`, email: `shared.${i}@example.net`, visibility: "public" }),
    });
    statuses.push(response.status);
  }
  expect(statuses).toEqual([...Array(10).fill(202), 429]);
});

test("both instances ride out PostgreSQL ending every connection, and expiry still reaches the other", async ({
  browser,
}) => {
  const page = await staffOnA(browser);
  await terminateAll();
  for (const instance of [a, b])
    await expect.poll(async () => (await text(instance, "/healthz")).status, { timeout: 15_000 }).toBe(200);
  // Past B's reconnect, which expired its whole cache: B caches the page afresh.
  await page.waitForTimeout(1500);
  await cacheOnB(MARCH);
  expect((await text(b, MARCH)).body).toMatch(/No response for/);
  await answerOnAandSeeOnB(
    page,
    "Joint open letter to President Moon Jae-in, 3 March 2020",
    MARCH,
    "Reply recorded after the restart.",
  );
  expectNoCrash(a);
  expectNoCrash(b);
});

test("while the database refuses connections, visitors get a 503 that says so; then all is well", async ({
  browser,
}) => {
  const visitor = await (await browser.newContext({ baseURL: b.baseURL })).newPage();
  await visitor.goto(SIGN);
  const letterId = /name="letterId" value="([0-9a-f-]{36})"/.exec((await text(a, SIGN)).body)?.[1];
  expect(letterId).toBeDefined();
  await sql(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  try {
    await terminateAll();

    const health = await fetch(`${a.baseURL}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: "unavailable",
      database: "unreachable",
      migrations: "unknown",
    });

    // A page no instance has cached.
    const response = await visitor.goto("/targets");
    expect(response?.status()).toBe(503);
    await expect(visitor.getByRole("heading", { name: "We can't reach our database" })).toBeVisible();
    await expect(visitor.getByText("We're having trouble reaching our database.")).toBeVisible();

    const signed = await fetch(`${a.baseURL}/api/letters/${letterId}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.90" },
      body: JSON.stringify({ name: "During the outage", email: "outage@example.net", visibility: "public" }),
    });
    expect(signed.status).toBe(503);
    expect(await signed.json()).toEqual({ error: "errors.signing.databaseUnavailable" });
  } finally {
    await sql(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
  }
  await expect.poll(async () => (await text(a, "/healthz")).status, { timeout: 15_000 }).toBe(200);
  await expect.poll(async () => (await text(b, "/targets")).status, { timeout: 15_000 }).toBe(200);
  expectNoCrash(a);
  expectNoCrash(b);
});
