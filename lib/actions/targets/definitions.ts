import type { Executor } from "@/db";
import {
  getTargetRow,
  insertTarget,
  listCampaignIdsForTarget,
  loadPublicRefs,
  replaceTargetHolidays,
  updateTarget,
} from "@/db/queries/staff-campaigns";
import { fieldChange } from "@/lib/actions/field-change";
import { ActionError, found } from "@/lib/actions/result";
import { publicRefsTags, staffWritesNeeding, unique } from "@/lib/actions/staff-write";
import { cacheTags } from "@/lib/domain/cache-tags";
import { stateByIso3 } from "@/lib/domain/un/states";
import { targetCreateSchema, targetHolidaysSchema, targetUpdateSchema } from "@/lib/validations/campaigns";

/*
 * The staff workspace's writes about targets (the governments and bodies letters are
 * addressed to): ./server.ts turns each into a server action, tests run them with
 * executeAction.
 */

/** Every write about targets needs the one permission. */
const targetWrite = staffWritesNeeding("target.manage");

/**
 * A target's name, time zone and holidays reach every page about its public campaigns:
 * names in cards and lists, time zone and holidays in every letter's clock.
 */
async function targetTags(tx: Executor, targetId: string): Promise<string[]> {
  const campaignIds = await listCampaignIdsForTarget(tx, { targetId });
  return unique([...publicRefsTags(await loadPublicRefs(tx, { campaignIds })), cacheTags.targets]);
}

/** A target is linked only to a state the UN lists. */
function checkState(stateIso3: string | null): void {
  if (stateIso3 && !stateByIso3(stateIso3)) throw new ActionError("errors.state.notFound", "stateIso3");
}

async function requireTarget(tx: Executor, id: string) {
  return found(await getTargetRow(tx, { id }), "errors.target.notFound");
}

export const createTargetDefinition = targetWrite({
  name: "target.create",
  schema: targetCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, audit }) => {
    checkState(input.stateIso3);
    const target = await insertTarget(tx, { values: input });
    audit({ action: "target.create", entityType: "target", entityId: target.id, after: target });
    return { id: target.id, tags: [cacheTags.targets] };
  },
});

export const updateTargetDefinition = targetWrite({
  name: "target.update",
  schema: targetUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    checkState(values.stateIso3);
    const before = await requireTarget(tx, id);
    const after = await updateTarget(tx, { id, values });
    audit({ action: "target.update", entityType: "target", entityId: id, before, after });
    // A state's page lists the targets linked to it: both states' pages change with the link.
    const stateTags =
      before.stateIso3 === after.stateIso3
        ? []
        : [before.stateIso3, after.stateIso3].flatMap((iso3) => (iso3 ? [cacheTags.state(iso3)] : []));
    return { id, tags: unique([...(await targetTags(tx, id)), ...stateTags]) };
  },
});

export const setTargetHolidaysDefinition = targetWrite({
  name: "target.set_holidays",
  schema: targetHolidaysSchema,
  run: async ({ tx, input, audit }) => {
    await requireTarget(tx, input.id);
    const change = await replaceTargetHolidays(tx, { targetId: input.id, holidays: input.holidays });
    audit({
      action: "target.set_holidays",
      entityType: "target",
      entityId: input.id,
      ...fieldChange("holidays", change),
    });
    return { id: input.id, tags: await targetTags(tx, input.id) };
  },
});
