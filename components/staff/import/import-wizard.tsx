"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { useFocusOnChange } from "@/components/ui/use-focus-on-change";
import type { ImportLetterOption } from "@/db/queries/import-export";
import type { ImportWizardState } from "@/lib/actions/import/definitions";
import { importWizardAction } from "@/lib/actions/import/server";
import { DoneStep } from "./done-step";
import { MapStep } from "./map-step";
import { PreviewStep } from "./preview-step";
import { StepList } from "./step-list";
import { UploadStep } from "./upload-step";

const INITIAL: ImportWizardState = { step: "upload" };

/** What each step's forms are given: the server action for browsers without JavaScript, and the submit handler. */
export type StepForm = {
  action: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

/**
 * The three steps of an import, one server action behind them all. Each step is a plain
 * form posting that action, so the whole import works without JavaScript. With it, the
 * submit handler calls the action itself: useActionState would also send the previous
 * state, and so the CSV a second time, doubling a request that already carries the file.
 * Focus moves to each new step's heading.
 */
export function ImportWizard({
  letters,
  maxUploadBytes,
}: {
  letters: ImportLetterOption[];
  /** The largest file the server takes (MAX_UPLOAD_BYTES): a larger one is refused here, unsent. */
  maxUploadBytes: number;
}) {
  const t = useTranslations();
  const [formState, formAction, formPending] = useActionState(importWizardAction, INITIAL);
  const [clientState, setClientState] = useState<ImportWizardState | null>(null);
  const [sending, startSending] = useTransition();
  const state = clientState ?? formState;
  const pending = formPending || sending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const current = state;
    // A file the server would refuse is not sent at all: the same message, at once, beside the field.
    const file = data.get("file");
    if (file instanceof File && file.size > maxUploadBytes) {
      const letterId = data.get("letterId");
      setClientState({
        step: "upload",
        letterId: typeof letterId === "string" ? letterId : undefined,
        error: "errors.checkFields",
        fieldErrors: { csv: ["errors.import.csvTooLarge"] },
      });
      return;
    }
    startSending(async () => {
      let next: ImportWizardState;
      try {
        next = await importWizardAction(INITIAL, data);
      } catch {
        // The request itself failed: too large for the server to accept, or the connection dropped.
        next = { ...current, error: "errors.import.sendFailed" } as ImportWizardState;
      }
      startSending(() => setClientState(next));
    });
  };
  const form: StepForm = { action: formAction, onSubmit };

  // Every new state (a new step, or a refusal) moves focus to the step's heading.
  const heading = useFocusOnChange<HTMLHeadingElement>(state);

  const error = "error" in state && state.error ? state.error : null;
  const message = (key: string) => (t.has(key) ? t(key) : t("errors.unexpected"));
  const fieldError = (field: string) => {
    const key = "fieldErrors" in state ? state.fieldErrors?.[field]?.[0] : undefined;
    return key ? message(key) : undefined;
  };

  return (
    <div className="mt-8">
      <StepList current={state.step} />
      <section aria-labelledby="import-step-heading" className="mt-6">
        <h2 id="import-step-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold">
          {t(`staffImport.steps.${state.step}.heading`)}
        </h2>
        {error ? (
          <Alert tone="error" className="mt-4">
            {message(error)}
          </Alert>
        ) : null}
        {state.step === "upload" ? (
          <UploadStep
            letters={letters}
            letterId={state.letterId}
            pasted={state.csv}
            form={form}
            pending={pending}
            fieldError={fieldError}
          />
        ) : null}
        {state.step === "map" ? (
          <MapStep state={state} form={form} pending={pending} fieldError={fieldError} />
        ) : null}
        {state.step === "preview" ? <PreviewStep state={state} form={form} pending={pending} /> : null}
        {state.step === "done" ? <DoneStep outcome={state.outcome} /> : null}
      </section>
    </div>
  );
}
