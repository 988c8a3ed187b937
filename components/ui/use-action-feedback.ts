"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

type Initial = string | number | null | undefined;

/**
 * Reads an action's latest result for its form: the message above the form and beside
 * each field (with the values the message names, e.g. who signed and when, or how many
 * minutes to wait), and what was typed, so a failed submission loses nothing.
 */
export function useActionFeedback<T>(state: ActionResult<T> | null | undefined) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  /** A catalog key translated with the failure's values; an unknown key reads as "unexpected". */
  const message = (key: string) => (t.has(key) ? t(key, failed?.errorValues) : t("errors.unexpected"));
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field]?.[0];
    return key ? message(key) : undefined;
  };
  /** What was typed when the form failed, else `initial` (the value on record, or a default). */
  const value = (field: string, initial: Initial = "") =>
    (failed ? failed.values?.[field] : undefined) ?? (initial ?? "").toString();
  return {
    failed,
    succeeded: state?.ok === true,
    message,
    /** The translated error beside a field, if any. */
    error,
    value,
    /**
     * Above the form: when one of `fields` has its own error, a pointer to the fields;
     * otherwise the failure itself. Undefined when nothing failed.
     */
    summary: (fields: readonly string[] = []) =>
      failed
        ? fields.some((field) => failed.fieldErrors?.[field])
          ? message("errors.checkFields")
          : message(failed.error)
        : undefined,
    /** A field's name, the value to show and its error, to spread on Field and its kin. */
    bind: (field: string, initial?: Initial) => ({
      name: field,
      defaultValue: value(field, initial),
      error: error(field),
    }),
  };
}

export type ActionFeedback = ReturnType<typeof useActionFeedback>;
