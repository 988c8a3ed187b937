import type { InputHTMLAttributes } from "react";
import { ChecklistField, Field, TextAreaField, UrlField } from "@/components/ui/field";
import type { FieldBinder } from "@/components/ui/form-kit";

/*
 * Fields that several staff records share, with their limits in one place: the limits
 * match lib/validations, so the browser stops what the server would refuse.
 */

type Preset = {
  form: FieldBinder;
  label: string;
  hint?: string;
  /** The value on record. */
  initial?: string | null;
};

/** An input bound to the form's field `name`, with the attributes its preset adds. */
function PresetField({
  preset: { form, label, hint, initial },
  name,
  ...attributes
}: { preset: Preset; name: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  return <Field label={label} hint={hint} {...attributes} {...form.field(name, initial)} />;
}

/** A record's required name: a body's, a target's, an organisation's. */
export function NameField(preset: Preset) {
  return <PresetField preset={preset} name="name" required maxLength={300} />;
}

/** The short form a record also goes by: "HRC", "ICNK". */
export function ShortNameField(preset: Preset) {
  return <PresetField preset={preset} name="shortName" maxLength={60} />;
}

/** A record's address part; typed only when creating, fixed after (public links use it). */
export function SlugField(preset: Preset) {
  return <PresetField preset={preset} name="slug" maxLength={100} spellCheck={false} autoCapitalize="none" />;
}

/** A two-letter country code ("KR"). */
export function CountryField(preset: Preset) {
  return (
    <PresetField
      preset={preset}
      name="country"
      maxLength={2}
      autoCapitalize="characters"
      spellCheck={false}
    />
  );
}

/** The required one-line title of an ask, an event, a resolution line or a text. */
export function TitleField(preset: Preset) {
  return <PresetField preset={preset} name="title" required maxLength={300} />;
}

/** A few lines saying what a record is. */
export function DescriptionField({ form, label, hint, initial }: Preset) {
  return (
    <TextAreaField
      label={label}
      hint={hint}
      rows={3}
      maxLength={5000}
      {...form.field("description", initial)}
    />
  );
}

/**
 * Where a record was read: the document's address and, beside it, what to call the
 * link ("A/HRC/RES/52/28"), bound to `sourceUrl` and `sourceLabel`.
 */
export function SourceFields({
  form,
  labels,
  initial,
}: {
  form: FieldBinder;
  labels: { url: string; label: string; labelHint?: string };
  /** The values on record. */
  initial?: { url?: string | null; label?: string | null };
}) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <UrlField label={labels.url} {...form.field("sourceUrl", initial?.url)} />
      <Field
        label={labels.label}
        hint={labels.labelHint}
        maxLength={300}
        {...form.field("sourceLabel", initial?.label)}
      />
    </div>
  );
}

/**
 * The targets a campaign or an ask is put to: a box per target, each named for it
 * (`prefix` and its id) so a failed save ticks again what was ticked; otherwise ticked
 * as on record. The list's error is the form's `targetIds`.
 */
export function TargetsChecklist({
  form: { f, id },
  prefix,
  legend,
  hint,
  targets,
  ticked = [],
}: {
  form: FieldBinder;
  prefix: string;
  legend: string;
  hint: string;
  targets: ReadonlyArray<{ id: string; name: string }>;
  /** The targets on record. */
  ticked?: readonly string[];
}) {
  const onRecord = new Set(ticked);
  const name = (targetId: string) => `${prefix}${targetId}`;
  return (
    <ChecklistField
      id={`${id}-targets`}
      legend={legend}
      hint={hint}
      items={targets.map((target) => ({
        name: name(target.id),
        value: target.id,
        label: target.name,
        checked: f.failed ? f.value(name(target.id)) === target.id : onRecord.has(target.id),
      }))}
      error={f.error("targetIds")}
    />
  );
}
