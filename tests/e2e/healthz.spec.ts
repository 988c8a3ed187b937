import { expect, test } from "../helpers/test";

/*
 * /healthz for a load balancer or a monitor: up, database reachable, migrations
 * current; public, never cached, and nothing in it an attacker could use.
 */

test("the health check answers 200 with the database and migrations, uncached and without signing in", async ({
  request,
}) => {
  const response = await request.get("/healthz", { headers: { cookie: "" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "current" });

  // Not served from any cache: a second answer is made afresh too.
  const again = await request.get("/healthz");
  expect(again.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(again.headers()["cache-control"]).toContain("no-store");
});
