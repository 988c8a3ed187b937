"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { LetterBody } from "@/components/letter/letter-body";
import { FieldError } from "@/components/ui/field";

type Props = {
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  error?: string;
  /** Told whether the text now differs from `original` (the saved text). */
  onChangedChange?: (changed: boolean) => void;
  original?: string;
  /** Shown, previewed and submitted, but not editable (a sent letter's text). */
  readOnly?: boolean;
};

const normalise = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The letter's Markdown beside a preview rendered exactly as the public page renders it
 * (no raw HTML). Without JavaScript the preview shows the text as last saved.
 */
export function MarkdownEditor({
  name,
  label,
  hint,
  defaultValue,
  error,
  onChangedChange,
  original,
  readOnly = false,
}: Props) {
  const t = useTranslations("staffLetters.form");
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const preview = useDeferredValue(text);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const previewHeadingId = `${id}-preview`;

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={`${id}-text`} className="font-semibold text-ink">
        {label}
      </label>
      <p id={hintId} className="text-sm text-ink-muted">
        {hint}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <textarea
          id={`${id}-text`}
          name={name}
          defaultValue={defaultValue}
          rows={20}
          readOnly={readOnly}
          spellCheck
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          onChange={(event) => {
            setText(event.target.value);
            if (onChangedChange && original !== undefined) {
              onChangedChange(normalise(event.target.value) !== normalise(original));
            }
          }}
          className="block min-h-72 w-full rounded-md border border-line-strong bg-surface px-3 read-only:bg-paper-deep py-2 font-mono text-sm leading-relaxed text-ink shadow-inner shadow-black/[0.02] aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger"
        />
        <section
          aria-labelledby={previewHeadingId}
          className="min-w-0 rounded-md border border-dashed border-line-strong bg-paper p-4"
        >
          <h3
            id={previewHeadingId}
            className="font-sans text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {t("preview")}
          </h3>
          <div className="mt-3">
            {preview.trim() === "" ? (
              <p className="text-ink-muted">{t("previewEmpty")}</p>
            ) : (
              <LetterBody markdown={preview} className="text-base" />
            )}
          </div>
        </section>
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
