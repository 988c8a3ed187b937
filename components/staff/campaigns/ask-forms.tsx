"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, TitleField } from "@/components/staff/record-fields";
import { Field, SelectField, TextAreaField, UrlField } from "@/components/ui/field";
import { Disclosure, PreciseDateField, RecordForm, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffAsk } from "@/db/queries/staff-campaigns";
import { createAskAction, recordAskOutcomeAction, updateAskAction } from "@/lib/actions/campaigns/server";
import { ASK_OUTCOMES } from "@/lib/domain/timeline";

/** Adds an ask to a campaign, or edits one (inside a disclosure on its card). */
export function AskForm({ campaignId, ask }: { campaignId: string; ask?: StaffAsk }) {
  const t = useTranslations("staffCampaigns.ask");
  const form = useStaffForm(ask ? updateAskAction : createAskAction);
  const { f, id } = form;
  return (
    <RecordForm form={form} t={t} recordId={ask?.id} parent={{ campaignId }}>
      <TitleField id={`${id}-title`} f={f} label={t("title")} hint={t("titleHint")} initial={ask?.title} />
      <DescriptionField id={`${id}-description`} f={f} label={t("description")} initial={ask?.description} />
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
        f={f}
        date={{ name: "decisionOn", initial: ask?.decisionOn }}
        precision={{ name: "decisionPrecision", initial: ask?.decisionPrecision }}
      />
    </RecordForm>
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
          f={f}
          date={{ name: "outcomeOn", initial: ask.outcomeOn }}
        />
        <UrlField
          id={`${id}-source`}
          label={t("source")}
          hint={t("sourceHint")}
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
