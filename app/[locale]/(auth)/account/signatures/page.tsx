import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WithdrawForm } from "@/components/signing/withdraw-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { run } from "@/db/queries/run";
import { listOrganisationSignatures, type OrganisationSignatureEntry } from "@/db/queries/signing";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requireUser } from "@/lib/auth/session";
import { can, organisationsWhere } from "@/lib/domain/permissions";
import { letterPath } from "@/lib/domain/urls";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("signing.account");
  return { title: t("title") };
}

const TONES: Record<OrganisationSignatureEntry["status"], StatusTone> = {
  pending: "warning",
  confirmed: "success",
  rejected: "danger",
  withdrawn: "neutral",
};

/** "My organisation's signatures": every letter each of the user's organisations signed. */
export default async function AccountSignaturesPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  const user = await requireUser("/account/signatures");
  const signerOf = new Set(organisationsWhere(user, "org.sign"));
  const orgs = user.organisations.filter((o) => signerOf.has(o.organisationId));
  const [t, entries] = await Promise.all([
    getTranslations("signing"),
    run(listOrganisationSignatures, { organisationIds: orgs.map((o) => o.organisationId) }),
  ]);

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      <p>
        <Link href="/account">
          <span aria-hidden="true">← </span>
          {t("account.back")}
        </Link>
      </p>
      <h1 className="mt-4 text-4xl font-bold">{t("account.title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t("account.intro")}</p>

      {orgs.length === 0 ? <p className="mt-8 text-ink-muted">{t("account.noOrganisations")}</p> : null}

      {orgs.map((org) => {
        const own = entries.filter((e) => e.organisationId === org.organisationId);
        const mayWithdraw = can(user, "org.withdraw", { organisationId: org.organisationId });
        return (
          <Card as="section" key={org.organisationId} className="mt-8">
            <h2 className="text-2xl font-bold">{org.name}</h2>
            {own.length === 0 ? (
              <p className="mt-3 text-ink-muted">{t("account.empty", { organisation: org.name })}</p>
            ) : (
              // On a phone each signature's cells stack; from sm up they are a table.
              <div className="relative mt-4">
                <table className="w-full border-collapse text-left">
                  <caption className="sr-only">{t("account.caption", { organisation: org.name })}</caption>
                  <thead className="hidden border-b border-line text-sm text-ink-muted sm:table-header-group">
                    <tr>
                      <th scope="col" className="py-2 pr-3 font-semibold">
                        {t("account.letter")}
                      </th>
                      <th scope="col" className="py-2 pr-3 font-semibold">
                        {t("account.signature")}
                      </th>
                      <th scope="col" className="py-2 font-semibold">
                        <span className="sr-only">{t("account.withdraw")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className="block divide-y divide-line sm:table-row-group">
                    {own.map((s) => {
                      const live = s.status === "pending" || s.status === "confirmed";
                      return (
                        <tr key={s.signatureId} className="block py-3 align-top sm:table-row sm:py-0">
                          <th scope="row" className="block pr-3 text-left font-normal sm:table-cell sm:py-3">
                            <Link
                              href={letterPath(s.letter.campaignSlug, s.letter.letterSlug)}
                              className="font-semibold"
                            >
                              {s.letter.title}
                            </Link>
                            <span className="block text-sm text-ink-muted">
                              {t(`account.letterStatus.${s.letter.status}`)}
                            </span>
                          </th>
                          <td className="block pt-2 pr-3 sm:table-cell sm:py-3">
                            <span className="flex flex-wrap gap-2">
                              <StatusBadge tone={TONES[s.status]}>{t(`status.${s.status}`)}</StatusBadge>
                              <StatusBadge tone="neutral">{t(`visibility.${s.visibility}`)}</StatusBadge>
                            </span>
                            <span className="mt-1 block text-sm text-ink-muted">
                              {s.signedBy
                                ? t("account.signedBy", { name: s.signedBy, at: s.signedAt })
                                : t("account.signedOn", { at: s.signedAt })}
                            </span>
                            {s.withdrawnAt ? (
                              <span className="block text-sm text-ink-muted">
                                {t("account.withdrawnOn", { at: s.withdrawnAt })}
                              </span>
                            ) : null}
                            {s.rejectionReason ? (
                              <span className="block text-sm text-ink-muted">
                                {t("account.reason", { reason: s.rejectionReason })}
                              </span>
                            ) : null}
                          </td>
                          <td className="block pt-2 sm:table-cell sm:py-3">
                            {s.canWithdraw && mayWithdraw ? (
                              <WithdrawForm
                                signatureId={s.signatureId}
                                organisationId={s.organisationId}
                                organisation={org.name}
                                letter={s.letter.title}
                              />
                            ) : live ? (
                              <span className="text-sm text-ink-muted">{t("account.frozen")}</span>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        );
      })}
    </div>
  );
}
