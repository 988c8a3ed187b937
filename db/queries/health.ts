import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, users } from "@/db/schema";

/** True when nothing has been created yet: no campaign and no user. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({
      campaigns: sql<number>`(select count(*) from ${campaigns})::int`,
      users: sql<number>`(select count(*) from ${users})::int`,
    })
    .from(sql`(select 1) as one`);
  return row.campaigns === 0 && row.users === 0;
}
