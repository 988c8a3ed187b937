"use client";

import { type RefObject, useEffect, useRef } from "react";

/**
 * Moves focus to `target` each time `value` changes (a form's new step, or its refusal),
 * so a screen reader reads what the form now says. Not on the first render: a page that
 * has just loaded keeps focus where the browser puts it. Returns the ref to attach.
 */
export function useFocusOnChange<T extends HTMLElement>(value: unknown): RefObject<T | null> {
  const target = useRef<T>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every new value moves focus.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current?.focus();
  }, [value]);
  return target;
}
