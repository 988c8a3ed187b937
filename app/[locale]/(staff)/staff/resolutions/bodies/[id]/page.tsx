import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/staff/resolutions/body-forms";
import { MembershipPasteForm } from "@/components/staff/resolutions/list-paste-forms";
import { MemberList } from "@/components/staff/resolutions/member-list";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { recordLoader, type StaffRecordProps } from "@/components/staff/staff-record";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listBodyMembers } from "@/db/queries/resolutions";
import { run } from "@/db/queries/run";
import { getStaffBody } from "@/db/queries/un-staff";
import { routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/i18n/dates";
import { UN_SESSION_KINDS } from "@/lib/validations/resolutions";

const load = recordLoader(getStaffBody);

export async function generateMetadata({ params }: StaffRecordProps): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffResolutions");
  const found = await load((await params).id);
  return { title: found ? found.body.name : t("title") };
}

/** A body's page: its sessions (added and corrected here) and who sat on it, pasted per session or year. */
export default async function StaffBodyPage({ params, searchParams }: StaffRecordProps) {
  await routeLocale(params);
  const { id } = await params;
  await requirePermission("resolution.manage", `/staff/resolutions/bodies/${id}`);
  const [t, tKind, tSessionKind, found, { created }] = await Promise.all([
    getTranslations("staffResolutions"),
    getTranslations("staffResolutions.bodyKinds"),
    getTranslations("staffResolutions.sessionKinds"),
    load(id),
    searchParams,
  ]);
  if (!found) notFound();
  const { body, sessions, years } = found;
  const locale = await getLocale();
  // Who sat on the body, where it is on record: per session, then per year.
  const memberLists = await Promise.all([
    ...sessions
      .filter((s) => s.members > 0)
      .map(async (s) => ({
        key: s.id,
        label: t("body.membersAt", { session: s.label }),
        states: await run(listBodyMembers, { bodyId: body.id, sessionId: s.id }),
      })),
    ...years.map(async (y) => ({
      key: String(y.year),
      label: t("body.membersIn", { year: y.year }),
      states: await run(listBodyMembers, { bodyId: body.id, year: y.year }),
    })),
  ]);

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/resolutions", label: t("back") }}
        title={body.name}
        subtitle={[tKind(body.kind), body.shortName, body.isSample ? t("sample") : null]
          .filter(Boolean)
          .join(" · ")}
        created={created ? t("body.created") : null}
      />

      <StaffSection id="body-sessions" heading={t("body.sessions")} first>
        {sessions.length === 0 ? (
          <EmptyState className="mt-4">{t("body.noSessions")}</EmptyState>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {sessions.map((s) => (
              <li key={s.id}>
                <Card>
                  <h3 className="text-xl font-bold">{s.label}</h3>
                  <p className="mt-1 text-ink-muted">
                    {t("body.sessionLine", {
                      kind: tSessionKind(s.kind),
                      starts: formatDay(s.startsOn, locale),
                      ends: formatDay(s.endsOn, locale),
                    })}
                  </p>
                  <p className="mt-1 text-sm text-ink-muted">
                    {t("body.sessionCounts", { texts: s.texts, members: s.members })}
                  </p>
                  <div className="mt-4">
                    <SessionForm
                      summary={t("body.editSession", { session: s.label })}
                      kinds={UN_SESSION_KINDS}
                      session={s}
                    />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-6">
          <SessionForm summary={t("addSession")} kinds={UN_SESSION_KINDS} bodyId={body.id} />
        </div>
      </StaffSection>

      <StaffSection id="body-members" heading={t("body.members")} intro={t("body.membersIntro")}>
        <Card className="mt-4">
          <MembershipPasteForm
            bodyId={body.id}
            sessions={sessions.map((s) => ({ id: s.id, label: s.label }))}
          />
        </Card>
        {memberLists.length === 0 ? (
          <EmptyState className="mt-6">{t("body.noMembers")}</EmptyState>
        ) : (
          <div className="mt-6 flex flex-col gap-3">
            {memberLists.map((list) => (
              <MemberList key={list.key} label={list.label} states={list.states} />
            ))}
          </div>
        )}
      </StaffSection>
    </StaffPage>
  );
}
