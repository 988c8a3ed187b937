"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { approveSignaturesAction, rejectSignaturesAction } from "@/app/actions/signing";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ModerationResult } from "@/db/queries/signing";
import type { ActionResult } from "@/lib/actions/result";

/** The table's checkboxes belong to this form through their form attribute. */
export const BULK_FORM_ID = "bulk-moderation";

type State = ActionResult<ModerationResult> | null;

function Outcome({ state, done }: { state: State; done: "approved" | "rejected" }) {
  const t = useTranslations();
  if (!state) return null;
  if (!state.ok) {
    return <Alert tone="error">{t.has(state.error) ? t(state.error) : t("errors.unexpected")}</Alert>;
  }
  const skipped = state.data.skipped;
  return (
    <Alert tone="success">
      {t(`signing.moderation.${done}`, { count: state.data.changed.length })}
      {skipped > 0 ? ` ${t("signing.moderation.skipped", { count: skipped })}` : null}
    </Alert>
  );
}

function fieldError(state: State, field: string, t: ReturnType<typeof useTranslations>) {
  const key = state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
  return key ? (t.has(key) ? t(key) : t("errors.invalid")) : undefined;
}

/** One row's decision: approve at once, or open the reject form and give a reason. */
export function RowDecision({ id, name, canApprove }: { id: string; name: string; canApprove: boolean }) {
  const t = useTranslations();
  const [approveState, approveAction, approving] = useActionState(approveSignaturesAction, null);
  const [rejectState, rejectAction, rejecting] = useActionState(rejectSignaturesAction, null);
  const reasonId = `${useId()}-reason`;

  return (
    <div className="flex min-w-[14rem] flex-col gap-3">
      {canApprove ? (
        <form action={approveAction}>
          <input type="hidden" name="ids" value={id} />
          <Button
            type="submit"
            variant="secondary"
            pending={approving}
            pendingLabel={t("signing.moderation.pending")}
            aria-label={t("signing.moderation.approveRow", { name })}
          >
            {t("signing.moderation.approve")}
          </Button>
        </form>
      ) : null}
      <Outcome state={approveState} done="approved" />
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
            maxLength={500}
            error={fieldError(rejectState, "reason", t)}
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
      <Outcome state={rejectState} done="rejected" />
    </div>
  );
}

/** Approve or reject every ticked signature at once; rejecting needs the one reason given here. */
export function BulkModerationForm() {
  const t = useTranslations();
  const [approveState, approveAction, approving] = useActionState(approveSignaturesAction, null);
  const [rejectState, rejectAction, rejecting] = useActionState(rejectSignaturesAction, null);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-line bg-surface p-5 sm:p-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {t("signing.moderation.bulkHeading")}
      </h2>
      <form id={BULK_FORM_ID} action={approveAction} className="mt-4 flex flex-col gap-4">
        <Outcome state={approveState} done="approved" />
        <Outcome state={rejectState} done="rejected" />
        <Field
          id={`${headingId}-reason`}
          name="reason"
          label={t("signing.moderation.reason")}
          hint={t("signing.moderation.reasonHint")}
          maxLength={500}
          error={fieldError(rejectState, "reason", t)}
        />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" pending={approving} pendingLabel={t("signing.moderation.pending")}>
            {t("signing.moderation.approveSelected")}
          </Button>
          <Button
            type="submit"
            variant="secondary"
            formAction={rejectAction}
            pending={rejecting}
            pendingLabel={t("signing.moderation.pending")}
          >
            {t("signing.moderation.rejectSelected")}
          </Button>
        </div>
      </form>
    </section>
  );
}
