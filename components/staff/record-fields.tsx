import { Field, TextAreaField } from "@/components/ui/field";
import type { ActionFeedback } from "@/components/ui/use-action-feedback";

/*
 * Fields that several staff records share, with their limits in one place: the limits
 * match lib/validations, so the browser stops what the server would refuse.
 */

type Preset = {
  id: string;
  f: ActionFeedback;
  label: string;
  hint?: string;
  /** The value on record. */
  initial?: string | null;
};

/** A record's address part; typed only when creating, fixed after (public links use it). */
export function SlugField({ id, f, label, hint, initial }: Preset) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      maxLength={100}
      spellCheck={false}
      autoCapitalize="none"
      {...f.bind("slug", initial)}
    />
  );
}

/** A two-letter country code ("KR"). */
export function CountryField({ id, f, label, hint, initial }: Preset) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      maxLength={2}
      autoCapitalize="characters"
      spellCheck={false}
      {...f.bind("country", initial)}
    />
  );
}

/** The required one-line title of an ask or an event. */
export function TitleField({ id, f, label, hint, initial }: Preset) {
  return <Field id={id} label={label} hint={hint} required maxLength={300} {...f.bind("title", initial)} />;
}

/** A few lines saying what a record is. */
export function DescriptionField({ id, f, label, hint, initial }: Preset) {
  return (
    <TextAreaField
      id={id}
      label={label}
      hint={hint}
      rows={3}
      maxLength={5000}
      {...f.bind("description", initial)}
    />
  );
}
