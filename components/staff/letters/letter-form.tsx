"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, FieldError } from "@/components/ui/field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { CampaignOption, TargetChoice } from "@/db/queries/staff-letters";
import type { StaffSessionOption } from "@/db/queries/un-staff";
import { latestSave } from "@/lib/actions/latest-save";
import { createLetterAction, updateLetterAction } from "@/lib/actions/letters/server";
import { campaignLettersPrefix } from "@/lib/domain/urls";
import { LetterFields, type LetterFormValues, valuesFromForm } from "./letter-fields";
import { type ChosenLine, LetterTargetsFields } from "./letter-targets-fields";

const slugPrefixFor = (campaignSlug: string | undefined) =>
  campaignSlug ? campaignLettersPrefix(campaignSlug) : null;

/** A new letter starts as a draft in the chosen campaign; saving opens its page. */
export function CreateLetterForm({
  campaigns,
  campaignId,
  initial,
  targets,
  sessions,
  retentionDefault,
}: {
  campaigns: CampaignOption[];
  campaignId: string | null;
  initial: LetterFormValues;
  /** Every target, for addressing the letter beyond its campaign's. */
  targets: readonly TargetChoice[];
  sessions: readonly StaffSessionOption[];
  /** The site's retention period in months. */
  retentionDefault: number;
}) {
  const t = useTranslations("staffLetters.form");
  const [state, formAction, pending] = useActionState(createLetterAction, null);
  const { failed, message, error } = useActionFeedback(state);
  // Uncontrolled, so React's reset after a submission restores what was chosen; a select
  // takes its default only when mounted, hence the key. The state only follows it to show
  // the right time zone and address.
  const chosen = failed?.values?.campaignId ?? campaignId ?? "";
  const [selected, setSelected] = useState(chosen);
  const campaign = campaigns.find((c) => c.id === selected);
  const campaignError = error("campaignId");

  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      {failed ? <Alert tone="error">{message(failed.error)}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="letter-campaign" className="font-semibold text-ink">
          {t("campaign")}
        </label>
        <select
          key={chosen}
          id="letter-campaign"
          name="campaignId"
          required
          defaultValue={chosen}
          onChange={(event) => setSelected(event.target.value)}
          aria-invalid={campaignError ? true : undefined}
          aria-describedby={campaignError ? "letter-campaign-error" : undefined}
          className={`${controlClasses} w-full`}
        >
          <option value="">{t("chooseCampaign")}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        {campaignError ? <FieldError id="letter-campaign-error">{campaignError}</FieldError> : null}
      </div>
      <LetterFields
        values={valuesFromForm(initial, failed?.values)}
        error={error}
        timeZone={campaign?.timeZone ?? null}
        slugPrefix={slugPrefixFor(campaign?.slug)}
        slugLocked={false}
        retentionDefault={retentionDefault}
        targets={
          // Until a campaign is chosen there is nothing to choose from: the letter then
          // goes to the campaign's main target, and more can be added once it is saved.
          campaign ? (
            <LetterTargetsFields
              key={campaign.id}
              choices={campaign.targets}
              others={othersThan(targets, campaign.targets)}
              sessions={sessions}
              chosen={[{ targetId: campaign.targetId, addressee: "" }]}
              typed={failed?.values}
              error={error}
            />
          ) : null
        }
      />
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("creating")}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}

/** The targets not among `shown`, by name. */
function othersThan(all: readonly TargetChoice[], shown: readonly TargetChoice[]): TargetChoice[] {
  const ids = new Set(shown.map((s) => s.id));
  return all.filter((target) => !ids.has(target.id));
}

type EditProps = {
  letterId: string;
  /** The targets it is addressed to, each with its line ("" when it is the letter's own). */
  chosen: readonly ChosenLine[];
  /** Its targets and its campaign's, offered with a line each; then every other target. */
  choices: readonly TargetChoice[];
  targets: readonly TargetChoice[];
  sessions: readonly StaffSessionOption[];
  initial: LetterFormValues;
  timeZone: string;
  campaignSlug: string;
  slugLocked: boolean;
  /** Sent: the addressee and text are shown but not editable. */
  textLocked: boolean;
  /** When the letter was last saved: a save from a form drawn earlier is refused. */
  updatedAt: string;
  /** The current text version, and how many live signatures endorse it. */
  version: number;
  liveOnCurrentVersion: number;
  /** The site's retention period in months. */
  retentionDefault: number;
};

/**
 * Edits a letter. When people have signed the current text, the form says so before
 * saving and asks for a tick to make a changed text a new version; the server insists too.
 */
export function EditLetterForm({
  letterId,
  chosen,
  choices,
  targets,
  sessions,
  initial,
  timeZone,
  campaignSlug,
  slugLocked,
  textLocked,
  updatedAt,
  version,
  liveOnCurrentVersion,
  retentionDefault,
}: EditProps) {
  const t = useTranslations("staffLetters.form");
  const [state, formAction, pending] = useActionState(updateLetterAction, null);
  const { failed, message, error } = useActionFeedback(state);
  const values = valuesFromForm(initial, failed?.values);
  const [bodyChanged, setBodyChanged] = useState<boolean | null>(null);
  const confirmError = error("confirmNewVersion");
  const asksForConfirmation = liveOnCurrentVersion > 0 || confirmError !== undefined;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="id" value={letterId} />
      <input
        type="hidden"
        name="editedFrom"
        value={latestSave(state?.ok ? state.data.updatedAt : undefined, updatedAt)}
      />
      {failed ? <Alert tone="error">{message(failed.error)}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {state.data.newVersion ? t("savedNewVersion", { version: state.data.version }) : t("saved")}
        </Alert>
      ) : null}
      <LetterFields
        values={values}
        error={error}
        timeZone={timeZone}
        slugPrefix={slugPrefixFor(campaignSlug)}
        slugLocked={slugLocked}
        textLocked={textLocked}
        retentionDefault={retentionDefault}
        savedBody={initial.bodyMarkdown}
        onBodyChangedChange={setBodyChanged}
        targets={
          <LetterTargetsFields
            choices={choices}
            others={othersThan(targets, choices)}
            sessions={sessions}
            chosen={chosen}
            typed={failed?.values}
            error={error}
            locked={textLocked}
          />
        }
      />
      {asksForConfirmation ? (
        <div
          className={`flex flex-col gap-3 rounded-md border-l-4 px-4 py-3 ${
            confirmError ? "border-danger bg-danger-soft" : "border-warning bg-warning-soft"
          }`}
        >
          <p id="new-version-warning" className="font-semibold text-ink">
            <span aria-hidden="true">⚠ </span>
            {t("version.warning", { count: liveOnCurrentVersion, version, next: version + 1 })}
          </p>
          <p className="text-sm text-ink">
            {bodyChanged === false ? t("version.unchanged") : t("version.explain", { version })}
          </p>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="confirmNewVersion"
              defaultChecked={failed?.values?.confirmNewVersion === "on"}
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={["new-version-warning", confirmError ? "confirm-version-error" : null]
                .filter(Boolean)
                .join(" ")}
              className="mt-1 size-5 shrink-0 accent-accent"
            />
            <span className="font-semibold">{t("version.confirm", { next: version + 1 })}</span>
          </label>
          {confirmError ? <FieldError id="confirm-version-error">{confirmError}</FieldError> : null}
        </div>
      ) : null}
      <div>
        <Button type="submit" pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
