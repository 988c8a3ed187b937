import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MembershipSpell } from "@/db/queries/staff-organisations";
import { formatDay } from "@/lib/i18n/dates";
import { EndMembershipForm } from "./organisation-forms";

/** Membership spells, current first; each past spell stays listed with its dates. */
export async function MembershipHistory({
  spells,
  editable = false,
  emptyText,
}: {
  spells: readonly MembershipSpell[];
  /** Offer "end membership" on current spells (on the coalition's own page). */
  editable?: boolean;
  emptyText: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("staffOrganisations.members"), getLocale()]);
  const day = (date: string) => formatDay(date, locale);
  if (spells.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-line-strong p-5 text-ink-muted">{emptyText}</p>
    );
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {spells.map((spell) => (
        <li key={spell.id} className="flex flex-col gap-2 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/staff/organisations/${spell.organisationId}`} className="font-semibold">
              {spell.name}
            </Link>
            {spell.leftOn === null ? (
              <StatusBadge tone="success">{t("current")}</StatusBadge>
            ) : (
              <StatusBadge tone="neutral">{t("past")}</StatusBadge>
            )}
          </div>
          <p className="text-sm text-ink-muted">
            {spell.joinedOn ? t("joined", { date: day(spell.joinedOn) }) : t("joinedUnknown")}
            {spell.leftOn ? ` · ${t("left", { date: day(spell.leftOn) })}` : null}
          </p>
          {editable && spell.leftOn === null ? (
            <EndMembershipForm membershipId={spell.id} memberName={spell.name} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
