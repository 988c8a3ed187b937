import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import type { CampaignOption } from "@/db/queries/staff-letters";
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
  return (
    <form
      method="get"
      action="/staff/letters"
      aria-label={t("filters.label")}
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-end"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <label htmlFor="filter-campaign" className="font-semibold">
          {t("filters.campaign")}
        </label>
        <select
          id="filter-campaign"
          name="campaign"
          defaultValue={campaignId ?? ""}
          className={`${controlClasses} w-full`}
        >
          <option value="">{t("filters.allCampaigns")}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5 sm:w-56">
        <label htmlFor="filter-status" className="font-semibold">
          {t("filters.status")}
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={status ?? ""}
          className={`${controlClasses} w-full`}
        >
          <option value="">{t("filters.allStatuses")}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        {t("filters.apply")}
      </button>
    </form>
  );
}
