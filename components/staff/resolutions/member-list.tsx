import { getTranslations } from "next-intl/server";
import type { UnState } from "@/lib/domain/un/states";

/** Who sat on a body at a session or in a year, folded under how many they were. */
export async function MemberList({ label, states }: { label: string; states: readonly UnState[] }) {
  const t = await getTranslations("staffResolutions.body");
  return (
    <details className="rounded-md border border-line bg-surface">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold">
        {t("memberCount", { label, count: states.length })}
      </summary>
      <p className="border-t border-line px-4 py-3 text-sm leading-relaxed">
        {states.map((s) => s.name).join(", ")}
      </p>
    </details>
  );
}
