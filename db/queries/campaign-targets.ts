import "server-only";
import { type AnyColumn, and, asc, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, campaignTargets, targets } from "@/db/schema";
import type { TargetKind } from "@/lib/domain/campaigns";
import { qualified } from "./qualified";

/*
 * The targets a campaign presses: its main one (campaigns.target_id) and every target in
 * its campaign_targets rows. A campaign with no rows there presses its main target alone.
 * Every page that asks "which targets", "which campaigns" or "which states" asks it here.
 */

type Operand = SQL | AnyColumn;

/**
 * Whether the campaign `campaignId`, whose main target is `mainTargetId`, presses
 * `targetId`. Pass columns of an outer query through qualified() where Drizzle would
 * write them bare (the select list of a one-table select).
 */
export function pressesTarget({
  campaignId,
  mainTargetId,
  targetId,
}: {
  campaignId: Operand;
  mainTargetId: Operand;
  targetId: Operand;
}): SQL {
  return sql`(${mainTargetId} = ${targetId} or exists (select 1 from ${campaignTargets}
    where ${campaignTargets.campaignId} = ${campaignId} and ${campaignTargets.targetId} = ${targetId}))`;
}

/** Whether the campaign of the outer query (one over `campaigns`) presses the target. */
export function campaignPresses(targetId: Operand): SQL {
  return pressesTarget({
    campaignId: qualified(campaigns.id),
    mainTargetId: qualified(campaigns.targetId),
    targetId,
  });
}

/** A target a campaign presses; `main` is campaigns.target_id. */
export type PressedTarget = {
  id: string;
  slug: string;
  name: string;
  stateIso3: string | null;
  kind: TargetKind;
  main: boolean;
};

/** Every target the campaign presses, the main one first, then by name. */
export async function listCampaignTargets(
  db: Executor,
  { campaignId, mainTargetId }: { campaignId: string; mainTargetId: string },
): Promise<PressedTarget[]> {
  const rows = await db
    .select({
      id: targets.id,
      slug: targets.slug,
      name: targets.name,
      stateIso3: targets.stateIso3,
      kind: targets.kind,
    })
    .from(targets)
    .where(
      pressesTarget({
        campaignId: sql`${campaignId}::uuid`,
        mainTargetId: sql`${mainTargetId}::uuid`,
        targetId: targets.id,
      }),
    )
    .orderBy(asc(targets.name));
  return rows
    .map((r) => ({ ...r, main: r.id === mainTargetId }))
    .sort((a, b) => Number(b.main) - Number(a.main));
}

/** The states the given campaigns press (through targets linked to one), once per campaign and state. */
export async function listPressedStates(
  db: Executor,
  { campaignIds }: { campaignIds: readonly string[] },
): Promise<Array<{ campaignId: string; iso3: string }>> {
  if (campaignIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ campaignId: campaigns.id, iso3: targets.stateIso3 })
    .from(campaigns)
    .innerJoin(
      targets,
      pressesTarget({ campaignId: campaigns.id, mainTargetId: campaigns.targetId, targetId: targets.id }),
    )
    .where(and(inArray(campaigns.id, [...campaignIds]), isNotNull(targets.stateIso3)));
  return rows.flatMap((r) => (r.iso3 ? [{ campaignId: r.campaignId, iso3: r.iso3 }] : []));
}
