import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { SiteChrome } from "@/components/layout/site-chrome";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** Signing in, signing up and the account: every page here has forms. */
export default async function AuthLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return (
    <SiteChrome>
      <FormMessages>{children}</FormMessages>
    </SiteChrome>
  );
}
