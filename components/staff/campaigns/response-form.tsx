"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, UrlField } from "@/components/ui/field";
import { PreciseDateField, RecordForm, useStaffForm } from "@/components/ui/form-kit";
import type { StaffResponse } from "@/db/queries/staff-campaigns";
import { recordResponseAction, updateResponseAction } from "@/lib/actions/campaigns/server";
import { RESPONSE_KINDS, RESPONSE_STANCES } from "@/lib/domain/timeline";

type Option = { id: string; title: string };
type LetterOption = Option & { targets: ReadonlyArray<{ id: string; name: string }> };

/**
 * Records what a target did in reply, linked to a sent letter of the campaign and/or one
 * of its asks. A response linked to a letter ends that target's non-response clock; for
 * a letter to several targets, staff say which one answered.
 */
export function ResponseForm({
  campaignId,
  response,
  letters,
  asks,
}: {
  campaignId: string;
  response?: StaffResponse;
  /** The campaign's sent letters, each with the targets it was addressed to. */
  letters: readonly LetterOption[];
  /** The campaign's asks on the record (not retracted). */
  asks: readonly Option[];
}) {
  const t = useTranslations("staffCampaigns.response");
  const tForms = useTranslations("staffCampaignForms");
  const form = useStaffForm(response ? updateResponseAction : recordResponseAction);
  const { f, id } = form;

  return (
    <RecordForm form={form} t={t} recordId={response?.id} parent={{ campaignId }}>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={`${id}-letter`}
          label={t("letter")}
          hint={t("letterHint")}
          options={[
            { value: "", label: t("noLetter") },
            ...letters.map((l) => ({ value: l.id, label: l.title })),
          ]}
          {...f.bind("letterId", response?.letterId)}
        />
        {/* Which target answered: grouped by letter, so it works without JavaScript; a
            letter to one target needs no choice. */}
        {letters.some((l) => l.targets.length > 1) ? (
          <SelectField
            id={`${id}-target`}
            label={t("target")}
            hint={t("targetHint")}
            {...f.bind("targetId", response?.targetId)}
          >
            <option value="">{t("onlyTarget")}</option>
            {letters
              .filter((l) => l.targets.length > 1)
              .map((l) => (
                <optgroup key={l.id} label={l.title}>
                  {l.targets.map((target) => (
                    <option key={target.id} value={target.id}>
                      {target.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </SelectField>
        ) : null}
        <SelectField
          id={`${id}-ask`}
          label={t("ask")}
          hint={t("askHint")}
          options={[{ value: "", label: t("noAsk") }, ...asks.map((a) => ({ value: a.id, label: a.title }))]}
          {...f.bind("askId", response?.askId)}
        />
        <SelectField
          id={`${id}-kind`}
          label={t("kind")}
          options={RESPONSE_KINDS.map((k) => ({ value: k, label: tForms(`responseKinds.${k}`) }))}
          {...f.bind("kind", response?.kind ?? "written_reply")}
        />
        <SelectField
          id={`${id}-stance`}
          label={t("stance")}
          hint={t("stanceHint")}
          options={RESPONSE_STANCES.map((s) => ({ value: s, label: tForms(`stances.${s}`) }))}
          {...f.bind("stance", response?.stance ?? "noncommittal")}
        />
      </div>
      <PreciseDateField
        id={`${id}-responded`}
        legend={t("respondedOn")}
        f={f}
        date={{ name: "respondedOn", initial: response?.respondedOn }}
        precision={{ name: "precision", initial: response?.precision }}
        required
      />
      <TextAreaField
        id={`${id}-summary`}
        label={t("summary")}
        hint={t("summaryHint")}
        required
        rows={4}
        maxLength={5000}
        {...f.bind("summary", response?.summary)}
      />
      <UrlField
        id={`${id}-source`}
        label={t("source")}
        hint={t("sourceHint")}
        {...f.bind("sourceUrl", response?.sourceUrl)}
      />
    </RecordForm>
  );
}
