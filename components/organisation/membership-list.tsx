import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicMembership } from "@/db/queries/public-organisations";
import { organisationPath } from "@/lib/domain/urls";
import { formatDay } from "@/lib/i18n/dates";
import { dayTag } from "./precise-time";

/**
 * The memberships that hold today, then the ones that ended, each under its heading; a
 * side with none is left out, or for today's says `noCurrent`.
 */
export function MembershipGroups({
  current,
  past,
  headings,
  noCurrent,
}: {
  current: PublicMembership[];
  past: PublicMembership[];
  headings: { current: string; past: string };
  noCurrent?: ReactNode;
}) {
  return (
    <>
      {current.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{headings.current}</h3>
          <MembershipList items={current} />
        </>
      ) : (
        noCurrent
      )}
      {past.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{headings.past}</h3>
          <MembershipList items={past} />
        </>
      ) : null}
    </>
  );
}

/** Organisations on either side of a coalition membership, each with its dates and a link to its page. */
export async function MembershipList({ items }: { items: PublicMembership[] }) {
  const t = await getTranslations("organisationPage");
  return (
    <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-surface">
      {items.map((m) => (
        <li
          key={`${m.slug}-${m.joinedOn ?? ""}-${m.leftOn ?? ""}`}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
        >
          <span className="flex flex-wrap items-center gap-2">
            <Link href={organisationPath(m.slug)} className="font-semibold">
              {m.name}
              {m.shortName && m.shortName !== m.name ? ` (${m.shortName})` : null}
            </Link>
            {m.isSample ? <StatusBadge tone="warning">{t("sample")}</StatusBadge> : null}
          </span>
          <span className="shrink-0 text-sm text-ink-muted">
            <MembershipDates membership={m} />
          </span>
        </li>
      ))}
    </ul>
  );
}

async function MembershipDates({ membership: m }: { membership: PublicMembership }) {
  const [t, locale] = await Promise.all([getTranslations("organisationPage.members"), getLocale()]);
  const day = (date: string) => formatDay(date, locale);
  if (m.leftOn && m.joinedOn) {
    return t.rich("spell", {
      from: day(m.joinedOn),
      until: day(m.leftOn),
      start: dayTag(m.joinedOn),
      end: dayTag(m.leftOn),
    });
  }
  if (m.leftOn) return t.rich("left", { date: day(m.leftOn), time: dayTag(m.leftOn) });
  if (m.joinedOn) return t.rich("joined", { date: day(m.joinedOn), time: dayTag(m.joinedOn) });
  return t("joinedUnknown");
}
