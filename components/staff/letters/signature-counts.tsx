import { getTranslations } from "next-intl/server";
import type { SignatureCounts as Counts } from "@/db/queries/staff-letters";

const ORDER = ["confirmed", "pending", "withdrawn", "rejected"] as const;

/** How many signatures the letter has in each status. */
export async function SignatureCounts({ counts }: { counts: Counts }) {
  const t = await getTranslations("staffLetters.signatures");
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {ORDER.map((status) => (
        <div
          key={status}
          className="flex flex-col-reverse justify-end gap-1 rounded-lg border border-line bg-surface p-4"
        >
          <dt className="text-sm font-semibold text-ink-muted">{t(status)}</dt>
          <dd className="font-serif text-3xl font-bold tabular-nums">{counts[status]}</dd>
        </div>
      ))}
    </dl>
  );
}
