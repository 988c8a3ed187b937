"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, TargetsChecklist, TitleField } from "@/components/staff/record-fields";
import { Field, FieldGroup, SelectField, TextAreaField, UrlField } from "@/components/ui/field";
import { PreciseDateField, RecordForm, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { ResolutionTextOption, StaffAsk, StaffCampaignTarget } from "@/db/queries/staff-campaigns";
import type { StaffSessionOption } from "@/db/queries/un-staff";
import { createAskAction, recordAskOutcomeAction, updateAskAction } from "@/lib/actions/campaigns/server";
import { ASK_OUTCOMES } from "@/lib/domain/timeline";
import { WANTED_POSITIONS } from "@/lib/domain/un/positions";
import { ASK_TARGET_FIELD } from "@/lib/validations/form-fields";

/** What an ask can be put to, linked to and decided at. */
export type AskChoices = {
  /** The campaign's targets: an ask is put to some of them, or to all. */
  targets: readonly StaffCampaignTarget[];
  texts: readonly ResolutionTextOption[];
  sessions: readonly StaffSessionOption[];
};

/** "<resolution title> — <session> (<draft symbol>)". */
function textLabel(text: ResolutionTextOption): string {
  const label = `${text.resolutionTitle} — ${text.sessionLabel}`;
  return text.draftSymbol ? `${label} (${text.draftSymbol})` : label;
}

/**
 * Adds an ask to a campaign, or edits one (inside a disclosure on its card): what it
 * asks, whom it is put to, the resolution text and position it wants (its outcome per
 * state is then derived from the positions recorded), and when it is decided: at a
 * session, or on a date typed at its precision.
 */
export function AskForm({
  campaignId,
  ask,
  choices,
  inDraft,
}: {
  campaignId: string;
  ask?: StaffAsk;
  choices: AskChoices;
  /** The campaign is still a draft: a new ask is public once it is published. */
  inDraft?: boolean;
}) {
  const t = useTranslations("staffCampaigns.ask");
  const form = useStaffForm(ask ? updateAskAction : createAskAction);
  const { id, field } = form;
  return (
    <RecordForm form={form} t={t} recordId={ask?.id} parent={{ campaignId }} inDraft={inDraft}>
      <TitleField form={form} label={t("title")} hint={t("titleHint")} initial={ask?.title} />
      <DescriptionField form={form} label={t("description")} initial={ask?.description} />
      {choices.targets.length > 1 ? (
        <TargetsChecklist
          form={form}
          prefix={ASK_TARGET_FIELD}
          legend={t("targets")}
          hint={t("targetsHint")}
          targets={choices.targets}
          ticked={ask?.targetIds}
        />
      ) : null}
      <FieldGroup id={`${id}-link`} legend={t("link")} hint={t("linkHint")} boxed>
        <SelectField
          label={t("resolutionText")}
          placeholder={t("noText")}
          options={choices.texts.map((x) => ({ value: x.id, label: textLabel(x) }))}
          {...field("resolutionTextId", ask?.resolutionTextId)}
        />
        <SelectField
          label={t("wantedPosition")}
          placeholder={t("noWanted")}
          options={WANTED_POSITIONS.map((w) => ({ value: w, label: t(`wanted.${w}`) }))}
          {...field("wantedPosition", ask?.wantedPosition)}
        />
      </FieldGroup>
      <Field label={t("venue")} hint={t("venueHint")} maxLength={300} {...field("venue", ask?.venue)} />
      <SelectField
        label={t("session")}
        hint={t("sessionHint")}
        placeholder={t("noSession")}
        options={choices.sessions.map((s) => ({ value: s.id, label: `${s.bodyName} — ${s.label}` }))}
        {...field("sessionId", ask?.session?.id)}
      />
      <PreciseDateField
        legend={t("decision")}
        form={form}
        // Decided at a session, the date is the session's: nothing is typed here.
        date={{ name: "decisionOn", initial: ask?.session ? null : ask?.decisionOn }}
        precision={{ name: "decisionPrecision", initial: ask?.decisionPrecision }}
        end={{ initial: ask?.session ? null : ask?.decisionEnd }}
      />
    </RecordForm>
  );
}

/** Records where an ask stands: met, not met…, with the date and a source. */
export function AskOutcomeForm({ ask }: { ask: StaffAsk }) {
  const t = useTranslations("staffCampaigns.outcome");
  const tOutcome = useTranslations("staffCampaignForms.outcomes");
  const form = useStaffForm(recordAskOutcomeAction);
  const { field } = form;
  return (
    <StaffForm
      form={form}
      summary={t("record")}
      success={t("saved")}
      hidden={{ id: ask.id }}
      submit={{ variant: "secondary", pendingLabel: t("saving"), children: t("save") }}
    >
      <SelectField
        label={t("outcome")}
        hint={t("outcomeHint")}
        options={ASK_OUTCOMES.map((o) => ({ value: o, label: tOutcome(o) }))}
        {...field("outcome", ask.outcome)}
      />
      <PreciseDateField
        legend={t("on")}
        form={form}
        date={{ name: "outcomeOn", initial: ask.outcomeOn }}
        required={{ when: t("onRequired") }}
      />
      <UrlField
        label={t("source")}
        hint={t("sourceHint")}
        {...field("outcomeSourceUrl", ask.outcomeSourceUrl)}
      />
      <TextAreaField label={t("note")} rows={2} maxLength={2000} {...field("outcomeNote", ask.outcomeNote)} />
    </StaffForm>
  );
}
