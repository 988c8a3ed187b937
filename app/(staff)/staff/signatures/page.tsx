import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StaffPage } from "@/components/staff/staff-page";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db";
import { listPendingSignatures } from "@/db/queries/signing";
import { requirePermission } from "@/lib/auth/session";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";
import { BULK_FORM_ID, BulkModerationForm, RowDecision } from "./_components/moderation-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signing.moderation");
  return { title: t("title") };
}

/** The approval queue: each signature decided on its own, or the ticked ones together. */
export default async function StaffSignaturesPage() {
  await requirePermission("signature.moderate", "/staff/signatures");
  const [t, { entries, total }] = await Promise.all([
    getTranslations("signing"),
    listPendingSignatures(getDb()),
  ]);

  return (
    <StaffPage>
      <h1 className="text-4xl font-bold">{t("moderation.title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t("moderation.intro")}</p>
      {/* With nothing waiting, the empty box below says so once. */}
      {total > 0 ? (
        <p className="mt-4 font-semibold" role="status">
          {t("moderation.count", { total })}
          {entries.length < total ? ` ${t("moderation.showing", { shown: entries.length, total })}` : null}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <p
          className="mt-8 rounded-lg border border-dashed border-line-strong px-4 py-3 text-ink-muted"
          role="status"
        >
          {t("moderation.empty")}
        </p>
      ) : (
        <>
          <div className="mt-6 overflow-x-auto rounded-lg border border-line bg-surface">
            <table className="w-full min-w-[48rem] border-collapse text-left">
              <caption className="sr-only">{t("moderation.caption")}</caption>
              <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
                <tr>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    {t("moderation.select")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    {t("moderation.signatory")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    {t("moderation.letter")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    {t("moderation.signals")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    {t("moderation.actions")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {entries.map((s) => {
                  const frozen = signatoriesFrozen(s.letter.status);
                  const checkboxId = `select-${s.id}`;
                  return (
                    <tr key={s.id} className="align-top">
                      <td className="px-3 py-4">
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
                      </td>
                      <th scope="row" className="px-3 py-4 text-left font-normal">
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
                      </th>
                      <td className="px-3 py-4">
                        <Link href={`/campaigns/${s.letter.campaignSlug}/letters/${s.letter.letterSlug}`}>
                          {s.letter.title}
                        </Link>
                        {frozen ? (
                          <span className="mt-1 block">
                            <StatusBadge tone="warning">{t("moderation.letterSent")}</StatusBadge>
                          </span>
                        ) : null}
                      </td>
                      <td className="px-3 py-4">
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
                      </td>
                      <td className="px-3 py-4">
                        <RowDecision id={s.id} name={s.displayName} canApprove={!frozen} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <BulkModerationForm />
        </>
      )}
    </StaffPage>
  );
}
