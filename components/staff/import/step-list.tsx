import { useTranslations } from "next-intl";
import type { ImportWizardState } from "@/lib/actions/import/definitions";

const STEPS = ["upload", "map", "preview"] as const;

/** "1 Choose a file · 2 Match the columns · 3 Check and import", with the current one marked in words. */
export function StepList({ current }: { current: ImportWizardState["step"] }) {
  const t = useTranslations("staffImport.steps");
  const index = current === "done" ? STEPS.length : STEPS.indexOf(current);
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-2 sm:flex-row sm:gap-6">
      {STEPS.map((step, i) => {
        const state = i < index ? "done" : i === index ? "current" : "todo";
        return (
          <li
            key={step}
            aria-current={state === "current" ? "step" : undefined}
            className={`flex items-center gap-2 ${state === "todo" ? "text-ink-muted" : "text-ink"}`}
          >
            <span
              aria-hidden="true"
              className={`inline-flex size-7 shrink-0 items-center justify-center rounded-full border text-sm font-bold ${
                state === "current"
                  ? "border-accent bg-accent text-white"
                  : state === "done"
                    ? "border-success bg-success-soft text-success"
                    : "border-line-strong bg-surface"
              }`}
            >
              {state === "done" ? "✓" : i + 1}
            </span>
            <span className={state === "current" ? "font-semibold" : undefined}>
              {t(`${step}.name`)}
              <span className="sr-only"> ({t(`state.${state}`)})</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
