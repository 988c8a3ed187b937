import { z } from "zod";
import { ActionError } from "./result";

/*
 * Two people editing one record: each edit form carries the record's updatedAt as it was
 * when the form was drawn ("editedFrom"). If someone saved in between, the later save is
 * refused rather than silently putting back what the first one changed; the form keeps
 * what was typed.
 */

/** The hidden field: an ISO timestamp, absent for callers that do not send one. */
export const editedFromField = z
  .string()
  .optional()
  .transform((value) =>
    value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined,
  );

/** Throws when the record was saved since the form was drawn. */
export function refuseStaleEdit(updatedAt: Date, editedFrom: string | undefined): void {
  if (editedFrom !== undefined && updatedAt.toISOString() !== editedFrom) {
    throw new ActionError("errors.edit.stale");
  }
}
