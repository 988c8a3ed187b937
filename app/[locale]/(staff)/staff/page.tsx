import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CollectingLetters } from "@/components/staff/dashboard/collecting-letters";
import { DecisionPoints } from "@/components/staff/dashboard/decision-points";
import { DueSoonLetters, OverdueLetters } from "@/components/staff/dashboard/letter-deadlines";
import { NeedsOutcome } from "@/components/staff/dashboard/needs-outcome";
import { PendingSignatures } from "@/components/staff/dashboard/pending-signatures";
import { RecentActivity } from "@/components/staff/dashboard/recent-activity";
import { RetentionDue } from "@/components/staff/dashboard/retention-due";
import { StaffPage, StaffPageHeader, StaffSection } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { Figures } from "@/components/ui/figures";
import { Link } from "@/components/ui/link";
import { DECISION_POINT_DAYS, DUE_SOON_DAYS, loadDashboard } from "@/db/queries/dashboard";
import { run } from "@/db/queries/run";
import { getStaffCounts } from "@/db/queries/staff";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";
import { RETENTION_NOTICE_DAYS } from "@/lib/domain/personal-data";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staff");
  return { title: t("title") };
}

/** The figures the dashboard opens with, in order. */
const COUNTS = ["campaigns", "letters", "pendingSignatures", "users"] as const;

export default async function StaffHomePage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const user = await requirePermission("staff.access", "/staff");
  const now = new Date();
  const [t, counts, dashboard] = await Promise.all([
    getTranslations("staff"),
    run(getStaffCounts),
    run(loadDashboard, { now }),
  ]);
  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />

      <StaffSection id="counts-heading" heading={t("counts.heading")} first>
        <Figures
          large
          className="mt-4"
          items={COUNTS.map((key) => ({ key, label: t(`counts.${key}`), value: counts[key] }))}
        />
      </StaffSection>

      <OverdueLetters letters={dashboard.overdue} />
      <DueSoonLetters letters={dashboard.dueSoon} days={DUE_SOON_DAYS} />
      <DecisionPoints points={dashboard.decisionPoints} days={DECISION_POINT_DAYS} />
      <NeedsOutcome asks={dashboard.needsOutcome} />
      <CollectingLetters letters={dashboard.collecting} />
      <PendingSignatures {...dashboard.pendingSignatures} />
      <RetentionDue letters={dashboard.erasures} days={RETENTION_NOTICE_DAYS} now={now} />
      <RecentActivity items={dashboard.activity} showAuditLink={can(user, "audit.read")} />

      {can(user, "user.manage") ? (
        <StaffSection id="admin-heading" heading={t("admin.heading")}>
          <Card className="mt-4">
            <p className="text-lg font-semibold">
              <Link href="/staff/users">{t("admin.users")}</Link>
            </p>
            <p className="mt-1 text-ink-muted">{t("admin.usersHint")}</p>
          </Card>
        </StaffSection>
      ) : null}
    </StaffPage>
  );
}
