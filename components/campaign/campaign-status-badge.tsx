import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { PublicCampaignStatus } from "@/db/queries/public-campaigns";

const TONE: Record<PublicCampaignStatus, StatusTone> = {
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
      <StatusBadge tone={TONE[status]}>{t(`campaign.status.${status}`)}</StatusBadge>
    </>
  );
}

/** "Sample data", on anything the demo invented. */
export async function SampleBadge() {
  const t = await getTranslations("homeCards");
  return <StatusBadge tone="warning">{t("sample")}</StatusBadge>;
}
