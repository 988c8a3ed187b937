import "server-only";
import { type Db, getDb } from "@/db";

/*
 * How pages and route handlers reach the database. Every query function takes the
 * executor first, so an action can pass its open transaction and a test its own
 * database; pages and route handlers never hold the client, so they call a query
 * through run(), which hands it the process-wide one: run(getStaffCampaign, { id }).
 */

/** Calls `query` on the process-wide client with the rest of the arguments. */
export function run<Args extends unknown[], Result>(
  query: (db: Db, ...args: Args) => Result,
  ...args: Args
): Result {
  return query(getDb(), ...args);
}
