import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyForm, SessionForm } from "@/components/staff/resolutions/body-forms";
import { ResolutionForm, TextForm } from "@/components/staff/resolutions/resolution-forms";
import { StaffPage, StaffPageHeader, StaffSection } from "@/components/staff/staff-page";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { run } from "@/db/queries/run";
import { listSessionOptions, listStaffBodies, listStaffResolutionLines } from "@/db/queries/un-staff";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { ADOPTION_METHODS } from "@/lib/domain/un/positions";
import { UN_BODY_KINDS, UN_SESSION_KINDS } from "@/lib/validations/resolutions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffResolutions");
  return { title: t("title") };
}

/** The UN record's staff page: the resolution lines with their texts, the bodies, and the forms that add to them. */
export default async function StaffResolutionsPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("resolution.manage", "/staff/resolutions");
  const [t, tBodyKind, tAdoption, bodies, lines, sessions] = await Promise.all([
    getTranslations("staffResolutions"),
    getTranslations("staffResolutions.bodyKinds"),
    getTranslations("staffResolutions.adoptions"),
    run(listStaffBodies),
    run(listStaffResolutionLines),
    run(listSessionOptions),
  ]);
  const bodyChoices = bodies.map((b) => ({ id: b.id, name: b.name }));

  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />

      <StaffSection id="resolution-lines" heading={t("lines.heading")} first>
        {lines.length === 0 ? (
          <EmptyState className="mt-4">{t("lines.empty")}</EmptyState>
        ) : (
          <ul className="mt-4 flex flex-col gap-6">
            {lines.map((line) => (
              <li key={line.id}>
                <Card>
                  <h3 className="text-xl font-bold">{line.title}</h3>
                  <p className="mt-1 text-ink-muted">
                    {line.body.name}
                    {line.isSample ? ` · ${t("sample")}` : null} ·{" "}
                    <Link href={`/resolutions/${line.slug}`}>{t("lines.publicPage")}</Link>
                  </p>
                  {line.texts.length === 0 ? (
                    <p className="mt-3 text-ink-muted">{t("lines.noTexts")}</p>
                  ) : (
                    <Table
                      caption={t("lines.textsCaption", { title: line.title })}
                      compact
                      className="mt-4"
                      columns={[
                        { label: t("lines.session") },
                        { label: t("lines.symbols"), showFrom: "sm" },
                        { label: t("lines.adoption"), showFrom: "md" },
                        { label: t("lines.positions"), className: "text-right" },
                      ]}
                    >
                      <TableBody>
                        {line.texts.map((text) => (
                          <TableRow key={text.id}>
                            <RowHeader>
                              <Link href={`/staff/resolutions/texts/${text.id}`} className="font-semibold">
                                {text.session.label}
                              </Link>
                              <span className="block text-sm text-ink-muted">{text.title}</span>
                            </RowHeader>
                            <TableCell showFrom="sm">
                              {[text.draftSymbol, text.adoptedSymbol].filter(Boolean).join(" · ") || "—"}
                            </TableCell>
                            <TableCell showFrom="md">{tAdoption(text.adoption)}</TableCell>
                            <TableCell className="text-right tabular-nums">{text.positions}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-6 flex flex-col gap-4">
          {lines.length > 0 && sessions.length > 0 ? (
            <TextForm
              summary={t("addText")}
              adoptions={ADOPTION_METHODS}
              lines={lines.map((l) => ({ id: l.id, title: l.title, bodyName: l.body.name }))}
              sessions={sessions}
            />
          ) : null}
          {bodies.length > 0 ? <ResolutionForm summary={t("addLine")} bodies={bodyChoices} /> : null}
        </div>
      </StaffSection>

      <StaffSection id="un-bodies" heading={t("bodies.heading")} intro={t("bodies.intro")}>
        {bodies.length === 0 ? (
          <EmptyState className="mt-4">{t("bodies.empty")}</EmptyState>
        ) : (
          <Table
            caption={t("bodies.caption")}
            compact
            className="mt-4"
            columns={[
              { label: t("bodies.name") },
              { label: t("bodies.kind"), showFrom: "sm" },
              { label: t("bodies.sessions"), className: "text-right" },
              { label: t("bodies.lines"), className: "text-right", showFrom: "sm" },
            ]}
          >
            <TableBody>
              {bodies.map((body) => (
                <TableRow key={body.id}>
                  <RowHeader>
                    <Link href={`/staff/resolutions/bodies/${body.id}`} className="font-semibold">
                      {body.name}
                    </Link>
                    {body.shortName ? <span className="text-ink-muted"> ({body.shortName})</span> : null}
                  </RowHeader>
                  <TableCell showFrom="sm">{tBodyKind(body.kind)}</TableCell>
                  <TableCell className="text-right tabular-nums">{body.sessions}</TableCell>
                  <TableCell showFrom="sm" className="text-right tabular-nums">
                    {body.resolutions}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <div className="mt-6 flex flex-col gap-4">
          {bodies.length > 0 ? (
            <SessionForm summary={t("addSession")} kinds={UN_SESSION_KINDS} bodies={bodyChoices} />
          ) : null}
          <BodyForm summary={t("addBody")} kinds={UN_BODY_KINDS} />
        </div>
      </StaffSection>
    </StaffPage>
  );
}
