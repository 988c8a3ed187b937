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
  inDraft,
}: {
  campaignId: string;
  response?: StaffResponse;
  /** The campaign's sent letters, each with the targets it was addressed to. */
  letters: readonly LetterOption[];
  /** The campaign's asks on the record (not retracted). */
  asks: readonly Option[];
  /** The campaign is still a draft: a new response is public once it is published. */
  inDraft?: boolean;
}) {
  const t = useTranslations("staffCampaigns.response");
  const tForms = useTranslations("staffCampaignForms");
  const form = useStaffForm(response ? updateResponseAction : recordResponseAction);
  const { field } = form;

  return (
    <RecordForm form={form} t={t} recordId={response?.id} parent={{ campaignId }} inDraft={inDraft}>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label={t("letter")}
          hint={t("letterHint")}
          placeholder={t("noLetter")}
          options={letters.map((l) => ({ value: l.id, label: l.title }))}
          {...field("letterId", response?.letterId)}
        />
        {/* Which target answered: grouped by letter, so it works without JavaScript; a
            letter to one target needs no choice. */}
        {letters.some((l) => l.targets.length > 1) ? (
          <SelectField
            label={t("target")}
            hint={t("targetHint")}
            placeholder={t("onlyTarget")}
            {...field("targetId", response?.targetId)}
          >
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
          label={t("ask")}
          hint={t("askHint")}
          placeholder={t("noAsk")}
          options={asks.map((a) => ({ value: a.id, label: a.title }))}
          {...field("askId", response?.askId)}
        />
        <SelectField
          label={t("kind")}
          options={RESPONSE_KINDS.map((k) => ({ value: k, label: tForms(`responseKinds.${k}`) }))}
          {...field("kind", response?.kind ?? "written_reply")}
        />
        <SelectField
          label={t("stance")}
          hint={t("stanceHint")}
          options={RESPONSE_STANCES.map((s) => ({ value: s, label: tForms(`stances.${s}`) }))}
          {...field("stance", response?.stance ?? "noncommittal")}
        />
      </div>
      <PreciseDateField
        legend={t("respondedOn")}
        form={form}
        date={{ name: "respondedOn", initial: response?.respondedOn }}
        precision={{ name: "precision", initial: response?.precision }}
        end={{ initial: response?.respondedEnd }}
        required
      />
      <TextAreaField
        label={t("summary")}
        hint={t("summaryHint")}
        required
        rows={4}
        maxLength={5000}
        {...field("summary", response?.summary)}
      />
      <UrlField label={t("source")} hint={t("sourceHint")} {...field("sourceUrl", response?.sourceUrl)} />
    </RecordForm>
  );
}
