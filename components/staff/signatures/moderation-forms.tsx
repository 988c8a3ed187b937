"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { Field } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ModerationResult } from "@/db/queries/signature-moderation";
import type { ActionResult } from "@/lib/actions/result";
import { approveSignaturesAction, rejectSignaturesAction } from "@/lib/actions/signing/server";
import { REASON_MAX } from "@/lib/validations/form-fields";

/** The table's checkboxes belong to this form through their form attribute. */
export const BULK_FORM_ID = "bulk-moderation";

type State = ActionResult<ModerationResult> | null;

/** What a decision came to: how many changed, or why it was refused. */
export function ModerationOutcome({ state, done }: { state: State; done: "approved" | "rejected" }) {
  const t = useTranslations();
  const f = useActionFeedback(state);
  if (!state) return null;
  if (!state.ok) {
    // Nothing ticked (or too much) is said here: the boxes are in the table, with no message of their own.
    return <Alert tone="error">{f.error("ids") ?? f.summary()}</Alert>;
  }
  const skipped = state.data.skipped;
  return (
    <Alert tone="success">
      {t(`signing.moderation.${done}`, { count: state.data.changed.length })}
      {skipped > 0 ? ` ${t("signing.moderation.skipped", { count: skipped })}` : null}
    </Alert>
  );
}

/** One row's decision: approve at once, or open the reject form and give a reason. */
export function RowDecision({ id, name, canApprove }: { id: string; name: string; canApprove: boolean }) {
  const t = useTranslations();
  const [approveState, approveAction, approving] = useActionState(approveSignaturesAction, null);
  const [rejectState, rejectAction, rejecting] = useActionState(rejectSignaturesAction, null);
  const rejection = useActionFeedback(rejectState);
  const reasonId = `${useId()}-reason`;

  return (
    <div className="flex min-w-[14rem] flex-col gap-3">
      {canApprove ? (
        <ButtonForm
          action={approveAction}
          hidden={{ ids: id }}
          button={{
            pending: approving,
            pendingLabel: t("signing.moderation.pending"),
            "aria-label": t("signing.moderation.approveRow", { name }),
            children: t("signing.moderation.approve"),
          }}
        />
      ) : null}
      <ModerationOutcome state={approveState} done="approved" />
      <details open={rejectState !== null && !rejectState.ok}>
        <summary className="cursor-pointer font-semibold text-accent">
          {t("signing.moderation.reject")}
        </summary>
        <form action={rejectAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="ids" value={id} />
          <Field
            id={reasonId}
            name="reason"
            label={t("signing.moderation.reasonRow", { name })}
            required
            maxLength={REASON_MAX}
            error={rejection.error("reason")}
          />
          <div>
            <Button
              type="submit"
              variant="secondary"
              pending={rejecting}
              pendingLabel={t("signing.moderation.pending")}
              aria-label={t("signing.moderation.rejectRow", { name })}
            >
              {t("signing.moderation.reject")}
            </Button>
          </div>
        </form>
      </details>
      <ModerationOutcome state={rejectState} done="rejected" />
    </div>
  );
}

/*
 * Without JavaScript, the page answers a post with the state of the useActionState whose
 * key the form sent: the form sends every button's key, and the first one counts. Both
 * bulk decisions share one key (a permalink, this page), so the answer goes to the
 * decision whose action it is: the rejection's "give a reason" is shown too.
 */
const BULK_PERMALINK = "/staff/signatures";

type Decision = "approve" | "reject";

/**
 * Approve or reject every ticked signature at once; rejecting needs the one reason given
 * here. A refused decision leaves the form as it was, so the ticks (in the table, tied to
 * this form by their form attribute) and the reason are there for another try; a decision
 * taken clears it.
 */
export function BulkModerationForm() {
  const t = useTranslations();
  const [approveState, approveAction, approving] = useActionState(
    approveSignaturesAction,
    null,
    BULK_PERMALINK,
  );
  const [rejectState, rejectAction, rejecting] = useActionState(rejectSignaturesAction, null, BULK_PERMALINK);
  // The decision last sent, whose answer is shown; without JavaScript, the one answered.
  const [sent, setSent] = useState<Decision | null>(null);
  const shown: Decision | null = sent ?? (rejectState ? "reject" : approveState ? "approve" : null);
  const state = shown === "reject" ? rejectState : shown === "approve" ? approveState : null;
  const feedback = useActionFeedback(state);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);

  // With JavaScript the action is called here, not by the form: React resets a form after
  // its action, which cleared every tick when the answer was "give a reason".
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const decision: Decision = submitter?.dataset.decision === "reject" ? "reject" : "approve";
    const data = new FormData(event.currentTarget, submitter);
    setSent(decision);
    startTransition(() => (decision === "reject" ? rejectAction : approveAction)(data));
  };

  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-line bg-surface p-5 sm:p-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {t("signing.moderation.bulkHeading")}
      </h2>
      <form
        ref={formRef}
        id={BULK_FORM_ID}
        action={approveAction}
        onSubmit={onSubmit}
        className="mt-4 flex flex-col gap-4"
      >
        <ModerationOutcome state={state} done={shown === "reject" ? "rejected" : "approved"} />
        <Field
          id={`${headingId}-reason`}
          name="reason"
          label={t("signing.moderation.reason")}
          hint={t("signing.moderation.reasonHint")}
          maxLength={REASON_MAX}
          error={shown === "reject" ? feedback.error("reason") : undefined}
        />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button
            type="submit"
            data-decision="approve"
            pending={approving}
            disabled={approving || rejecting}
            pendingLabel={t("signing.moderation.pending")}
          >
            {t("signing.moderation.approveSelected")}
          </Button>
          <Button
            type="submit"
            data-decision="reject"
            variant="secondary"
            formAction={rejectAction}
            pending={rejecting}
            disabled={approving || rejecting}
            pendingLabel={t("signing.moderation.pending")}
          >
            {t("signing.moderation.rejectSelected")}
          </Button>
        </div>
      </form>
    </section>
  );
}
