import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { StaffCampaignDetail } from "@/db/queries/staff-campaigns";

const TONE: Record<StaffCampaignDetail["status"], StatusTone> = {
  draft: "neutral",
  active: "info",
  paused: "warning",
  won: "success",
  lost: "danger",
  closed: "neutral",
};

/** A campaign's status and, when the public cannot see it, why: in words, never by colour alone. */
export async function StaffCampaignBadges({
  status,
  visibility,
}: Pick<StaffCampaignDetail, "status" | "visibility">) {
  const t = await getTranslations();
  return (
    <span className="inline-flex flex-wrap gap-2">
      <StatusBadge tone={TONE[status]}>{t(`campaign.status.${status}`)}</StatusBadge>
      {status === "draft" ? (
        <StatusBadge tone="warning">{t("staffCampaigns.notPublished")}</StatusBadge>
      ) : null}
      {visibility === "private" ? (
        <StatusBadge tone="warning">{t("staffCampaigns.private")}</StatusBadge>
      ) : null}
    </span>
  );
}
