import type { ReactNode } from "react";
import { LanguageLink } from "@/components/layout/language-link";
import { SiteFrame } from "@/components/layout/site-frame";
import { UserMenu } from "@/components/layout/user-menu";
import { Link } from "@/components/ui/link";

/**
 * The site around a page: the skip link, header, main region and footer, with in-app
 * links, the account menu and the language control. Every page has it (the route groups'
 * layouts and the 404 page put it there) except the embeds, which other sites frame and
 * which show only themselves.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <SiteFrame anchor={Link} account={<UserMenu />} language={(props) => <LanguageLink {...props} />}>
      {children}
    </SiteFrame>
  );
}
