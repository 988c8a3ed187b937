"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { createEventAction, updateEventAction } from "@/app/actions/staff-campaigns";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StaffEvent } from "@/db/queries/staff-campaigns";
import { EVENT_KINDS } from "@/lib/validations/campaigns";
import {
  Disclosure,
  FormFeedback,
  PreciseDateField,
  SelectField,
  TextAreaField,
  useFormFeedback,
} from "./form-kit";

/** Blank source rows offered beyond the ones an event already has (no JavaScript needed to add one). */
const SPARE_SOURCE_ROWS = 2;

/** Logs something that happened on the campaign's timeline, or edits it. */
export function EventForm({ campaignId, event }: { campaignId: string; event?: StaffEvent }) {
  const t = useTranslations("staffCampaigns.event");
  const tKind = useTranslations("staffCampaignForms.eventKinds");
  const [state, formAction, pending] = useActionState(event ? updateEventAction : createEventAction, null);
  const f = useFormFeedback(state);
  const id = useId();
  const sources = event?.sources ?? [];
  const rows = Math.min(20, sources.length + SPARE_SOURCE_ROWS);

  const form = (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={event ? t("saved") : t("added")} />
      {event ? (
        <input type="hidden" name="id" value={event.id} />
      ) : (
        <input type="hidden" name="campaignId" value={campaignId} />
      )}
      <SelectField
        id={`${id}-kind`}
        name="kind"
        label={t("kind")}
        defaultValue={f.value("kind", event?.kind ?? "government_action")}
        options={EVENT_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
        error={f.error("kind")}
      />
      <Field
        id={`${id}-title`}
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        required
        maxLength={300}
        defaultValue={f.value("title", event?.title)}
        error={f.error("title")}
      />
      <TextAreaField
        id={`${id}-description`}
        name="description"
        label={t("description")}
        rows={3}
        maxLength={5000}
        defaultValue={f.value("description", event?.description)}
        error={f.error("description")}
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
              name={`sources.${i}.url`}
              type="url"
              inputMode="url"
              spellCheck={false}
              label={t("sourceUrl", { n: i + 1 })}
              defaultValue={f.value(`sources.${i}.url`, sources[i]?.url)}
              error={f.error(`sources.${i}.url`)}
            />
            <Field
              id={`${id}-source-${i}-label`}
              name={`sources.${i}.label`}
              label={t("sourceLabel", { n: i + 1 })}
              maxLength={300}
              defaultValue={f.value(`sources.${i}.label`, sources[i]?.label)}
              error={f.error(`sources.${i}.label`)}
            />
          </div>
        ))}
      </fieldset>
      <div>
        <Button
          type="submit"
          variant={event ? "secondary" : "primary"}
          pending={pending}
          pendingLabel={t("saving")}
        >
          {event ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
  return (
    <Disclosure summary={event ? t("edit") : t("addSummary")} open={state !== null}>
      {form}
    </Disclosure>
  );
}
