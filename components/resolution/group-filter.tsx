import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { REGIONAL_GROUPS, type RegionalGroup } from "@/lib/domain/un/states";
import { regionalGroupSegment, resolutionGroupFilterPath, resolutionPath } from "@/lib/domain/urls";

/**
 * Narrows the matrix to one UN regional group. A plain GET form (?group=weog) that works
 * without JavaScript: the address it sends the choice to answers with the group's own page.
 */
export async function GroupFilter({
  resolutionSlug,
  group,
  shown,
}: {
  resolutionSlug: string;
  group: RegionalGroup | null;
  /** How many states' rows the matrix shows. */
  shown: number;
}) {
  const [t, tGroups] = await Promise.all([
    getTranslations("resolutionPage"),
    getTranslations("regionalGroups"),
  ]);
  return (
    <search>
      <form
        method="get"
        action={resolutionGroupFilterPath(resolutionSlug)}
        className="flex flex-col gap-1.5 rounded-lg border border-line bg-surface p-4"
      >
        <label htmlFor="group-filter" className="font-semibold">
          {t("filter.label")}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id="group-filter"
            name="group"
            defaultValue={group ? regionalGroupSegment(group) : ""}
            aria-describedby="group-filter-status"
            className={`${controlClasses} min-w-0 flex-1 basis-60`}
          >
            <option value="">{t("filter.all")}</option>
            {REGIONAL_GROUPS.map((g) => (
              <option key={g} value={regionalGroupSegment(g)}>
                {tGroups(g)}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClasses("primary")}>
            {t("filter.submit")}
          </button>
          {group ? (
            <Link href={resolutionPath(resolutionSlug)} className={buttonClasses("quiet")}>
              {t("filter.clear")}
            </Link>
          ) : null}
        </div>
        <p id="group-filter-status" className="text-sm text-ink-muted">
          {group
            ? t("filter.statusGroup", { count: shown, group: tGroups(group) })
            : t("filter.statusAll", { count: shown })}
        </p>
      </form>
    </search>
  );
}
