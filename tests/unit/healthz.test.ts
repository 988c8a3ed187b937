import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkHealth } from "@/db/queries/health";
import { setupTestDb } from "../helpers/test-db";

/*
 * /healthz's answer (app/healthz/route.ts): the database answers, and it has every
 * migration in db/migrations/meta/_journal.json. On PGlite and on PostgreSQL alike.
 */

const t = setupTestDb();

describe("health check", () => {
  it("is ok on a migrated database", async () => {
    expect(await checkHealth(t.db)).toEqual({ status: "ok", database: "ok", migrations: "current" });
  });

  it("says migrations are pending when the newest one was not applied, and only that", async () => {
    const { rows } = await t.db.execute<{ id: number; hash: string; created_at: string }>(
      sql`select id, hash, created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const newest = rows[0];
    await t.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${newest.id}`);
    try {
      const health = await checkHealth(t.db);
      expect(health).toEqual({ status: "unavailable", database: "ok", migrations: "pending" });
      expect(Object.keys(health).sort()).toEqual(["database", "migrations", "status"]);
    } finally {
      await t.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest.id}, ${newest.hash}, ${newest.created_at}::bigint)`,
      );
    }
    expect((await checkHealth(t.db)).migrations).toBe("current");
  });

  it("answers unreachable when the database does not answer in time", async () => {
    // A statement that outlasts the timeout stands in for a server that does not answer.
    const slow = {
      execute: () => new Promise(() => {}),
    } as unknown as Parameters<typeof checkHealth>[0];
    expect(await checkHealth(slow, { timeoutMs: 50 })).toEqual({
      status: "unavailable",
      database: "unreachable",
      migrations: "unknown",
    });
  });
});
