"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { recordResponseAction, updateResponseAction } from "@/app/actions/staff-campaigns";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StaffResponse } from "@/db/queries/staff-campaigns";
import { RESPONSE_KINDS, RESPONSE_STANCES } from "@/lib/validations/campaigns";
import {
  Disclosure,
  FormFeedback,
  PreciseDateField,
  SelectField,
  TextAreaField,
  useFormFeedback,
} from "./form-kit";

type Option = { id: string; title: string };

/**
 * Records what the target did in reply, linked to a sent letter of the campaign and/or
 * one of its asks. A response linked to a letter ends that letter's non-response clock.
 */
export function ResponseForm({
  campaignId,
  response,
  letters,
  asks,
}: {
  campaignId: string;
  response?: StaffResponse;
  /** The campaign's sent letters. */
  letters: readonly Option[];
  /** The campaign's asks on the record (not retracted). */
  asks: readonly Option[];
}) {
  const t = useTranslations("staffCampaigns.response");
  const tForms = useTranslations("staffCampaignForms");
  const [state, formAction, pending] = useActionState(
    response ? updateResponseAction : recordResponseAction,
    null,
  );
  const f = useFormFeedback(state);
  const id = useId();

  const form = (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormFeedback feedback={f} success={response ? t("saved") : t("added")} />
      {response ? (
        <input type="hidden" name="id" value={response.id} />
      ) : (
        <input type="hidden" name="campaignId" value={campaignId} />
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={`${id}-letter`}
          name="letterId"
          label={t("letter")}
          hint={t("letterHint")}
          defaultValue={f.value("letterId", response?.letterId)}
          options={[
            { value: "", label: t("noLetter") },
            ...letters.map((l) => ({ value: l.id, label: l.title })),
          ]}
          error={f.error("letterId")}
        />
        <SelectField
          id={`${id}-ask`}
          name="askId"
          label={t("ask")}
          hint={t("askHint")}
          defaultValue={f.value("askId", response?.askId)}
          options={[{ value: "", label: t("noAsk") }, ...asks.map((a) => ({ value: a.id, label: a.title }))]}
          error={f.error("askId")}
        />
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label={t("kind")}
          defaultValue={f.value("kind", response?.kind ?? "written_reply")}
          options={RESPONSE_KINDS.map((k) => ({ value: k, label: tForms(`responseKinds.${k}`) }))}
          error={f.error("kind")}
        />
        <SelectField
          id={`${id}-stance`}
          name="stance"
          label={t("stance")}
          hint={t("stanceHint")}
          defaultValue={f.value("stance", response?.stance ?? "noncommittal")}
          options={RESPONSE_STANCES.map((s) => ({ value: s, label: tForms(`stances.${s}`) }))}
          error={f.error("stance")}
        />
      </div>
      <PreciseDateField
        id={`${id}-responded`}
        legend={t("respondedOn")}
        dateName="respondedOn"
        precisionName="precision"
        required
        dateValue={f.value("respondedOn", response?.respondedOn)}
        precisionValue={f.value("precision", response?.precision ?? "day")}
        dateError={f.error("respondedOn")}
        precisionError={f.error("precision")}
      />
      <TextAreaField
        id={`${id}-summary`}
        name="summary"
        label={t("summary")}
        hint={t("summaryHint")}
        required
        rows={4}
        maxLength={5000}
        defaultValue={f.value("summary", response?.summary)}
        error={f.error("summary")}
      />
      <Field
        id={`${id}-source`}
        name="sourceUrl"
        type="url"
        inputMode="url"
        spellCheck={false}
        label={t("source")}
        hint={t("sourceHint")}
        defaultValue={f.value("sourceUrl", response?.sourceUrl)}
        error={f.error("sourceUrl")}
      />
      <div>
        <Button
          type="submit"
          variant={response ? "secondary" : "primary"}
          pending={pending}
          pendingLabel={t("saving")}
        >
          {response ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
  return (
    <Disclosure summary={response ? t("edit") : t("addSummary")} open={state !== null}>
      {form}
    </Disclosure>
  );
}
