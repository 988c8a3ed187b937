import "server-only";
import { z } from "zod";

/*
 * Field pieces every form's schema shares. A form posts strings, with "" meaning "not
 * given"; messages are keys under "errors" in messages/en/core.json, passed as zod takes
 * them ({ message }), so the catalog test finds them at the call.
 */

/** "" (or only spaces), undefined and null are all "not given": null. */
export const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

/** A checkbox: present ("on", "true") means yes. */
export const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

/** Text that must be given: trimmed, not empty (nor missing), at most `max` characters. */
export const requiredText = (max: number, required: { message: string }, tooLong: { message: string }) =>
  z.string(required).trim().min(1, required).max(max, tooLong);

/** A whole number from a form field, from `min` to `max`; blank is none. */
export const optionalWholeNumber = ({ min, max, message }: { min: number; max: number; message: string }) =>
  z.preprocess(
    blankToNull,
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).nullable(),
  );
