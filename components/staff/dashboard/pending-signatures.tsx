import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PendingSignatureLetter } from "@/db/queries/dashboard";
import { DashboardList, DashboardSection } from "./dashboard-section";

/** Signatures waiting for a staff decision, per letter, each linking to moderation. */
export async function PendingSignatures({
  total,
  letters,
}: {
  total: number;
  letters: PendingSignatureLetter[];
}) {
  const t = await getTranslations("staffDashboard.pending");
  return (
    <DashboardSection
      id="pending-heading"
      heading={t("heading")}
      count={total}
      empty={t("empty")}
      isEmpty={total === 0}
    >
      <DashboardList>
        {letters.map((l) => (
          <li
            key={l.letterId}
            className="flex flex-col gap-1 px-4 py-4 sm:flex-row sm:items-baseline sm:justify-between"
          >
            <div className="min-w-0">
              <Link href={`/staff/signatures?letter=${l.letterId}`} className="font-semibold break-words">
                {t("review", { count: l.count, letter: l.letterTitle })}
              </Link>
              <p className="text-sm break-words text-ink-muted">{l.campaignTitle}</p>
            </div>
          </li>
        ))}
      </DashboardList>
    </DashboardSection>
  );
}
