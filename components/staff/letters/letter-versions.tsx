import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterVersionItem } from "@/db/queries/staff-letters";

/** Every text the letter has had, newest first, with how many live signatures endorse each. */
export async function LetterVersions({
  versions,
  current,
}: {
  versions: LetterVersionItem[];
  current: number;
}) {
  const [t, format] = await Promise.all([getTranslations("staffLetters.versions"), getFormatter()]);
  if (versions.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
      {versions.map((v) => (
        <li
          key={v.version}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between"
        >
          <p>
            <span className="font-semibold">{t("version", { version: v.version })}</span>
            {v.version === current ? <span className="text-ink-muted"> · {t("current")}</span> : null}
            <span className="block text-sm text-ink-muted">
              {t("saved", {
                when: format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                who: v.createdByEmail ?? t("unknown"),
              })}
            </span>
          </p>
          <p className="tabular-nums sm:text-right">{t("signatures", { count: v.liveSignatures })}</p>
        </li>
      ))}
    </ol>
  );
}
