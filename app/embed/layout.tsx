import type { Metadata } from "next";
import type { ReactNode } from "react";

/*
 * The widgets other sites frame (the only pages they may: lib/server/security-headers.ts). No site
 * header or footer: each widget is its own small card, linking out to the full record.
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex-1">
      {children}
    </main>
  );
}
