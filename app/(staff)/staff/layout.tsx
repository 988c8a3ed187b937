import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { StaffNav } from "@/components/layout/staff-nav";
import { staffClientMessages } from "@/i18n/client-messages";
import { requirePermission } from "@/lib/auth/session";

/** Every staff page shares the section nav; each page still checks its own permission. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("staff.access", "/staff");
  return (
    <SiteChrome>
      <NextIntlClientProvider messages={staffClientMessages}>
        <StaffNav user={user} />
        {children}
      </NextIntlClientProvider>
    </SiteChrome>
  );
}
