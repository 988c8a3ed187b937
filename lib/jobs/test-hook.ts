import type { IncomingMessage, ServerResponse } from "node:http";
import { runMaintenance } from "./maintenance";

/*
 * For the browser tests only: with ANSWERABLE_TEST_HOOKS=1 (set by playwright.config.ts,
 * never in production), `POST /__test/maintenance` with { "now": "<ISO time>" } runs one
 * maintenance round as of that time and answers its report, so a test can say "the next
 * day" without waiting a day. `npm start` answers it before Next sees the request; with
 * the variable unset the path is an ordinary 404.
 */

export const TEST_MAINTENANCE_PATH = "/__test/maintenance";

export function testHooksEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.ANSWERABLE_TEST_HOOKS === "1";
}

/** Whether the request is the test hook's (and it is being answered). */
export function serveTestHook(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== TEST_MAINTENANCE_PATH) return false;
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    void (async () => {
      try {
        const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
        const now = body.now ? new Date(body.now) : new Date();
        if (Number.isNaN(now.getTime())) throw new Error("now is not a time");
        const report = await runMaintenance({ now });
        res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
        res.end(JSON.stringify(report));
      } catch (error) {
        res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: String(error) }));
      }
    })();
  });
  return true;
}
