"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { bindFields, type FieldBinder } from "@/components/ui/form-kit";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { useFocusOnChange } from "@/components/ui/use-focus-on-change";
import type { PasteState } from "@/lib/actions/resolutions/paste";
import { PastePreview } from "./paste-preview";

export type PasteAction = (previous: PasteState, formData: FormData) => Promise<PasteState>;

const INITIAL: PasteState = { phase: "edit", values: {}, rows: [] };

/**
 * A list of states pasted as a UN document prints it, in three steps that are each one
 * post of this form (so all of it works without JavaScript): paste and preview, fix the
 * names the preview could not match, save. The list's own fields (`fields`) stay editable
 * throughout; the preview replaces the text box until "Edit the list" brings it back.
 */
export function PasteForm({
  action,
  hidden,
  fields,
  listLabel,
  saveLabel,
  savedMessage,
}: {
  action: PasteAction;
  hidden: Record<string, string>;
  /** The list's own fields (what it records, when, its source), bound to the form's feedback. */
  fields: (form: FieldBinder) => ReactNode;
  listLabel: string;
  saveLabel: (count: number) => string;
  savedMessage: (count: number) => string;
}) {
  const t = useTranslations("staffResolutions.paste");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const id = useId();
  // The fields show what was posted last, and each error beside its field.
  const f = useActionFeedback(
    state === INITIAL
      ? null
      : {
          ok: false,
          error: state.error ?? "",
          errorValues: state.errorValues,
          fieldErrors: state.fieldErrors,
          values: state.values,
        },
  );

  // Each new step (a preview, a refusal, a save) moves focus to what it says.
  const outcome = useFocusOnChange<HTMLDivElement>(state);

  const active = state.rows.filter((r) => !r.dropped);
  const listError = f.error("list");
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <div ref={outcome} tabIndex={-1} className="flex flex-col gap-3 focus:outline-none">
        {state.error ? <Alert tone="error">{f.message(state.error)}</Alert> : null}
        {state.saved !== undefined ? <Alert tone="success">{savedMessage(state.saved)}</Alert> : null}
      </div>
      <HiddenFields fields={hidden} />
      {fields(bindFields(f, id))}
      {state.phase === "edit" ? (
        <>
          <TextAreaField
            id={`${id}-list`}
            label={listLabel}
            hint={t("listHint")}
            rows={8}
            spellCheck={false}
            {...f.bind("list")}
          />
          <div>
            <Button
              type="submit"
              name="intent"
              value="preview"
              pending={pending}
              pendingLabel={t("checking")}
            >
              {t("preview")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <input type="hidden" name="list" value={state.values.list ?? ""} />
          <PastePreview rows={state.rows} f={f} id={id} listError={listError} />
          {/* The first button is the one Enter presses: checking again, never saving by accident. */}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
              {t("checkAgain")}
            </Button>
            <Button type="submit" name="intent" value="save" pending={pending} pendingLabel={t("saving")}>
              {saveLabel(active.length)}
            </Button>
            <Button type="submit" name="intent" value="edit" variant="quiet" disabled={pending}>
              {t("editList")}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
