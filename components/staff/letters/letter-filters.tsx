import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { CampaignOption } from "@/db/queries/staff-letters";
import { useLocalePath } from "@/i18n/locale-path";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";

type Props = {
  campaigns: CampaignOption[];
  statuses: readonly LetterStatus[];
  campaignId: string | null;
  status: LetterStatus | null;
};

/** Narrows the letter list; a plain GET form, so the filtered list has its own address. */
export function LetterFilters({ campaigns, statuses, campaignId, status }: Props) {
  const t = useTranslations("staffLetters");
  const action = useLocalePath("/staff/letters");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("filters.label")}
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-end"
    >
      <SelectField
        id="filter-campaign"
        name="campaign"
        label={t("filters.campaign")}
        className="min-w-0 flex-1"
        defaultValue={campaignId ?? ""}
        options={[
          { value: "", label: t("filters.allCampaigns") },
          ...campaigns.map((c) => ({ value: c.id, label: c.title })),
        ]}
      />
      <SelectField
        id="filter-status"
        name="status"
        label={t("filters.status")}
        className="sm:w-56"
        defaultValue={status ?? ""}
        options={[
          { value: "", label: t("filters.allStatuses") },
          ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
      />
      <button type="submit" className={buttonClasses("secondary")}>
        {t("filters.apply")}
      </button>
    </form>
  );
}
