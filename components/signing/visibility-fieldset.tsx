import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field";
import type { SignatureVisibility } from "@/lib/domain/signatures";

type Choice<V extends string> = { value: V; label: ReactNode; hint?: ReactNode };

/**
 * Listed, or counted but not named (or any other choice of a few: what a follower hears):
 * a radio group with its legend, each choice a large target with its explanation, and
 * the error tied to the group.
 */
export function VisibilityFieldset<V extends string = SignatureVisibility>({
  id,
  legend,
  choices,
  name,
  defaultValue,
  error,
}: {
  id: string;
  legend: ReactNode;
  choices: readonly Choice<V>[];
  /** The radios' name, the choice to show and the error: spread from useActionFeedback's bind. */
  name: string;
  defaultValue: string;
  /** Already translated. */
  error?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-1.5 font-semibold text-ink">{legend}</legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        const hintId = choice.hint ? `${inputId}-hint` : undefined;
        return (
          <div
            key={choice.value}
            className="relative flex items-start gap-3 rounded-md border border-line bg-surface px-3 py-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              // Remounted with what was chosen when a submission comes back with errors.
              key={`${choice.value}-${defaultValue}`}
              type="radio"
              id={inputId}
              name={name}
              value={choice.value}
              defaultChecked={defaultValue === choice.value}
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              className="relative z-10 mt-1 size-5 shrink-0 accent-accent"
            />
            <div className="flex flex-col">
              {/* The label's ::after covers the whole box, so a click anywhere in it chooses. */}
              <label
                htmlFor={inputId}
                className="cursor-pointer font-medium text-ink after:absolute after:inset-0"
              >
                {choice.label}
              </label>
              {choice.hint ? (
                <p id={hintId} className="text-sm text-ink-muted">
                  {choice.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
