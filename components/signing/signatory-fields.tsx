import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionFeedback } from "@/components/ui/use-action-feedback";
import type { SignatureVisibility } from "@/lib/domain/signatures";
import { AFFILIATION_MAX, NAME_MAX } from "@/lib/validations/form-fields";
import type { CountryOption } from "./countries";
import { VisibilityFieldset } from "./visibility-fieldset";

/** What a signatory says of themselves, as a form shows it first. */
export type SignatoryInitial = {
  name?: string;
  titleAffiliation?: string | null;
  country?: string | null;
  visibility?: SignatureVisibility;
};

/**
 * The details a signature publishes (name, title or affiliation, country, listed or
 * not), with their labels, hints and errors: the sign form asks for them, and the
 * confirmation page shows them again for the address's owner to correct.
 */
export function SignatoryFields({
  idPrefix,
  feedback: f,
  countries,
  initial = {},
  afterName,
}: {
  idPrefix: string;
  feedback: ActionFeedback;
  countries: readonly CountryOption[];
  initial?: SignatoryInitial;
  /** A field to put after the name (the sign form's e-mail address). */
  afterName?: ReactNode;
}) {
  const t = useTranslations("signing.form");
  /** A detail the signer types: its label and hint, and what the form's feedback says of it. */
  const detail = (field: keyof SignatoryInitial, label: string, hint: string) => ({
    label,
    hint,
    ...f.bind(field, initial[field]),
  });
  return (
    <>
      <Field
        id={`${idPrefix}-name`}
        autoComplete="name"
        maxLength={NAME_MAX}
        required
        {...detail("name", t("name"), t("nameHint"))}
      />
      {afterName}
      <Field
        id={`${idPrefix}-title`}
        autoComplete="organization-title"
        maxLength={AFFILIATION_MAX}
        {...detail("titleAffiliation", t("titleAffiliation"), t("titleAffiliationHint"))}
      />
      <SelectField
        id={`${idPrefix}-country`}
        label={t("country")}
        autoComplete="country"
        className="sm:max-w-sm"
        placeholder={t("countryNone")}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        {...f.bind("country", initial.country)}
      />
      <VisibilityFieldset
        id={`${idPrefix}-visibility`}
        legend={t("visibilityLegend")}
        choices={[
          { value: "public", label: t("visibilityPublic"), hint: t("visibilityPublicHint") },
          { value: "name_withheld", label: t("visibilityWithheld"), hint: t("visibilityWithheldHint") },
        ]}
        {...f.bind("visibility", initial.visibility ?? "public")}
      />
    </>
  );
}
