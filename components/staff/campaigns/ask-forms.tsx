"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, TitleField } from "@/components/staff/record-fields";
import {
  CheckboxField,
  Field,
  FieldError,
  FieldGroup,
  SelectField,
  TextAreaField,
  UrlField,
} from "@/components/ui/field";
import { Disclosure, PreciseDateField, RecordForm, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import type { ResolutionTextOption, StaffAsk, StaffCampaignTarget } from "@/db/queries/staff-campaigns";
import type { StaffSessionOption } from "@/db/queries/un-staff";
import { createAskAction, recordAskOutcomeAction, updateAskAction } from "@/lib/actions/campaigns/server";
import { ASK_OUTCOMES } from "@/lib/domain/timeline";
import { WANTED_POSITIONS } from "@/lib/domain/un/positions";
import { ASK_TARGET_FIELD } from "@/lib/validations/campaigns";

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
}: {
  campaignId: string;
  ask?: StaffAsk;
  choices: AskChoices;
}) {
  const t = useTranslations("staffCampaigns.ask");
  const form = useStaffForm(ask ? updateAskAction : createAskAction);
  const { f, id } = form;
  const named = new Set(ask?.targetIds ?? []);
  // One checkbox per target, named for it, so a failed save ticks again what was ticked.
  const targetField = (targetId: string) => `${ASK_TARGET_FIELD}${targetId}`;
  return (
    <RecordForm form={form} t={t} recordId={ask?.id} parent={{ campaignId }}>
      <TitleField id={`${id}-title`} f={f} label={t("title")} hint={t("titleHint")} initial={ask?.title} />
      <DescriptionField id={`${id}-description`} f={f} label={t("description")} initial={ask?.description} />
      {choices.targets.length > 1 ? (
        <FieldGroup id={`${id}-targets`} legend={t("targets")} hint={t("targetsHint")}>
          <ul className="flex max-h-80 flex-col gap-1 overflow-y-auto rounded-md border border-line px-3 py-1">
            {choices.targets.map((target) => (
              <li key={target.id}>
                <CheckboxField
                  name={targetField(target.id)}
                  value={target.id}
                  label={target.name}
                  checked={f.failed ? f.value(targetField(target.id)) === target.id : named.has(target.id)}
                />
              </li>
            ))}
          </ul>
          {f.error("targetIds") ? (
            <FieldError id={`${id}-targets-error`}>{f.error("targetIds")}</FieldError>
          ) : null}
        </FieldGroup>
      ) : null}
      <FieldGroup id={`${id}-link`} legend={t("link")} hint={t("linkHint")} boxed>
        <SelectField
          id={`${id}-text`}
          label={t("resolutionText")}
          options={[
            { value: "", label: t("noText") },
            ...choices.texts.map((x) => ({ value: x.id, label: textLabel(x) })),
          ]}
          {...f.bind("resolutionTextId", ask?.resolutionTextId)}
        />
        <SelectField
          id={`${id}-wanted`}
          label={t("wantedPosition")}
          options={[
            { value: "", label: t("noWanted") },
            ...WANTED_POSITIONS.map((w) => ({ value: w, label: t(`wanted.${w}`) })),
          ]}
          {...f.bind("wantedPosition", ask?.wantedPosition)}
        />
      </FieldGroup>
      <Field
        id={`${id}-venue`}
        label={t("venue")}
        hint={t("venueHint")}
        maxLength={300}
        {...f.bind("venue", ask?.venue)}
      />
      <SelectField
        id={`${id}-session`}
        label={t("session")}
        hint={t("sessionHint")}
        options={[
          { value: "", label: t("noSession") },
          ...choices.sessions.map((s) => ({ value: s.id, label: `${s.bodyName} — ${s.label}` })),
        ]}
        {...f.bind("sessionId", ask?.session?.id)}
      />
      <PreciseDateField
        id={`${id}-decision`}
        legend={t("decision")}
        f={f}
        // Decided at a session, the date is the session's: nothing is typed here.
        date={{ name: "decisionOn", initial: ask?.session ? null : ask?.decisionOn }}
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
