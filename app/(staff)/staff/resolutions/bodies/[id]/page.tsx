import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/staff/resolutions/body-forms";
import { MembershipPasteForm } from "@/components/staff/resolutions/list-paste-forms";
import { MemberList } from "@/components/staff/resolutions/member-list";
import { BackLink, StaffPage } from "@/components/staff/staff-page";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listBodyMembers } from "@/db/queries/resolutions";
import { run } from "@/db/queries/run";
import { getStaffBody } from "@/db/queries/un-staff";
import { requirePermission } from "@/lib/auth/session";
import { formatPreciseDate } from "@/lib/domain/dates";
import { isUuid } from "@/lib/domain/ids";
import { UN_SESSION_KINDS } from "@/lib/validations/resolutions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

async function load(id: string) {
  return isUuid(id) ? run(getStaffBody, { id }) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("staffResolutions");
  const found = await load((await params).id);
  return { title: found ? found.body.name : t("title") };
}

const day = (date: string) => formatPreciseDate({ date, precision: "day" });

/** A body's page: its sessions (added and corrected here) and who sat on it, pasted per session or year. */
export default async function StaffBodyPage({ params, searchParams }: Props) {
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
      <BackLink href="/staff/resolutions">{t("back")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold sm:text-4xl">{body.name}</h1>
      <p className="mt-2 text-ink-muted">
        {tKind(body.kind)}
        {body.shortName ? ` · ${body.shortName}` : null}
        {body.isSample ? ` · ${t("sample")}` : null}
      </p>
      {created ? (
        <Alert tone="success" className="mt-6">
          {t("body.created")}
        </Alert>
      ) : null}

      <section aria-labelledby="body-sessions" className="mt-10">
        <h2 id="body-sessions" className="text-2xl font-bold">
          {t("body.sessions")}
        </h2>
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
                      starts: day(s.startsOn),
                      ends: day(s.endsOn),
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
      </section>

      <section aria-labelledby="body-members" className="mt-12">
        <h2 id="body-members" className="text-2xl font-bold">
          {t("body.members")}
        </h2>
        <p className="mt-2 text-ink-muted">{t("body.membersIntro")}</p>
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
      </section>
    </StaffPage>
  );
}
