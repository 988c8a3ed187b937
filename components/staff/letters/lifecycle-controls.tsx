"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { RangeFields } from "@/components/ui/form-kit";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { LetterChange } from "@/lib/actions/letters/definitions";
import {
  closeLetterAction,
  openSigningAction,
  returnToDraftAction,
  sendLetterAction,
} from "@/lib/actions/letters/server";
import type { ActionResult } from "@/lib/actions/result";
import { DATE_ENTRY_CHOICES } from "@/lib/domain/dates";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";

type Props = {
  letterId: string;
  status: LetterStatus;
  /** Pending and confirmed signatures: a letter with any cannot go back to draft. */
  liveSignatures: number;
  pendingSignatures: number;
  /** Today in the target's time zone: the default sending date and the latest allowed. */
  today: string;
  timeZone: string;
};

type State = ActionResult<LetterChange> | null;

/** One step that needs nothing but the letter: what it does, and its button. */
function StepForm({
  action,
  letterId,
  pending,
  explain,
  secondary = false,
  ruled = false,
  children,
}: {
  action: (formData: FormData) => void;
  letterId: string;
  pending: boolean;
  explain: string;
  secondary?: boolean;
  /** Set apart from the step above it by a rule. */
  ruled?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("staffLetters.lifecycle");
  return (
    <form action={action} className={`flex flex-col gap-3${ruled ? " border-t border-line pt-5" : ""}`}>
      <input type="hidden" name="id" value={letterId} />
      <p>{explain}</p>
      <div>
        <Button
          type="submit"
          variant={secondary ? "secondary" : "primary"}
          pending={pending}
          pendingLabel={t("working")}
        >
          {children}
        </Button>
      </div>
    </form>
  );
}

/**
 * The buttons that move a letter along its life, one small form each. One component
 * holds them all so the confirmation of a step stays on screen after the page shows
 * the letter's new state.
 */
export function LifecycleControls({
  letterId,
  status,
  liveSignatures,
  pendingSignatures,
  today,
  timeZone,
}: Props) {
  const t = useTranslations();
  const [openState, openAction, opening] = useActionState(openSigningAction, null);
  const [draftState, draftAction, drafting] = useActionState(returnToDraftAction, null);
  const [sendState, sendAction, sending] = useActionState(sendLetterAction, null);
  const [closeState, closeAction, closing] = useActionState(closeLetterAction, null);
  const [last, setLast] = useState<State>(null);

  // The most recent outcome of any of the four, shown once above them.
  useEffect(() => setLast(openState), [openState]);
  useEffect(() => setLast(draftState), [draftState]);
  useEffect(() => setLast(sendState), [sendState]);
  useEffect(() => setLast(closeState), [closeState]);

  const lastFeedback = useActionFeedback(last);
  const send = useActionFeedback(sendState);
  const sendFailed = send.failed;

  return (
    <div className="flex flex-col gap-5">
      {last?.ok ? (
        <Alert tone="success">{t(`staffLetters.lifecycle.done.${last.data.status}`)}</Alert>
      ) : last && !last.ok && !last.fieldErrors ? (
        <Alert tone="error">{lastFeedback.message(last.error)}</Alert>
      ) : null}

      {status === "draft" ? (
        <StepForm
          action={openAction}
          letterId={letterId}
          pending={opening}
          explain={t("staffLetters.lifecycle.openExplain")}
        >
          {t("staffLetters.lifecycle.open")}
        </StepForm>
      ) : null}

      {status === "draft" || status === "collecting" ? (
        <form
          action={sendAction}
          noValidate
          className={`precise-date flex flex-col gap-4${status === "draft" ? " border-t border-line pt-5" : ""}`}
        >
          <input type="hidden" name="id" value={letterId} />
          <p>
            {status === "draft"
              ? t("staffLetters.lifecycle.sendDraftExplain")
              : t("staffLetters.lifecycle.sendExplain")}
          </p>
          {pendingSignatures > 0 ? (
            <p className="rounded-md border-l-4 border-warning bg-warning-soft px-4 py-3 text-ink">
              <span aria-hidden="true">⚠ </span>
              {t("staffLetters.lifecycle.pendingWarning", { count: pendingSignatures })}
            </p>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
            <Field
              id="sent-on"
              name="sentOn"
              type="date"
              label={t("staffLetters.lifecycle.sentOn")}
              hint={t("staffLetters.lifecycle.sentOnHint", { zone: timeZone })}
              max={today}
              required
              defaultValue={send.value("sentOn", today)}
              error={send.error("sentOn")}
            />
            <SelectField
              id="sent-precision"
              label={t("staffLetters.lifecycle.precision")}
              hint={t("staffLetters.lifecycle.precisionHint")}
              options={DATE_ENTRY_CHOICES.map((p) => ({
                value: p,
                label: t(`staffLetters.lifecycle.precisions.${p}`),
              }))}
              {...send.bind("sentPrecision", "day")}
            />
            <RangeFields f={send} id="sent-on" dateName="sentOn" initial={{}} />
            {status === "draft" ? (
              <Field
                id="opened-on"
                name="openedOn"
                type="date"
                label={t("staffLetters.lifecycle.openedOn")}
                hint={t("staffLetters.lifecycle.openedOnHint")}
                max={today}
                defaultValue={send.value("openedOn", "")}
                error={send.error("openedOn")}
              />
            ) : null}
          </div>
          {sendFailed?.fieldErrors ? <Alert tone="error">{send.message(sendFailed.error)}</Alert> : null}
          <div>
            <Button type="submit" pending={sending} pendingLabel={t("staffLetters.lifecycle.working")}>
              {t("staffLetters.lifecycle.send")}
            </Button>
          </div>
        </form>
      ) : null}

      {status === "collecting" ? (
        liveSignatures === 0 ? (
          <StepForm
            action={draftAction}
            letterId={letterId}
            pending={drafting}
            explain={t("staffLetters.lifecycle.draftExplain")}
            secondary
            ruled
          >
            {t("staffLetters.lifecycle.toDraft")}
          </StepForm>
        ) : (
          <p className="border-t border-line pt-5 text-sm text-ink-muted">
            {t("staffLetters.lifecycle.noDraft", { count: liveSignatures })}
          </p>
        )
      ) : null}

      {status === "sent" ? (
        <StepForm
          action={closeAction}
          letterId={letterId}
          pending={closing}
          explain={t("staffLetters.lifecycle.closeExplain")}
          secondary
        >
          {t("staffLetters.lifecycle.close")}
        </StepForm>
      ) : null}

      {status === "closed" ? <p>{t("staffLetters.lifecycle.closedExplain")}</p> : null}
    </div>
  );
}
