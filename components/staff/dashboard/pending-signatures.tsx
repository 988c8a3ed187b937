import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { PendingSignatureLetter } from "@/db/queries/dashboard";
import { DashboardList, DashboardRow, DashboardSection } from "./dashboard-section";

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
    <DashboardSection id="pending-heading" t={t} count={total} isEmpty={total === 0}>
      <DashboardList>
        {letters.map((l) => (
          <DashboardRow
            key={l.letterId}
            title={
              <Link href={`/staff/signatures?letter=${l.letterId}`} className="font-semibold break-words">
                {t("review", { count: l.count, letter: l.letterTitle })}
              </Link>
            }
            detail={l.campaignTitle}
          />
        ))}
      </DashboardList>
    </DashboardSection>
  );
}
