import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, letters, signatures, users } from "@/db/schema";

export type StaffCounts = {
  campaigns: number;
  letters: number;
  /** Signatures waiting for a staff decision: pending, and confirmed by the signatory. */
  pendingSignatures: number;
  users: number;
};

/** The headline numbers of the staff home, in one round trip. */
export async function getStaffCounts(db: Executor): Promise<StaffCounts> {
  const [row] = await db
    .select({
      campaigns: sql<number>`(select count(*) from ${campaigns})::int`,
      letters: sql<number>`(select count(*) from ${letters})::int`,
      pendingSignatures: sql<number>`(select count(*) from ${signatures}
        where ${signatures.status} = 'pending' and ${signatures.confirmedAt} is not null)::int`,
      users: sql<number>`(select count(*) from ${users})::int`,
    })
    .from(sql`(select 1) as one`);
  return row;
}
