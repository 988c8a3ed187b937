"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, Field, FieldError } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { LetterChange } from "@/lib/actions/letters/definitions";
import {
  closeLetterAction,
  openSigningAction,
  returnToDraftAction,
  sendLetterAction,
} from "@/lib/actions/letters/server";
import type { ActionResult } from "@/lib/actions/result";
import { DATE_PRECISIONS } from "@/lib/domain/dates";
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
  const precisionError = send.error("sentPrecision");

  return (
    <div className="flex flex-col gap-5">
      {last?.ok ? (
        <Alert tone="success">{t(`staffLetters.lifecycle.done.${last.data.status}`)}</Alert>
      ) : last && !last.ok && !last.fieldErrors ? (
        <Alert tone="error">{lastFeedback.message(last.error)}</Alert>
      ) : null}

      {status === "draft" ? (
        <form action={openAction} className="flex flex-col gap-3">
          <input type="hidden" name="id" value={letterId} />
          <p>{t("staffLetters.lifecycle.openExplain")}</p>
          <div>
            <Button type="submit" pending={opening} pendingLabel={t("staffLetters.lifecycle.working")}>
              {t("staffLetters.lifecycle.open")}
            </Button>
          </div>
        </form>
      ) : null}

      {status === "collecting" ? (
        <form action={sendAction} noValidate className="flex flex-col gap-4">
          <input type="hidden" name="id" value={letterId} />
          <p>{t("staffLetters.lifecycle.sendExplain")}</p>
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
            <div className="flex flex-col gap-1.5">
              <label htmlFor="sent-precision" className="font-semibold text-ink">
                {t("staffLetters.lifecycle.precision")}
              </label>
              <p id="sent-precision-hint" className="text-sm text-ink-muted">
                {t("staffLetters.lifecycle.precisionHint")}
              </p>
              <select
                // A select takes its default only when mounted: remount it with what was chosen.
                key={send.value("sentPrecision", "day")}
                id="sent-precision"
                name="sentPrecision"
                defaultValue={send.value("sentPrecision", "day")}
                aria-invalid={precisionError ? true : undefined}
                aria-describedby={`sent-precision-hint${precisionError ? " sent-precision-error" : ""}`}
                className={`${controlClasses} w-full`}
              >
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`staffLetters.lifecycle.precisions.${p}`)}
                  </option>
                ))}
              </select>
              {precisionError ? <FieldError id="sent-precision-error">{precisionError}</FieldError> : null}
            </div>
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
          <form action={draftAction} className="flex flex-col gap-3 border-t border-line pt-5">
            <input type="hidden" name="id" value={letterId} />
            <p>{t("staffLetters.lifecycle.draftExplain")}</p>
            <div>
              <Button
                type="submit"
                variant="secondary"
                pending={drafting}
                pendingLabel={t("staffLetters.lifecycle.working")}
              >
                {t("staffLetters.lifecycle.toDraft")}
              </Button>
            </div>
          </form>
        ) : (
          <p className="border-t border-line pt-5 text-sm text-ink-muted">
            {t("staffLetters.lifecycle.noDraft", { count: liveSignatures })}
          </p>
        )
      ) : null}

      {status === "sent" ? (
        <form action={closeAction} className="flex flex-col gap-3">
          <input type="hidden" name="id" value={letterId} />
          <p>{t("staffLetters.lifecycle.closeExplain")}</p>
          <div>
            <Button
              type="submit"
              variant="secondary"
              pending={closing}
              pendingLabel={t("staffLetters.lifecycle.working")}
            >
              {t("staffLetters.lifecycle.close")}
            </Button>
          </div>
        </form>
      ) : null}

      {status === "closed" ? <p>{t("staffLetters.lifecycle.closedExplain")}</p> : null}
    </div>
  );
}
