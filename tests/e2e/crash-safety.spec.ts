import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { readDataDirLock } from "@/db/lock";
import { type AppInstance, extraPort, startInstance } from "../helpers/app-instance";
import { expect, test } from "../helpers/test";

/*
 * The embedded database through a crash: `npm start` on PGlite is killed with SIGKILL
 * (an OOM kill, a power cut of the process) in the middle of a burst of signatures. On
 * the next start the data directory must open, the dead process's lock must be taken
 * over, and every signature the server acknowledged (202) must be there: an answer of
 * "check your e-mail" for a signature that was then lost is a broken promise.
 */

const SIGN = "/campaigns/south-korea-north-korea-human-rights/letters/follow-up-letter-2026/sign";
const dir = path.resolve(".data/e2e-crash");

test.skip(
  Boolean(process.env.DATABASE_URL),
  "PGlite only: DATABASE_URL is set, so the app runs on PostgreSQL",
);

let server: AppInstance | undefined;

test.afterEach(async () => {
  await server?.stop("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a server killed in a signing burst keeps every acknowledged signature", async () => {
  test.setTimeout(180_000);
  fs.rmSync(dir, { recursive: true, force: true });
  const env = { ANSWERABLE_DATA_DIR: dir, DATABASE_URL: "" };
  server = await startInstance(extraPort(0), env);
  const first = server;
  const html = await (await fetch(`${first.baseURL}${SIGN}`)).text();
  const letterId = /name="letterId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  expect(letterId).toBeDefined();

  // Twenty signers at a time, each from an address of its own, until the server dies.
  const acknowledged: string[] = [];
  let failed = 0;
  let sent = 0;
  const signer = async (worker: number) => {
    for (let i = 0; ; i++) {
      const email = `crash.${worker}.${i}@example.net`;
      sent++;
      try {
        const response = await fetch(`${first.baseURL}/api/letters/${letterId}/signatures`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-forwarded-for": `10.${worker}.${Math.floor(i / 250)}.${i % 250}`,
          },
          body: JSON.stringify({ name: `Crash ${worker} ${i}`, email, visibility: "public" }),
        });
        if (response.status === 202) acknowledged.push(email);
        else failed++;
      } catch {
        return; // the server is gone
      }
    }
  };
  const burst = Array.from({ length: 20 }, (_, worker) => signer(worker));
  await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
  const deadPid = first.child.pid!;
  await first.stop("SIGKILL");
  await Promise.all(burst);
  expect(failed, "every signature before the kill was accepted").toBe(0);
  // The dead process still names itself in the lock.
  expect(readDataDirLock(dir)?.pid).toBe(deadPid);

  // Started again on the same directory: the lock is taken over and the database opens.
  server = await startInstance(extraPort(0), env);
  expect(readDataDirLock(dir)?.pid).toBe(server.child.pid);
  const after = await fetch(`${server.baseURL}/api/letters/${letterId}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.99.0.1" },
    body: JSON.stringify({ name: "After the crash", email: "after.crash@example.net", visibility: "public" }),
  });
  expect(after.status).toBe(202);
  await server.stop("SIGTERM");
  server = undefined;

  const db = new PGlite(path.join(dir, "pglite"));
  try {
    const { rows } = await db.query<{ email: string }>(
      "select email from signatures where letter_id = $1 and email like '%@example.net'",
      [letterId],
    );
    const found = new Set(rows.map((row) => row.email));
    const lost = acknowledged.filter((email) => !found.has(email));
    const figures = `${sent} sent, ${acknowledged.length} acknowledged (202), ${found.size - 1} found after the crash (${found.size - 1 - acknowledged.length} written but unanswered when killed), ${lost.length} lost`;
    console.log(`[crash-safety] ${figures}`);
    test.info().annotations.push({ type: "figures", description: figures });
    expect(lost).toEqual([]);
    expect(found.has("after.crash@example.net")).toBe(true);
  } finally {
    await db.close();
  }
});
