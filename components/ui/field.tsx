import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** Shared look of text inputs and selects, so every control matches; add a width. */
export const controlClasses =
  "block min-h-11 rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-inner shadow-black/[0.02] placeholder:text-ink-muted aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";

/** What every labelled control takes: its id and name, a label, and an optional hint and error. */
type Labelled = {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already-translated message, shown beside the field and tied to it for screen readers. */
  error?: string;
  className?: string;
};

/** The aria attributes tying a control to its hint and error (`${id}-hint`, `${id}-error`). */
export function controlAria(id: string, hint?: ReactNode, error?: string) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

const LABELLED_KEYS = ["id", "name", "label", "hint", "error", "className"] as const;

/** The labelled part of a field's props, and the rest for its control. */
function splitLabelled<T extends Labelled>(props: T): [Labelled, Omit<T, keyof Labelled>] {
  const rest: Record<string, unknown> = { ...props };
  for (const key of LABELLED_KEYS) delete rest[key];
  return [props, rest as Omit<T, keyof Labelled>];
}

/**
 * The label above a control, its hint under the label, and its error under the control;
 * `control` draws the control with the id, name, look and aria attributes it is given.
 */
function labelled(
  { id, name, label, hint, error, className = "" }: Labelled,
  control: (attributes: { id: string; name: string; className: string }) => ReactNode,
) {
  return (
    <div className={`flex flex-col gap-1.5 ${className}`.trim()}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {control({ id, name, className: `${controlClasses} w-full`, ...controlAria(id, hint, error) })}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}

type InputProps = Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A labelled input with its hint and its error, wired up with aria-describedby and aria-invalid. */
export function Field(props: InputProps) {
  const [field, input] = splitLabelled(props);
  return labelled(field, (attributes) => <input {...attributes} {...input} />);
}

/** A web address: no spelling check, the keyboard for addresses. */
export function UrlField(props: InputProps) {
  return <Field type="url" inputMode="url" spellCheck={false} {...props} />;
}

/** An e-mail address: no spelling check, the keyboard for addresses. */
export function EmailField(props: InputProps) {
  return <Field type="email" inputMode="email" spellCheck={false} {...props} />;
}

/** A whole number: the numeric keyboard, and the arrows step by one. */
export function NumberField(props: InputProps) {
  return <Field type="number" inputMode="numeric" step={1} {...props} />;
}

/** A file to upload: the browser's own picker, its button tinted like the site's. */
export function FileField(props: Omit<InputProps, "type">) {
  const [field, input] = splitLabelled(props);
  return labelled(field, (attributes) => (
    <input
      type="file"
      {...attributes}
      {...input}
      className="block w-full rounded-md border border-line-strong bg-surface p-2 text-base file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-accent-soft file:px-3 file:font-semibold file:text-accent-strong"
    />
  ));
}

/** A select's options under headings (optgroups), the headings in the order they first come. */
export function OptionGroups<T>({
  items,
  group,
  option,
}: {
  items: readonly T[];
  /** The heading an item goes under. */
  group: (item: T) => string;
  /** The item's <option>, with its key. */
  option: (item: T) => ReactNode;
}) {
  const headings = [...new Set(items.map(group))];
  return (
    <>
      {headings.map((heading) => (
        <optgroup key={heading} label={heading}>
          {items.filter((item) => group(item) === heading).map(option)}
        </optgroup>
      ))}
    </>
  );
}

export function SelectField(
  props: Labelled & {
    defaultValue?: string;
    /** A first choice that picks nothing (value ""): "Choose a body", "None". */
    placeholder?: string;
    /** The choices; or pass `children` (option groups, disabled options) as well. */
    options?: ReadonlyArray<{ value: string; label: string }>;
    required?: boolean;
    autoComplete?: string;
    children?: ReactNode;
  },
) {
  const [field, { defaultValue, placeholder, options, required, autoComplete, children }] =
    splitLabelled(props);
  return labelled(field, (attributes) => (
    <select
      // React applies a select's defaultValue only when it mounts: a new key remounts it
      // with what was typed when a submission fails (and with the saved value after).
      key={defaultValue}
      defaultValue={defaultValue}
      required={required}
      autoComplete={autoComplete}
      {...attributes}
    >
      {placeholder === undefined ? null : <option value="">{placeholder}</option>}
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  ));
}

export function TextAreaField(
  props: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">,
) {
  const [field, textarea] = splitLabelled(props);
  return labelled(field, (attributes) => <textarea rows={4} {...attributes} {...textarea} />);
}

/** A ticked-or-not choice with its label to the right; `checked` is the value to show. */
export function CheckboxField({
  name,
  label,
  checked,
  value,
}: {
  name: string;
  label: ReactNode;
  checked: boolean;
  value?: string;
}) {
  return (
    <label className="inline-flex min-h-11 items-center gap-3">
      <input
        // defaultChecked applies only when mounted: a new key remounts it with the value to show.
        key={String(checked)}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="size-5 accent-accent"
      />
      <span>{label}</span>
    </label>
  );
}

/**
 * One of a few choices, a radio button each with its label to the right, one under the
 * other; `checked` is the value to show, `onChoose` hears a change (the form still posts
 * the choice itself).
 */
export function RadioChoices<V extends string>({
  name,
  choices,
  checked,
  onChoose,
}: {
  name: string;
  choices: ReadonlyArray<{ value: V; label: ReactNode }>;
  checked: string;
  onChoose?: (value: V) => void;
}) {
  return (
    <div className="flex flex-col gap-2">
      {choices.map(({ value, label }) => (
        <label key={value} className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={name}
            value={value}
            defaultChecked={checked === value}
            onChange={onChoose ? () => onChoose(value) : undefined}
            className="size-5 shrink-0 accent-accent"
          />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}

/**
 * Several choices ticked or not, one checkbox each, in a box that scrolls when the list
 * is long, under a legend; the error is about the whole list.
 */
export function ChecklistField({
  id,
  legend,
  hint,
  items,
  error,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Each box's name, value, label and whether it is ticked. */
  items: ReadonlyArray<{ name: string; value: string; label: ReactNode; checked: boolean }>;
  /** Already translated. */
  error?: string;
}) {
  return (
    <FieldGroup id={id} legend={legend} hint={hint}>
      <ul className="flex max-h-80 flex-col gap-1 overflow-y-auto rounded-md border border-line px-3 py-1">
        {items.map((item) => (
          <li key={item.value}>
            <CheckboxField name={item.name} value={item.value} label={item.label} checked={item.checked} />
          </li>
        ))}
      </ul>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </FieldGroup>
  );
}

/** A group of fields under a legend, with a hint the whole group is described by. */
export function FieldGroup({
  id,
  legend,
  hint,
  boxed = false,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Drawn in a box, to set the group apart inside a long form. */
  boxed?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`flex flex-col gap-3 ${boxed ? "rounded-md border border-line p-4" : ""}`.trim()}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className={`font-semibold text-ink ${boxed ? "px-1" : ""}`.trim()}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <span
        aria-hidden="true"
        className="mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-full bg-danger text-xs leading-none font-bold text-white"
      >
        !
      </span>
      <span>{children}</span>
    </p>
  );
}
