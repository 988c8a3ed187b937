import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { peekAccountToken } from "@/db/queries/accounts";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { ACCOUNT_TOKEN_REFUSALS, hashToken, TOKEN_PATTERN } from "@/lib/domain/tokens";
import { FORGOT_PASSWORD_PATH } from "@/lib/domain/urls";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

/*
 * The page a reset e-mail's link opens. Opening it changes nothing; the form POSTs the
 * new password with the token. The token is in the address: no Referer, not indexed.
 */

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("auth.reset");
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Props = { params: LocaleParams<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  await routeLocale(params);
  await connection();
  const { token } = await params;
  const [t, state] = await Promise.all([
    getTranslations(),
    TOKEN_PATTERN.test(token)
      ? run(peekAccountToken, { tokenHash: hashToken(token), purpose: "reset_password" })
      : ("tokenInvalid" as const),
  ]);
  return (
    <AuthPage title={t("auth.reset.title")} intro={t("auth.reset.intro")}>
      {state === "ready" ? (
        <ResetPasswordForm token={token} passwordMinLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <div className="flex flex-col gap-4">
          <Alert tone="error">{t(ACCOUNT_TOKEN_REFUSALS[state])}</Alert>
          <p>
            <Link href={FORGOT_PASSWORD_PATH}>{t("auth.reset.again")}</Link>
          </p>
        </div>
      )}
    </AuthPage>
  );
}
