import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/timeline/icon";
import type { AskOutcome } from "@/lib/domain/timeline";

const OUTCOMES: readonly AskOutcome[] = ["pending", "met", "partially_met", "not_met", "moot"];

const TONE: Record<AskOutcome, string> = {
  pending: "border-warning/40 bg-warning-soft text-warning",
  met: "border-success/40 bg-success-soft text-success",
  partially_met: "border-success/40 bg-success-soft text-success",
  not_met: "border-danger/40 bg-danger-soft text-danger",
  moot: "border-line-strong bg-paper-deep text-ink-muted",
};

/** An ask's outcome as an icon and a word: "Pending", "Partially met". */
export async function AskOutcomeBadge({ outcome }: { outcome: AskOutcome }) {
  const t = await getTranslations("campaignPage");
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${TONE[outcome]}`}
    >
      <span className="sr-only">{t("asks.outcomeLabel")} </span>
      <Icon name={outcome} className="size-4" />
      {t(`outcome.${outcome}`)}
    </span>
  );
}

/** Explains the ask outcomes once per page. */
export async function AskOutcomeLegend() {
  const t = await getTranslations("campaignPage.outcome");
  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t("legend.title")}</summary>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {OUTCOMES.map((outcome) => (
          <div key={outcome} className="flex gap-2">
            <dt className="inline-flex shrink-0 items-start gap-1.5 font-semibold">
              <Icon name={outcome} className="mt-1 size-4" />
              {t(outcome)}
            </dt>
            <dd className="text-ink-muted">{t(`legend.${outcome}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
