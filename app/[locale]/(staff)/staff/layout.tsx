import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { StaffNav } from "@/components/layout/staff-nav";
import { staffClientMessages } from "@/i18n/client-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

/** Every staff page shares the section nav; each page still checks its own permission. */
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  const locale = await routeLocale(params);
  const user = await requirePermission("staff.access", "/staff");
  return (
    <SiteChrome>
      <NextIntlClientProvider messages={staffClientMessages(locale)}>
        <StaffNav user={user} />
        {children}
      </NextIntlClientProvider>
    </SiteChrome>
  );
}
