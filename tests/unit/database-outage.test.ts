import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { getRouteCacheKey, type ResponseCacheOwner } from "next/dist/server/lib/route-cache-key";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, type Db, getDb } from "@/db";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/db/availability";
import { migrationsFolder } from "@/db/config";
import { checkHealth } from "@/db/queries/health";
import { syncStates } from "@/db/queries/state-sync";
import * as schema from "@/db/schema";
import { respondToSignatureRequest } from "@/lib/actions/signing/route";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/database-unavailable";
import { PageCacheStore } from "@/lib/page-cache/handler.mjs";
import { startTagFeed } from "@/lib/page-cache/notify";
import { assertLocalDatabase } from "../helpers/local-database";
import { createOpenLetter, individualInput } from "../helpers/signing-fixtures";

/*
 * What an operator meets when PostgreSQL restarts or goes away under a running app:
 * every connection is ended at once (pg_terminate_backend, as a restart does), or new
 * connections are refused for a while. Nothing may crash, the next request must work,
 * the cache-expiry feed must pick up again, and a visitor is told to try again (503).
 */

describe("telling a lost database from a failing statement", () => {
  it("knows refused, ended and full connections, directly or wrapped", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    const terminated = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
    });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: terminated }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError(terminated))).toBe(true);
  });

  it("does not mistake a refused statement for an outage", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax error"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

const url = process.env.DATABASE_URL;

describe.skipIf(!url)("PostgreSQL ending every connection (skipped: needs DATABASE_URL)", () => {
  const name = `answerable_outage_${randomBytes(5).toString("hex")}`;
  let admin: Pool;
  let pool: Pool;
  let db: Db;
  let dbUrl: string;

  const terminateAll = () =>
    admin.query(
      "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );

  beforeAll(async () => {
    assertLocalDatabase(url!);
    admin = new Pool({ connectionString: url, max: 2 });
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    pool = new Pool({ connectionString: dbUrl, max: 5 });
    pool.on("error", () => {}); // this test's own pool, not the app's
    db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    await syncStates(db);
  });

  afterAll(async () => {
    await closeDb();
    await pool?.end();
    await admin?.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => {});
    await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it("a script keeps going: its pool drops the ended connections and opens new ones", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/db-outage-child.ts"], {
      env: { ...process.env, DATABASE_URL: dbUrl },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await vi.waitFor(() => expect(stdout).toContain("ready"), { timeout: 20_000, interval: 50 });

    const { rows } = await terminateAll();
    expect(rows[0].n).toBeGreaterThanOrEqual(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.stdin.write("go\n");

    expect(await exited, stderr).toBe(0);
    expect(stdout).toContain("ok 1");
    expect(stderr).not.toMatch(/Unhandled 'error' event|uncaught/i);
    // One line for the lost connections, not one per connection.
    expect(stderr.match(/lost a database connection/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("the cache-expiry feed reconnects, and the first expiry after it reaches the other instance", async () => {
    const [a, b] = [new PageCacheStore(1024 * 1024), new PageCacheStore(1024 * 1024)];
    const logs: string[] = [];
    const feedA = startTagFeed({ connectionString: dbUrl, store: a, log: (m) => logs.push(m), retryMs: 100 });
    const feedB = startTagFeed({ connectionString: dbUrl, store: b, log: (m) => logs.push(m), retryMs: 100 });
    const tenMinutes = { cacheControl: { revalidate: 600, expire: 31_536_000 } };
    const page = (html: string) => ({
      kind: "APP_PAGE",
      html,
      rscData: Buffer.from("rsc"),
      headers: { "x-next-cache-tags": "campaign:icnk" },
      status: 200,
    });
    const key = getRouteCacheKey("/campaigns/icnk", {
      kind: "APP_PAGE",
      sourceRoute: "/(public)/campaigns/[slug]/page",
    } as unknown as ResponseCacheOwner);
    const roundTrip = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past a reconnect's flush
      b.write(key, page("<p>67</p>"), tenMinutes);
      expect(b.freshPage("/campaigns/icnk")).not.toBeNull();
      a.expireTags(["campaign:icnk"]);
      await vi.waitFor(() => expect(b.freshPage("/campaigns/icnk")).toBeNull(), { timeout: 3000 });
    };
    try {
      await Promise.all([feedA.ready, feedB.ready]);
      await roundTrip(); // A now has its sending connection open, B its listening one

      await terminateAll();
      await vi.waitFor(
        async () => {
          const { rows } = await admin.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'",
            [name],
          );
          expect(rows[0].n).toBe(2);
        },
        { timeout: 10_000, interval: 100 },
      );
      expect(logs.some((m) => m.includes("lost the cache-expiry feed"))).toBe(true);

      await roundTrip(); // the first expiry after the restart
    } finally {
      await Promise.all([feedA.stop(), feedB.stop()]);
    }
  });

  it("refused connections answer the signing route 503 with a message, and the next request after is saved", async () => {
    const { letter } = await createOpenLetter(db);
    // The app's own client (db/index.ts) on this database.
    process.env.DATABASE_URL = dbUrl;
    const app = getDb();
    process.env.DATABASE_URL = url;
    const sign = (email: string) =>
      respondToSignatureRequest(
        new Request(`http://localhost/api/letters/${letter.id}/signatures`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
          body: JSON.stringify(individualInput(letter.id, { email })),
        }),
        letter.id,
        { db: app },
      );
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await terminateAll();

      const refused = await sign("during@example.org");
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(await refused.json()).toEqual({ error: "errors.signing.databaseUnavailable" });

      // A page's query fails with the digest the error page knows.
      const failed = await app.execute(sql`select 1`).catch((error: unknown) => error);
      expect((failed as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
      expect(await checkHealth(app, { timeoutMs: 2000 })).toEqual({
        status: "unavailable",
        database: "unreachable",
        migrations: "unknown",
      });
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      vi.restoreAllMocks();
    }
    vi.spyOn(console, "info").mockImplementation(() => {});
    const saved = await sign("after@example.org");
    expect(saved.status, await saved.clone().text()).toBe(202);
    expect(await checkHealth(app)).toEqual({ status: "ok", database: "ok", migrations: "current" });
    vi.restoreAllMocks();
  });
});
