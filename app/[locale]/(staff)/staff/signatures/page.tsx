import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  BULK_FORM_ID,
  BulkModerationForm,
  RowDecision,
} from "@/components/staff/signatures/moderation-forms";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { run } from "@/db/queries/run";
import { listPendingSignatures } from "@/db/queries/signature-moderation";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";
import { letterPath } from "@/lib/domain/urls";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("signing.moderation");
  return { title: t("title") };
}

/** The approval queue: each signature decided on its own, or the ticked ones together. */
export default async function StaffSignaturesPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("signature.moderate", "/staff/signatures");
  const [t, { entries, total }] = await Promise.all([getTranslations("signing"), run(listPendingSignatures)]);

  return (
    <StaffPage>
      <StaffPageHeader title={t("moderation.title")} intro={t("moderation.intro")} />
      {/* With nothing waiting, the empty box below says so once. */}
      {total > 0 ? (
        <p className="mt-4 font-semibold" role="status">
          {t("moderation.count", { total })}
          {entries.length < total ? ` ${t("moderation.showing", { shown: entries.length, total })}` : null}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <EmptyState compact status className="mt-8">
          {t("moderation.empty")}
        </EmptyState>
      ) : (
        <>
          <Table
            caption={t("moderation.caption")}
            minWidth="min-w-[48rem]"
            className="mt-6"
            columns={[
              { label: t("moderation.select") },
              { label: t("moderation.signatory") },
              { label: t("moderation.letter") },
              { label: t("moderation.signals") },
              { label: t("moderation.actions") },
            ]}
          >
            <TableBody>
              {entries.map((s) => {
                const frozen = signatoriesFrozen(s.letter.status);
                const checkboxId = `select-${s.id}`;
                return (
                  <TableRow key={s.id}>
                    <TableCell>
                      <input
                        id={checkboxId}
                        type="checkbox"
                        name="ids"
                        value={s.id}
                        form={BULK_FORM_ID}
                        className="size-5"
                      />
                      <label htmlFor={checkboxId} className="sr-only">
                        {t("moderation.selectRow", { name: s.displayName })}
                      </label>
                    </TableCell>
                    <RowHeader>
                      <span className="block font-semibold break-words text-ink">{s.displayName}</span>
                      <span className="block text-sm text-ink-muted">
                        {t(`kind.${s.kind}`)} · {t(`visibility.${s.visibility}`)}
                      </span>
                      {s.titleAffiliation ? (
                        <span className="block text-sm">{s.titleAffiliation}</span>
                      ) : null}
                      {s.country ? <span className="block text-sm">{s.country}</span> : null}
                      {s.email ? (
                        <span className="block text-sm break-all text-ink-muted">{s.email}</span>
                      ) : null}
                      <span className="block text-sm text-ink-muted">
                        {t("moderation.confirmedAt", { at: s.confirmedAt })}
                      </span>
                    </RowHeader>
                    <TableCell>
                      <Link href={letterPath(s.letter.campaignSlug, s.letter.letterSlug)}>
                        {s.letter.title}
                      </Link>
                      {frozen ? (
                        <span className="mt-1 block">
                          <StatusBadge tone="warning">{t("moderation.letterSent")}</StatusBadge>
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <ul className="flex flex-col gap-1">
                        {s.flags.length === 0 ? (
                          <li>
                            <StatusBadge tone="neutral">{t("moderation.letterRule")}</StatusBadge>
                          </li>
                        ) : (
                          s.flags.map((flag) => (
                            <li key={flag}>
                              <StatusBadge tone="warning">
                                {t.has(`flags.${flag}`) ? t(`flags.${flag}`) : flag}
                              </StatusBadge>
                            </li>
                          ))
                        )}
                      </ul>
                    </TableCell>
                    <TableCell>
                      <RowDecision id={s.id} name={s.displayName} canApprove={!frozen} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <BulkModerationForm />
        </>
      )}
    </StaffPage>
  );
}
