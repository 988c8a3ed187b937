import type { z } from "zod";
import type { PublicRefs } from "@/db/queries/staff-campaigns";
import { cacheTags, letterChangeTags } from "@/lib/domain/cache-tags";
import { type DatePrecision, precisePeriodStart } from "@/lib/domain/dates";
import { addDays, todayIn } from "@/lib/domain/deadlines";
import type { Permission } from "@/lib/domain/permissions";
import { ActionError } from "./result";
import type { ActionDefinition } from "./safe-action";

/*
 * What the staff workspace's record writes share (campaigns, targets, organisations, the UN record):
 * one result shape, whose tags are exactly the public pages the write changed, computed
 * from the database inside the transaction so they describe the state being committed.
 */

/** What every staff record write returns: the row's id and the public pages to refresh. */
export type StaffWrite = {
  id: string;
  tags: string[];
  /** The record's new updatedAt, for the form's next save (lib/actions/stale-edit.ts). */
  updatedAt?: string;
};

/** A staff write's cache tags are the ones its run computed. */
const staffWriteTags = (_input: unknown, data: StaffWrite) => data.tags;

/**
 * Builds the staff record writes one site permission allows: each is refused before its
 * input is read unless the actor has `permission`, and expires the tags its run computed.
 */
export function staffWritesNeeding(permission: Permission) {
  return <S extends z.ZodType, T extends StaffWrite = StaffWrite>(
    definition: Omit<ActionDefinition<S, NoInfer<T>>, "access" | "tags">,
  ): ActionDefinition<S, T> => ({ ...definition, access: { permission }, tags: staffWriteTags });
}

export function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/**
 * Tags for public campaigns and letters: each campaign page, each letter page with the
 * organisation pages that list it as signed, and the cross-campaign lists.
 */
export function publicRefsTags(refs: PublicRefs): string[] {
  const tags: string[] = refs.campaigns.map((c) => cacheTags.campaign(c.slug));
  for (const l of refs.letters) {
    tags.push(
      ...letterChangeTags({
        campaignSlug: l.campaignSlug,
        letterSlug: l.slug,
        organisationSlugs: l.organisationSlugs,
      }),
    );
  }
  if (tags.length > 0) tags.push(cacheTags.campaignList, cacheTags.awaiting, cacheTags.targets);
  return unique(tags);
}

/** No record dated after today anywhere on Earth (UTC+14 is a day ahead of UTC at most). */
export function refuseFuture(date: string, precision: DatePrecision, field: string, now = new Date()): void {
  if (precisePeriodStart({ date, precision }) > addDays(todayIn("UTC", now), 1))
    throw new ActionError("errors.date.future", field);
}
