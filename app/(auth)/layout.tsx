import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { SiteChrome } from "@/components/layout/site-chrome";

/** Signing in, signing up and the account: every page here has forms. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome>
      <FormMessages>{children}</FormMessages>
    </SiteChrome>
  );
}
