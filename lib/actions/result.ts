import type { z } from "zod";

/** Values a message interpolates: "signed by {by} on {at, date, long}". */
export type ErrorValues = Record<string, string | number | Date>;

/** The one result shape of every action; errors are message-catalog keys. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      /** For messages with placeholders; the field errors use the same values. */
      errorValues?: ErrorValues;
      fieldErrors?: Record<string, string[]>;
      /** What was typed, so a failed form keeps it (never passwords). */
      values?: Record<string, string>;
    };

/** A refusal the user should read, optionally beside one field. */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly values?: ErrorValues,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}

/** The row a write is about; when there is none, the refusal `messageKey` (beside `field`). */
export function found<R>(row: R | null | undefined, messageKey: string, field?: string): R {
  if (!row) throw new ActionError(messageKey, field);
  return row;
}

export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = /^[a-z]+\.[a-zA-Z]+$/.test(issue.message) ? `errors.${issue.message}` : "errors.invalid";
    out[field] = [...(out[field] ?? []), key];
  }
  return out;
}

export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    if ((e as { code?: string }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
