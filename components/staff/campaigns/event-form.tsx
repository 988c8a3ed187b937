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
import type { StaffEvent } from "@/db/queries/staff-campaigns";
import { createEventAction, updateEventAction } from "@/lib/actions/campaigns/server";
import { EVENT_KINDS } from "@/lib/domain/timeline";

/** Blank source rows offered beyond the ones an event already has (no JavaScript needed to add one). */
const SPARE_SOURCE_ROWS = 2;

/** Logs something that happened on the campaign's timeline, or edits it. */
export function EventForm({ campaignId, event }: { campaignId: string; event?: StaffEvent }) {
  const t = useTranslations("staffCampaigns.event");
  const tKind = useTranslations("staffCampaignForms.eventKinds");
  const form = useStaffForm(event ? updateEventAction : createEventAction);
  const { f, id } = form;
  const sources = event?.sources ?? [];
  const rows = Math.min(20, sources.length + SPARE_SOURCE_ROWS);

  return (
    <Disclosure summary={event ? t("edit") : t("addSummary")} open={form.open}>
      <StaffForm
        form={form}
        success={event ? t("saved") : t("added")}
        hidden={event ? { id: event.id } : { campaignId }}
        submit={{
          variant: event ? "secondary" : "primary",
          pendingLabel: t("saving"),
          children: event ? t("save") : t("add"),
        }}
      >
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={EVENT_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
          {...f.bind("kind", event?.kind ?? "government_action")}
        />
        <Field
          id={`${id}-title`}
          label={t("title")}
          hint={t("titleHint")}
          required
          maxLength={300}
          {...f.bind("title", event?.title)}
        />
        <TextAreaField
          id={`${id}-description`}
          label={t("description")}
          rows={3}
          maxLength={5000}
          {...f.bind("description", event?.description)}
        />
        <PreciseDateField
          id={`${id}-occurred`}
          legend={t("occurredOn")}
          dateName="occurredOn"
          precisionName="precision"
          required
          dateValue={f.value("occurredOn", event?.occurredOn)}
          precisionValue={f.value("precision", event?.precision ?? "day")}
          dateError={f.error("occurredOn")}
          precisionError={f.error("precision")}
        />
        <fieldset className="flex flex-col gap-3" aria-describedby={`${id}-sources-hint`}>
          <legend className="font-semibold text-ink">{t("sources")}</legend>
          <p id={`${id}-sources-hint`} className="text-sm text-ink-muted">
            {t("sourcesHint")}
          </p>
          {Array.from({ length: rows }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions, named by their index.
            <div key={i} className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-[2fr_1fr]">
              <Field
                id={`${id}-source-${i}-url`}
                type="url"
                inputMode="url"
                spellCheck={false}
                label={t("sourceUrl", { n: i + 1 })}
                {...f.bind(`sources.${i}.url`, sources[i]?.url)}
              />
              <Field
                id={`${id}-source-${i}-label`}
                label={t("sourceLabel", { n: i + 1 })}
                maxLength={300}
                {...f.bind(`sources.${i}.label`, sources[i]?.label)}
              />
            </div>
          ))}
        </fieldset>
      </StaffForm>
    </Disclosure>
  );
}
