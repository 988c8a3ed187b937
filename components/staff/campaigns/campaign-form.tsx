"use client";

import { useTranslations } from "next-intl";
import { SlugField, TargetsChecklist, TitleField } from "@/components/staff/record-fields";
import { CheckboxField, controlClasses, FieldGroup, SelectField, TextAreaField } from "@/components/ui/field";
import { PreciseDateField, StaffForm, useStaffForm } from "@/components/ui/form-kit";
import { createCampaignAction, updateCampaignAction } from "@/lib/actions/campaigns/server";
import { latestSave } from "@/lib/actions/latest-save";
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_VISIBILITIES,
  type CampaignStatus,
  type CampaignVisibility,
} from "@/lib/domain/campaigns";
import { CAMPAIGN_TARGET_FIELD } from "@/lib/validations/form-fields";

export type CampaignFormValues = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: CampaignStatus;
  visibility: CampaignVisibility;
  targetId: string;
  /** Every target it presses, the main one included. */
  targetIds: string[];
  startedOn: string | null;
  leads: Array<{ id: string; name: string }>;
  /** When it was last saved: a save from a form drawn earlier is refused. */
  updatedAt: string;
};

type Props = {
  /** The campaign being edited; absent when creating one. */
  campaign?: CampaignFormValues;
  targets: ReadonlyArray<{ id: string; name: string }>;
  organisations: ReadonlyArray<{ id: string; name: string }>;
};

/**
 * Creates or edits a campaign: text, status (publishing is leaving draft), visibility,
 * the main target and any others it presses, and leads.
 */
export function CampaignForm({ campaign, targets, organisations }: Props) {
  const t = useTranslations("staffCampaigns.form");
  const tStatus = useTranslations("campaign.status");
  const form = useStaffForm(campaign ? updateCampaignAction : createCampaignAction);
  const { f, id, field } = form;
  const published = campaign !== undefined && campaign.status !== "draft";
  // A published campaign never goes back to draft: the choice is not offered.
  const statuses = CAMPAIGN_STATUSES.filter((s) => !published || s !== "draft");
  const leads = campaign?.leads ?? [];
  const leadIds = new Set(leads.map((l) => l.id));

  return (
    <StaffForm
      form={form}
      success={t("saved")}
      hidden={{ id: campaign?.id, editedFrom: latestSave(form.savedAt, campaign?.updatedAt) }}
      submit={{ pendingLabel: t("saving"), children: campaign ? t("save") : t("create") }}
    >
      <TitleField form={form} label={t("title")} initial={campaign?.title} />
      {published ? (
        <div className="flex flex-col gap-1.5">
          <p className="font-semibold text-ink">{t("slug")}</p>
          <p className="break-all text-ink">
            <code>/campaigns/{campaign.slug}</code>
          </p>
          <p className="text-sm text-ink-muted">{t("slugFixed")}</p>
        </div>
      ) : (
        <SlugField
          form={form}
          label={t("slug")}
          hint={campaign ? t("slugHintDraft") : t("slugHint")}
          initial={campaign?.slug}
        />
      )}
      <TextAreaField
        label={t("summary")}
        hint={t("summaryHint")}
        rows={5}
        maxLength={5000}
        {...field("summary", campaign?.summary)}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label={t("status")}
          hint={published ? t("statusHintPublished") : t("statusHint")}
          options={statuses.map((s) => ({ value: s, label: tStatus(s) }))}
          {...field("status", campaign?.status ?? "draft")}
        />
        <SelectField
          label={t("visibility")}
          hint={t("visibilityHint")}
          options={CAMPAIGN_VISIBILITIES.map((v) => ({ value: v, label: t(`visibilities.${v}`) }))}
          {...field("visibility", campaign?.visibility ?? "public")}
        />
      </div>
      <SelectField
        label={t("target")}
        hint={t("targetHint")}
        required
        placeholder={t("chooseTarget")}
        options={targets.map((o) => ({ value: o.id, label: o.name }))}
        {...field("targetId", campaign?.targetId)}
      />
      {targets.length > 1 ? (
        <TargetsChecklist
          form={form}
          prefix={CAMPAIGN_TARGET_FIELD}
          legend={t("otherTargets")}
          hint={t("otherTargetsHint")}
          targets={targets}
          ticked={campaign?.targetIds}
        />
      ) : null}
      <PreciseDateField
        legend={t("startedOn")}
        form={form}
        date={{ name: "startedOn", initial: campaign?.startedOn }}
      />
      <FieldGroup id={`${id}-leads`} legend={t("leads")} hint={t("leadsHint")}>
        {leads.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {leads.map((lead, index) => {
              const checked = f.failed ? f.value(`lead:${index}`) === lead.id : true;
              return (
                <li key={lead.id}>
                  <CheckboxField name={`lead:${index}`} value={lead.id} label={lead.name} checked={checked} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-lead-new`} className="text-sm font-medium text-ink">
            {t("addLead")}
          </label>
          <select
            key={f.value("lead:new")}
            id={`${id}-lead-new`}
            name="lead:new"
            defaultValue={f.value("lead:new")}
            aria-invalid={f.error("leadIds") ? true : undefined}
            aria-describedby={f.error("leadIds") ? `${id}-leads-error` : undefined}
            className={`${controlClasses} w-full`}
          >
            <option value="">{t("noNewLead")}</option>
            {organisations
              .filter((o) => !leadIds.has(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </div>
        {f.error("leadIds") ? (
          <p id={`${id}-leads-error`} className="text-sm font-medium text-danger">
            {f.error("leadIds")}
          </p>
        ) : null}
      </FieldGroup>
    </StaffForm>
  );
}
