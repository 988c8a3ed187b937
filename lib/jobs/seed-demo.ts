import type { Db } from "@/db";
import { writeDemoStory } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";

/*
 * The demo story with its accounts' password hashed the way sign-in checks it. The
 * writer (db/seed) takes the hasher as an argument so that the database layer does not
 * reach up into lib/auth; this is where the two meet, for the scripts and the tests.
 */

/** Writes the demo story once; `created` is false when it was already there. */
export function seedDemo(db: Db): Promise<{ created: boolean }> {
  return writeDemoStory(db, { hashPassword });
}
