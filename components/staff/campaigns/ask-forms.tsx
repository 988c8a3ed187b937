"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import {
  Disclosure,
  PreciseDateField,
  SelectField,
  StaffForm,
  TextAreaField,
  useStaffForm,
} from "@/components/ui/form-kit";
import type { StaffAsk } from "@/db/queries/staff-campaigns";
import { createAskAction, recordAskOutcomeAction, updateAskAction } from "@/lib/actions/campaigns/server";
import { ASK_OUTCOMES } from "@/lib/domain/timeline";

/** Adds an ask to a campaign, or edits one (inside a disclosure on its card). */
export function AskForm({ campaignId, ask }: { campaignId: string; ask?: StaffAsk }) {
  const t = useTranslations("staffCampaigns.ask");
  const form = useStaffForm(ask ? updateAskAction : createAskAction);
  const { f, id } = form;
  return (
    <Disclosure summary={ask ? t("edit") : t("addSummary")} open={form.open}>
      <StaffForm
        form={form}
        success={ask ? t("saved") : t("added")}
        hidden={ask ? { id: ask.id } : { campaignId }}
        submit={{
          variant: ask ? "secondary" : "primary",
          pendingLabel: t("saving"),
          children: ask ? t("save") : t("add"),
        }}
      >
        <Field
          id={`${id}-title`}
          label={t("title")}
          hint={t("titleHint")}
          required
          maxLength={300}
          {...f.bind("title", ask?.title)}
        />
        <TextAreaField
          id={`${id}-description`}
          label={t("description")}
          rows={3}
          maxLength={5000}
          {...f.bind("description", ask?.description)}
        />
        <Field
          id={`${id}-venue`}
          label={t("venue")}
          hint={t("venueHint")}
          maxLength={300}
          {...f.bind("venue", ask?.venue)}
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
      </StaffForm>
    </Disclosure>
  );
}

/** Records where an ask stands: met, not met…, with the date and a source. */
export function AskOutcomeForm({ ask }: { ask: StaffAsk }) {
  const t = useTranslations("staffCampaigns.outcome");
  const tOutcome = useTranslations("staffCampaignForms.outcomes");
  const form = useStaffForm(recordAskOutcomeAction);
  const { f, id } = form;
  return (
    <Disclosure summary={t("record")} open={form.open}>
      <StaffForm
        form={form}
        success={t("saved")}
        hidden={{ id: ask.id }}
        submit={{ variant: "secondary", pendingLabel: t("saving"), children: t("save") }}
      >
        <SelectField
          id={`${id}-outcome`}
          label={t("outcome")}
          hint={t("outcomeHint")}
          options={ASK_OUTCOMES.map((o) => ({ value: o, label: tOutcome(o) }))}
          {...f.bind("outcome", ask.outcome)}
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
          type="url"
          inputMode="url"
          label={t("source")}
          hint={t("sourceHint")}
          spellCheck={false}
          {...f.bind("outcomeSourceUrl", ask.outcomeSourceUrl)}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t("note")}
          rows={2}
          maxLength={2000}
          {...f.bind("outcomeNote", ask.outcomeNote)}
        />
      </StaffForm>
    </Disclosure>
  );
}
