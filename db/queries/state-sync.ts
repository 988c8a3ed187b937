import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { states, targets } from "@/db/schema";
import { UN_STATES } from "@/lib/domain/un/states";

/*
 * Keeping the states table in step with the country data (lib/domain/un/states.ts).
 * Kept apart from the state page's cached reads: migrations run it from plain Node,
 * where next/cache is not loaded.
 */

/**
 * Upserts every state of UN_STATES, and links government targets that name a state's
 * country to it. Idempotent; runs after every migration run (db/migrate.ts and the test
 * databases), so no database lacks a state and none is typed in by hand.
 */
export async function syncStates(db: Executor): Promise<void> {
  if (UN_STATES.length > 0) {
    await db
      .insert(states)
      .values(
        UN_STATES.map((s) => ({
          iso3: s.iso3,
          iso2: s.iso2,
          name: s.name,
          nameKo: s.nameKo,
          unStatus: s.status,
          regionalGroup: s.regionalGroup,
        })),
      )
      .onConflictDoUpdate({
        target: states.iso3,
        set: {
          iso2: sql`excluded.iso2`,
          name: sql`excluded.name`,
          nameKo: sql`excluded.name_ko`,
          unStatus: sql`excluded.un_status`,
          regionalGroup: sql`excluded.regional_group`,
          updatedAt: sql`now()`,
        },
        // Rows already in step are left alone: a restart writes nothing.
        setWhere: sql`(${states.iso2}, ${states.name}, ${states.nameKo}, ${states.unStatus}, ${states.regionalGroup})
          IS DISTINCT FROM (excluded.iso2, excluded.name, excluded.name_ko, excluded.un_status, excluded.regional_group)`,
      });
  }
  // A government target saved with a state's country code is that state's government.
  await db
    .update(targets)
    .set({ stateIso3: sql`${states.iso3}` })
    .from(states)
    .where(and(isNull(targets.stateIso3), eq(targets.kind, "government"), eq(states.iso2, targets.country)));
}
