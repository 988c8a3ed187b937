import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EMBED_FRAME_SCRIPT_PATH } from "@/lib/domain/urls";

/*
 * The widgets other sites frame (the only pages they may: lib/server/security-headers.ts). No site
 * header or footer: each widget is its own small card, linking out to the full record. One
 * small script file (no inline script), which tells the framing page the widget's height
 * when it asks (components/embed/embed-frame.tsx).
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex-1">
      <script src={EMBED_FRAME_SCRIPT_PATH} async />
      {children}
    </main>
  );
}
