"use client";

import { useTranslations } from "next-intl";
import { DescriptionField, TitleField } from "@/components/staff/record-fields";
import { Field, FieldGroup, SelectField, UrlField } from "@/components/ui/field";
import { PreciseDateField, RecordForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffEvent } from "@/db/queries/staff-campaigns";
import { createEventAction, updateEventAction } from "@/lib/actions/campaigns/server";
import { EVENT_KINDS } from "@/lib/domain/timeline";

/** Blank source rows offered beyond the ones an event already has (no JavaScript needed to add one). */
const SPARE_SOURCE_ROWS = 2;

/** Logs something that happened on the campaign's timeline, or edits it. */
export function EventForm({
  campaignId,
  event,
  inDraft,
}: {
  campaignId: string;
  event?: StaffEvent;
  /** The campaign is still a draft: a new event is public once it is published. */
  inDraft?: boolean;
}) {
  const t = useTranslations("staffCampaigns.event");
  const tKind = useTranslations("staffCampaignForms.eventKinds");
  const form = useStaffForm(event ? updateEventAction : createEventAction);
  const { id, field } = form;
  const sources = event?.sources ?? [];
  const rows = Math.min(20, sources.length + SPARE_SOURCE_ROWS);

  return (
    <RecordForm form={form} t={t} recordId={event?.id} parent={{ campaignId }} inDraft={inDraft}>
      <SelectField
        label={t("kind")}
        options={EVENT_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
        {...field("kind", event?.kind ?? "government_action")}
      />
      <TitleField form={form} label={t("title")} hint={t("titleHint")} initial={event?.title} />
      <DescriptionField form={form} label={t("description")} initial={event?.description} />
      <PreciseDateField
        legend={t("occurredOn")}
        form={form}
        date={{ name: "occurredOn", initial: event?.occurredOn }}
        precision={{ name: "precision", initial: event?.precision }}
        end={{ initial: event?.occurredEnd }}
        required
      />
      <FieldGroup id={`${id}-sources`} legend={t("sources")} hint={t("sourcesHint")}>
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions, named by their index.
          <div key={i} className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-[2fr_1fr]">
            <UrlField label={t("sourceUrl", { n: i + 1 })} {...field(`sources.${i}.url`, sources[i]?.url)} />
            <Field
              label={t("sourceLabel", { n: i + 1 })}
              maxLength={300}
              {...field(`sources.${i}.label`, sources[i]?.label)}
            />
          </div>
        ))}
      </FieldGroup>
    </RecordForm>
  );
}
