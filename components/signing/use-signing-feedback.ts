"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Reads a signing action's latest result for its form: the message above the form, the
 * message beside each field (with the values the message names, e.g. who signed and
 * when), and what was typed, so a failed submission loses nothing.
 */
export function useSigningFeedback<T>(state: ActionResult<T> | null, fields: readonly string[]) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  const message = (key: string) => (t.has(key) ? t(key, failed?.errorValues) : t("errors.unexpected"));
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field]?.[0];
    return key ? message(key) : undefined;
  };
  const besideFields = fields.some((field) => failed?.fieldErrors?.[field]);
  return {
    failed,
    /** Above the form: a pointer to the fields when they say what is wrong, else the error itself. */
    summary: failed ? (besideFields ? message("errors.checkFields") : message(failed.error)) : undefined,
    error,
    /** What was typed when the form failed, else `initial`. */
    value: (field: string, initial = "") => (failed ? (failed.values?.[field] ?? initial) : initial),
  };
}
