"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { StaffForm, useStaffForm } from "@/components/ui/form-kit";
import { setCampaignOriginalAction, setLetterOriginalAction } from "@/lib/actions/translations/server";
import { LOCALES, type Locale } from "@/lib/domain/locales";

/**
 * The language a letter's or a campaign's own text is written in: its original. A
 * campaign's asks, events and responses are written in the campaign's.
 */
export function OriginalLanguageForm({
  kind,
  id,
  originalLocale,
}: {
  kind: "letter" | "campaign";
  id: string;
  originalLocale: Locale;
}) {
  const t = useTranslations("staffTranslations.originalLanguage");
  const names = useTranslations("contentLanguage.language");
  const form = useStaffForm(kind === "letter" ? setLetterOriginalAction : setCampaignOriginalAction);
  return (
    <StaffForm
      form={form}
      gap="gap-4"
      success={t("saved")}
      hidden={{ id }}
      submit={{ variant: "secondary", pendingLabel: t("saving"), children: t("save") }}
    >
      <SelectField
        label={t("label")}
        hint={t("hint")}
        className="max-w-sm"
        options={LOCALES.map((locale) => ({ value: locale, label: names(locale) }))}
        {...form.field("locale", originalLocale)}
      />
    </StaffForm>
  );
}
