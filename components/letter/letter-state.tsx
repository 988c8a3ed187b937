import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { TargetCounts } from "@/lib/domain/letter-targets";
import { letterStateText } from "./letter-state-text";

/** Each state's tone, on the badge and on the SVG badge other sites show. */
export const LETTER_STATE_TONE: Readonly<Record<LetterClock["state"], StatusTone>> = {
  draft: "neutral",
  collecting: "info",
  awaiting: "warning",
  answered: "success",
  overdue: "danger",
};

/** The icon that goes with each state's words, so the state never rests on colour alone. */
const LETTER_STATE_ICON: Record<LetterClock["state"], string> = {
  draft: "✎",
  collecting: "✍",
  awaiting: "◔",
  answered: "✓",
  overdue: "!",
};

/**
 * A letter's state in words (and an icon), e.g. "No response for 2,554 days"; for a letter
 * to several targets given their `targets`, how many of them have not answered.
 */
export async function LetterState({ clock, targets }: { clock: LetterClock; targets?: TargetCounts }) {
  const text = await letterStateText(clock, targets);
  return (
    <StatusBadge tone={LETTER_STATE_TONE[clock.state]}>
      <span aria-hidden="true">{LETTER_STATE_ICON[clock.state]}</span> {text}
    </StatusBadge>
  );
}

/** Explains the letter states once per page, so no one has to guess from a colour. */
export async function LetterStateLegend() {
  const t = await getTranslations("letterState");
  const states: LetterClock["state"][] = ["collecting", "awaiting", "overdue", "answered"];
  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t("legend.title")}</summary>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {states.map((state) => (
          <div key={state} className="flex gap-2">
            <dt className="shrink-0 font-semibold">
              <span aria-hidden="true">{LETTER_STATE_ICON[state]}</span> {t(`legend.${state}.term`)}
            </dt>
            <dd className="text-ink-muted">{t(`legend.${state}.description`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
