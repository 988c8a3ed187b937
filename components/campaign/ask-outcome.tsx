import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/timeline/icon";
import { Legend, LegendEntry } from "@/components/ui/legend";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { ASK_STATUSES, type AskStatus } from "@/lib/domain/ask-status";
import type { TargetWording } from "@/lib/domain/campaigns";

const TONE: Record<AskStatus, StatusTone> = {
  pending: "warning",
  awaiting_outcome: "warning",
  met: "success",
  partially_met: "success",
  not_met: "danger",
  moot: "neutral",
};

/** An ask's status as an icon and words: "Pending", "Partially met", "Decision date passed — …". */
export async function AskOutcomeBadge({ outcome }: { outcome: AskStatus }) {
  const t = await getTranslations("campaignPage");
  return (
    <StatusBadge tone={TONE[outcome]} icon={<Icon name={outcome} className="size-4" />}>
      <span className="sr-only">{t("asks.outcomeLabel")} </span>
      {t(`outcome.${outcome}`)}
    </StatusBadge>
  );
}

/** Explains the ask outcomes once per page, naming whom the campaign presses. */
export async function AskOutcomeLegend({ who }: { who: TargetWording }) {
  const t = await getTranslations("campaignPage.outcome");
  return (
    <Legend title={t("legend.title")}>
      {ASK_STATUSES.map((outcome) => (
        <LegendEntry
          key={outcome}
          termClassName="inline-flex items-start gap-1.5"
          term={
            <>
              <Icon name={outcome} className="mt-1 size-4" />
              {t(outcome)}
            </>
          }
          muted
        >
          {t(`legend.${outcome}`, { who })}
        </LegendEntry>
      ))}
    </Legend>
  );
}
