import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { formatPreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";

const TONE: Record<LetterClock["state"], StatusTone> = {
  draft: "neutral",
  collecting: "info",
  awaiting: "warning",
  answered: "success",
  overdue: "danger",
};

const ICON: Record<LetterClock["state"], string> = {
  draft: "✎",
  collecting: "✍",
  awaiting: "◔",
  answered: "✓",
  overdue: "!",
};

/** A letter's state in words (and an icon), e.g. "No response for 2,554 days". */
export async function LetterState({ clock }: { clock: LetterClock }) {
  const t = await getTranslations("letterState");
  let text: string;
  switch (clock.state) {
    case "overdue":
      text = t("overdue", { days: clock.daysWithoutResponse });
      break;
    case "answered":
      text = t("answered", {
        date: formatPreciseDate({ date: clock.respondedOn, precision: clock.respondedPrecision }),
      });
      break;
    case "awaiting":
      text =
        clock.daysLeft === null
          ? t("awaitingNoDeadline")
          : t("awaiting", { days: Math.max(clock.daysLeft, 0) });
      break;
    default:
      text = t(clock.state);
  }
  return (
    <StatusBadge tone={TONE[clock.state]}>
      <span aria-hidden="true">{ICON[clock.state]}</span> {text}
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
              <span aria-hidden="true">{ICON[state]}</span> {t(`legend.${state}.term`)}
            </dt>
            <dd className="text-ink-muted">{t(`legend.${state}.description`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
