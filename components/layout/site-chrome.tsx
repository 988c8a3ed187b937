import type { ReactNode } from "react";
import { PlainAccountSlot } from "@/components/layout/account-controls";
import { LanguageLink } from "@/components/layout/language-link";
import { PlainPageScript } from "@/components/layout/plain-page-script";
import { SiteFrame } from "@/components/layout/site-frame";
import { UserMenu } from "@/components/layout/user-menu";
import { Link } from "@/components/ui/link";

/**
 * The site around a page: the skip link, header, main region and footer, with in-app
 * links, the account menu and the language control. Every page has it (the route groups'
 * layouts and the 404 page put it there) except the embeds, which other sites frame and
 * which show only themselves.
 *
 * `plain`: the page is plain HTML (lib/server/plain-page.ts), its account slot filled by
 * public/enhance.js; otherwise React runs it, the account slot is UserMenu's.
 */
export function SiteChrome({ children, plain = false }: { children: ReactNode; plain?: boolean }) {
  return (
    <SiteFrame
      anchor={Link}
      account={plain ? <PlainAccountSlot /> : <UserMenu />}
      language={(props) => <LanguageLink {...props} />}
    >
      {children}
      {plain ? <PlainPageScript /> : null}
    </SiteFrame>
  );
}
