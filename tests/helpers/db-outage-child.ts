/*
 * A command-line script's life on PostgreSQL, as `npm run reminders` or `maintenance`
 * lives it: opens the shared client (db/index.ts), fills its pool, says "ready", and on
 * "go" from its parent (who meanwhile ended every connection) queries again and exits.
 */
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db";
import { runCli } from "../../scripts/cli";

runCli(async () => {
  const db = getDb();
  await Promise.all(Array.from({ length: 5 }, () => db.execute(sql`select pg_sleep(0.05)`)));
  console.log("ready");
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line !== "go") continue;
    const result = await db.execute<{ one: number }>(sql`select 1 as one`);
    console.log(`ok ${result.rows[0]?.one}`);
    break;
  }
  lines.close();
  await closeDb();
});
