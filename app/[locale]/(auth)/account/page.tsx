import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LettersToSign } from "@/components/account/letters-to-sign";
import { AccountFollows } from "@/components/following/account-follows";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { listFollowableCampaigns, listSubscriptions } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import { listLettersToSign } from "@/db/queries/signing";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requireUser } from "@/lib/auth/session";
import { can, organisationsWhere } from "@/lib/domain/permissions";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("account");
  return { title: t("title") };
}

const detailRow = "flex flex-col gap-0.5 sm:grid sm:grid-cols-[10rem_1fr] sm:items-baseline sm:gap-6";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ params, searchParams }: Props & { params: LocaleParams }) {
  await routeLocale(params);
  const user = await requireUser("/account");
  const { password } = await searchParams;
  const signerOf = new Set(organisationsWhere(user, "org.sign"));
  const signingFor = user.organisations.filter((o) => signerOf.has(o.organisationId));
  const [t, toSign, subscriptions, followable] = await Promise.all([
    getTranslations(),
    run(listLettersToSign, { organisationIds: signingFor.map((o) => o.organisationId) }),
    run(listSubscriptions, { email: user.email }),
    run(listFollowableCampaigns),
  ]);
  const roleLabel = t(`roles.site.${user.role}`);

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold">{t("account.title")}</h1>

      {signingFor.length > 0 ? (
        <LettersToSign
          letters={toSign}
          organisationNames={new Map(signingFor.map((o) => [o.organisationId, o.name]))}
        />
      ) : null}

      <Card as="section" className="mt-8">
        <h2 className="text-2xl font-bold">{t("account.details")}</h2>
        <dl className="mt-4 flex flex-col gap-4 sm:gap-3">
          <div className={detailRow}>
            <dt className="font-semibold text-ink-muted">{t("account.name")}</dt>
            <dd className="break-words">
              {user.name ?? <span className="text-ink-muted">{t("account.noName")}</span>}
            </dd>
          </div>
          <div className={detailRow}>
            <dt className="font-semibold text-ink-muted">{t("account.email")}</dt>
            <dd className="break-all">{user.email}</dd>
          </div>
          <div className={detailRow}>
            <dt className="font-semibold text-ink-muted">{t("account.roleLabel")}</dt>
            <dd>
              <StatusBadge tone={user.role === "member" ? "neutral" : "info"}>{roleLabel}</StatusBadge>
            </dd>
          </div>
        </dl>
        {can(user, "staff.access") ? (
          <p className="mt-6">
            <Link href="/staff">{t("account.staffLink")}</Link>
          </p>
        ) : null}
      </Card>

      <Card as="section" className="mt-6" labelledBy="following-heading">
        <h2 id="following-heading" className="text-2xl font-bold">
          {t("following.account.heading")}
        </h2>
        <AccountFollows email={user.email} follows={subscriptions.follows} campaigns={followable} />
      </Card>

      <Card as="section" className="mt-6" labelledBy="change-password-heading">
        <h2 id="change-password-heading" className="text-2xl font-bold">
          {t("account.password.heading")}
        </h2>
        <p className="mt-2 text-ink-muted">{t("account.password.intro")}</p>
        <ChangePasswordForm passwordMinLength={PASSWORD_MIN_LENGTH} changed={password === "changed"} />
      </Card>

      <Card as="section" className="mt-6">
        <h2 className="text-2xl font-bold">{t("account.organisations")}</h2>
        {user.organisations.length === 0 ? (
          <p className="mt-3 text-ink-muted">{t("account.noOrganisations")}</p>
        ) : (
          <>
            <p className="mt-2 text-ink-muted">{t("account.organisationsIntro")}</p>
            <ul className="mt-4 divide-y divide-line border-y border-line">
              {user.organisations.map((org) => (
                <li
                  key={org.organisationId}
                  className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
                >
                  <span className="font-semibold">{org.name}</span>
                  <span className="text-ink-muted">
                    {t("account.organisationRole", { role: t(`roles.org.${org.role}`) })}
                  </span>
                </li>
              ))}
            </ul>
            {organisationsWhere(user, "org.sign").length > 0 ? (
              <p className="mt-4">
                <Link href="/account/signatures">{t("signing.account.link")}</Link>
              </p>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
