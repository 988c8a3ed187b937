import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PlainPageScript } from "@/components/layout/plain-page-script";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { EMBED_FRAME_SCRIPT_PATH } from "@/lib/domain/urls";

/*
 * The widgets other sites frame (the only pages they may: lib/server/security-headers.ts). No site
 * header or footer: each widget is its own small card, linking out to the full record. One
 * small script file and no other (a plain page: lib/server/plain-page.ts), which tells the
 * framing page the widget's height when it asks (components/embed/embed-frame.tsx).
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function EmbedLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return (
    <main id="main" className="flex-1">
      <PlainPageScript src={EMBED_FRAME_SCRIPT_PATH} />
      {children}
    </main>
  );
}
