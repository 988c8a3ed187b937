import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { PublicCampaignStatus } from "@/db/queries/public-campaigns";

/** Each status's tone, on the badge and on the campaign's share card. */
export const CAMPAIGN_STATUS_TONE: Readonly<Record<PublicCampaignStatus, StatusTone>> = {
  active: "info",
  paused: "warning",
  won: "success",
  lost: "danger",
  closed: "neutral",
};

/** A campaign's status in words, announced as a status ("Status: Active"). */
export async function CampaignStatusBadge({ status }: { status: PublicCampaignStatus }) {
  const t = await getTranslations();
  return (
    <>
      <span className="sr-only">{t("homeCards.status")} </span>
      <StatusBadge tone={CAMPAIGN_STATUS_TONE[status]}>{t(`campaign.status.${status}`)}</StatusBadge>
    </>
  );
}

/** "Sample data", on anything the demo invented. */
export async function SampleBadge() {
  const t = await getTranslations("homeCards");
  return <StatusBadge tone="warning">{t("sample")}</StatusBadge>;
}

/** A page's warning, under its title, that what it shows is invented sample data. */
export function SampleNotice({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <p
      className={`${className ?? ""} max-w-3xl rounded-md border-l-4 border-warning bg-warning-soft px-4 py-3 text-warning`.trim()}
    >
      {children}
    </p>
  );
}
