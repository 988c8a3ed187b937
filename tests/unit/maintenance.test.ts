import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  hitRateLimit,
  hitRecentRateLimits,
  peekRateLimit,
  pruneRateLimits,
  RATE_LIMIT_MAX_WINDOW_SECONDS,
} from "@/db/queries/rate-limits";
import { emailOutbox, rateLimits } from "@/db/schema";
import { countSignInAttempt, SIGN_IN_POLICY } from "@/lib/auth/throttle";
import {
  type MaintenanceReport,
  maintenanceIntervalMs,
  runMaintenance,
  startMaintenanceTimer,
} from "@/lib/jobs/maintenance";
import { enqueueMail } from "@/lib/mail";
import { setupTestDb } from "../helpers/test-db";

/*
 * Housekeeping: rate-limit counters that no limit can read any more are pruned, those a
 * limit still reads are kept; the timer runs rounds without overlap and stops cleanly;
 * one round sends due mail and prunes together.
 */

const t = setupTestDb();
beforeEach(async () => {
  await t.db.delete(rateLimits);
});

const keys = async () =>
  (await t.db.select({ key: rateLimits.key }).from(rateLimits).orderBy(asc(rateLimits.key))).map(
    (r) => r.key,
  );

const HOUR = 3600_000;

describe("pruning rate-limit rows", () => {
  it("drops windows older than the longest limit and keeps the rest", async () => {
    const now = new Date("2026-11-20T10:30:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await hitRateLimit(t.db, { key: "hour:old", windowSeconds: 3600, now: ago(2 * HOUR) }); // 08:00–09:00
    await hitRateLimit(t.db, { key: "minute:old", windowSeconds: 60, now: ago(61 * 60_000) }); // 09:29
    await hitRateLimit(t.db, { key: "hour:live", windowSeconds: 3600, now: ago(20 * 60_000) }); // 10:00–11:00
    await hitRateLimit(t.db, { key: "minute:live", windowSeconds: 60, now });

    expect(await pruneRateLimits(t.db, { now })).toBe(2);
    expect(await keys()).toEqual(["hour:live", "minute:live"]);
    // Pruning again finds nothing more.
    expect(await pruneRateLimits(t.db, { now })).toBe(0);
  });

  it("keeps an hourly window to its last second, so the per-e-mail limit still counts", async () => {
    const start = new Date("2026-11-20T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      await hitRateLimit(t.db, {
        key: "sign:email:x",
        windowSeconds: 3600,
        now: new Date(start.getTime() + i * 1000),
      });
    }
    const lastSecond = new Date(start.getTime() + HOUR - 1000);
    expect(await pruneRateLimits(t.db, { now: lastSecond })).toBe(0);
    expect(
      (await peekRateLimit(t.db, { key: "sign:email:x", windowSeconds: 3600, now: lastSecond })).count,
    ).toBe(5);

    // Once that window and one more hour have passed, nothing can read it: it goes.
    expect(await pruneRateLimits(t.db, { now: new Date(start.getTime() + HOUR + 1000) })).toBe(1);
    expect(await keys()).toEqual([]);
  });

  it("never ends a sign-in lock-out early", async () => {
    const email = "locked@example.org";
    for (let i = 0; i < SIGN_IN_POLICY.pair.attempts; i++) {
      expect((await countSignInAttempt(t.db, { email, ip: "10.9.1.1" })).refusedUntil).toBeNull();
    }
    await pruneRateLimits(t.db);
    expect((await countSignInAttempt(t.db, { email, ip: "10.9.1.1" })).refusedUntil).not.toBeNull();

    // After the lock-out span and the longest window, the rows are gone and sign-in is open.
    const later = new Date(Date.now() + RATE_LIMIT_MAX_WINDOW_SECONDS * 1000 + HOUR);
    expect(await pruneRateLimits(t.db, { now: later })).toBeGreaterThan(0);
    expect(await keys()).toEqual([]);
    expect((await countSignInAttempt(t.db, { email, ip: "10.9.1.1", now: later })).refusedUntil).toBeNull();
  });

  it("refuses a limit longer than what pruning keeps", async () => {
    await expect(
      hitRateLimit(t.db, { key: "too-long", windowSeconds: RATE_LIMIT_MAX_WINDOW_SECONDS + 1 }),
    ).rejects.toThrow(/RATE_LIMIT_MAX_WINDOW_SECONDS/);
    await expect(
      hitRecentRateLimits(t.db, ["too-long"], { windowSeconds: 1800, buckets: 3 }),
    ).rejects.toThrow(/RATE_LIMIT_MAX_WINDOW_SECONDS/);
    expect(await keys()).toEqual([]);
  });
});

describe("a maintenance round", () => {
  it("sends due mail and prunes old rate-limit rows", async () => {
    const inbox: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on("end", () => {
          inbox.push(...session.envelope.rcptTo.map((r) => r.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    try {
      const mail = await t.db.transaction((tx) =>
        enqueueMail(tx, {
          to: "round@example.org",
          subject: "Due",
          text: "Due now\n",
          kind: "test",
          locale: "en-GB",
        }),
      );
      await hitRateLimit(t.db, { key: "stale", windowSeconds: 60, now: new Date(Date.now() - 2 * HOUR) });
      await hitRateLimit(t.db, { key: "fresh", windowSeconds: 60 });

      const report = await runMaintenance({ db: t.db });
      expect(report).toEqual({
        notifications: { deadlines: 0, queued: 0, cancelled: 0, digests: 0 },
        mail: { sent: 1, failed: 0, gaveUp: 0, logged: 0 },
        prunedRateLimits: 1,
        retention: { letters: [], prunedMail: 0, prunedAuditAddresses: 0 },
      });
      expect(inbox).toEqual(["round@example.org"]);
      const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail!.id));
      expect(row.status).toBe("sent");
      expect(await keys()).toEqual(["fresh"]);
    } finally {
      delete process.env.SMTP_URL;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("the maintenance timer", () => {
  it("reads its interval from the environment; 0 turns it off", () => {
    expect(maintenanceIntervalMs({})).toBe(60_000);
    expect(maintenanceIntervalMs({ ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS: "300" })).toBe(300_000);
    expect(maintenanceIntervalMs({ ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS: "0" })).toBeNull();
    expect(maintenanceIntervalMs({ ANSWERABLE_MAINTENANCE_INTERVAL_SECONDS: "soon" })).toBe(60_000);
  });

  it("runs rounds one after another, survives a failing one, and stop waits for the round in progress", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let running = 0;
    let overlapped = false;
    let rounds = 0;
    let finished = 0;
    const run = async (): Promise<MaintenanceReport> => {
      rounds++;
      running++;
      if (running > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      running--;
      finished++;
      if (rounds === 2) throw new Error("database away");
      return {
        notifications: null,
        mail: { sent: 0, failed: 0, gaveUp: 0, logged: 0 },
        prunedRateLimits: 0,
        retention: { letters: [], prunedMail: 0, prunedAuditAddresses: 0 },
      };
    };
    const timer = startMaintenanceTimer({ intervalMs: 10, run, log: () => {} });
    await vi.waitFor(() => expect(rounds).toBeGreaterThanOrEqual(4), { timeout: 5000 });
    await timer.stop();
    const atStop = rounds;
    expect(finished).toBe(rounds);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rounds).toBe(atStop);
    expect(overlapped).toBe(false);
    expect(error).toHaveBeenCalledWith("[maintenance] round failed", expect.any(Error));
    error.mockRestore();
  });
});
