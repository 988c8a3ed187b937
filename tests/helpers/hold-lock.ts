/* Opens the embedded database (taking its lock) and keeps it open until killed. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

getDb()
  .execute(sql`select 1`)
  .then(() => {
    console.log("ready");
    setInterval(() => {}, 60_000);
  });
