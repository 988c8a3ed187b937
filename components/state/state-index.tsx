import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { StateListItem } from "@/db/queries/states";
import { REGIONAL_GROUPS, type RegionalGroup } from "@/lib/domain/un/states";
import { statePath } from "@/lib/domain/urls";

/** The states given, under their UN regional groups (observer states, in none, last). */
export async function StateIndex({ states }: { states: readonly StateListItem[] }) {
  const [t, tGroups] = await Promise.all([getTranslations("statesPage"), getTranslations("regionalGroups")]);
  const groups: Array<{ key: RegionalGroup | "observers"; name: string; states: StateListItem[] }> = [
    ...REGIONAL_GROUPS.map((group) => ({
      key: group,
      name: tGroups(group),
      states: states.filter((s) => s.regionalGroup === group),
    })),
    { key: "observers", name: t("observers"), states: states.filter((s) => s.regionalGroup === null) },
  ];
  return (
    <div className="flex flex-col gap-10">
      {groups
        .filter((group) => group.states.length > 0)
        .map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`}>
            <h2 id={`group-${group.key}`} className="border-b-2 border-ink pb-2 text-2xl font-bold">
              {group.name}
            </h2>
            <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
              {group.states.map((state) => (
                <li key={state.iso3}>
                  <Link href={statePath(state.iso3)} className="font-semibold">
                    {state.name}
                  </Link>
                  <span className="block text-sm text-ink-muted">
                    {t("positions", { count: state.positions })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
