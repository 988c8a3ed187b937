"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { createAskAction, recordAskOutcomeAction, updateAskAction } from "@/app/actions/staff-campaigns";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StaffAsk } from "@/db/queries/staff-campaigns";
import { ASK_OUTCOMES } from "@/lib/validations/campaigns";
import {
  Disclosure,
  FormFeedback,
  PreciseDateField,
  SelectField,
  TextAreaField,
  useFormFeedback,
} from "./form-kit";

/** Adds an ask to a campaign, or edits one (inside a disclosure on its card). */
export function AskForm({ campaignId, ask }: { campaignId: string; ask?: StaffAsk }) {
  const t = useTranslations("staffCampaigns.ask");
  const [state, formAction, pending] = useActionState(ask ? updateAskAction : createAskAction, null);
  const f = useFormFeedback(state);
  const id = useId();

  const form = (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={ask ? t("saved") : t("added")} />
      {ask ? (
        <input type="hidden" name="id" value={ask.id} />
      ) : (
        <input type="hidden" name="campaignId" value={campaignId} />
      )}
      <Field
        id={`${id}-title`}
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        required
        maxLength={300}
        defaultValue={f.value("title", ask?.title)}
        error={f.error("title")}
      />
      <TextAreaField
        id={`${id}-description`}
        name="description"
        label={t("description")}
        rows={3}
        maxLength={5000}
        defaultValue={f.value("description", ask?.description)}
        error={f.error("description")}
      />
      <Field
        id={`${id}-venue`}
        name="venue"
        label={t("venue")}
        hint={t("venueHint")}
        maxLength={300}
        defaultValue={f.value("venue", ask?.venue)}
        error={f.error("venue")}
      />
      <PreciseDateField
        id={`${id}-decision`}
        legend={t("decision")}
        dateName="decisionOn"
        precisionName="decisionPrecision"
        dateValue={f.value("decisionOn", ask?.decisionOn)}
        precisionValue={f.value("decisionPrecision", ask?.decisionPrecision ?? "day")}
        dateError={f.error("decisionOn")}
        precisionError={f.error("decisionPrecision")}
      />
      <div>
        <Button
          type="submit"
          variant={ask ? "secondary" : "primary"}
          pending={pending}
          pendingLabel={t("saving")}
        >
          {ask ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
  return (
    <Disclosure summary={ask ? t("edit") : t("addSummary")} open={state !== null}>
      {form}
    </Disclosure>
  );
}

/** Records where an ask stands: met, not met…, with the date and a source. */
export function AskOutcomeForm({ ask }: { ask: StaffAsk }) {
  const t = useTranslations("staffCampaigns.outcome");
  const tOutcome = useTranslations("staffCampaignForms.outcomes");
  const [state, formAction, pending] = useActionState(recordAskOutcomeAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  return (
    <Disclosure summary={t("record")} open={state !== null}>
      <form action={formAction} noValidate className="flex flex-col gap-5">
        <FormFeedback feedback={f} success={t("saved")} />
        <input type="hidden" name="id" value={ask.id} />
        <SelectField
          id={`${id}-outcome`}
          name="outcome"
          label={t("outcome")}
          hint={t("outcomeHint")}
          defaultValue={f.value("outcome", ask.outcome)}
          options={ASK_OUTCOMES.map((o) => ({ value: o, label: tOutcome(o) }))}
          error={f.error("outcome")}
        />
        <PreciseDateField
          id={`${id}-on`}
          legend={t("on")}
          dateName="outcomeOn"
          dateValue={f.value("outcomeOn", ask.outcomeOn)}
          dateError={f.error("outcomeOn")}
          withPrecision={false}
        />
        <Field
          id={`${id}-source`}
          name="outcomeSourceUrl"
          type="url"
          inputMode="url"
          label={t("source")}
          hint={t("sourceHint")}
          spellCheck={false}
          defaultValue={f.value("outcomeSourceUrl", ask.outcomeSourceUrl)}
          error={f.error("outcomeSourceUrl")}
        />
        <TextAreaField
          id={`${id}-note`}
          name="outcomeNote"
          label={t("note")}
          rows={2}
          maxLength={2000}
          defaultValue={f.value("outcomeNote", ask.outcomeNote)}
          error={f.error("outcomeNote")}
        />
        <div>
          <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("saving")}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Disclosure>
  );
}
