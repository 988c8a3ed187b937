import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

/** The public site's pages, inside the site's header and footer. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
