"use client";

import type { ComponentProps } from "react";
import { Link as LocaleLink } from "@/i18n/client-navigation";

type Connection = { saveData?: boolean; effectiveType?: string };

/**
 * Whether this visitor's browser asks to save data (Save-Data, a data-saver mode) or is
 * on a 2G-class connection. Tor Browser and most non-Chromium browsers report neither,
 * so they prefetch as usual.
 */
export function slowConnection(): boolean {
  if (typeof navigator === "undefined") return false;
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  if (!connection) return false;
  return connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType ?? "");
}

/**
 * Every in-app link: Next's Link in the page's language (i18n/navigation: "/campaigns/x"
 * leads to /ko/campaigns/x from a Korean page), which prefetches each link that scrolls into view,
 * except for visitors on a slow or metered connection, who are not charged for pages
 * they never open (they still navigate in-app, fetching on the click). The markup is
 * the same for everyone; only the browser's decision differs. On a plain page
 * (lib/server/plain-page.ts) it is a plain link: nothing there prefetches.
 */
export function Link({ prefetch, ...props }: ComponentProps<typeof LocaleLink>) {
  return <LocaleLink prefetch={slowConnection() ? false : prefetch} {...props} />;
}
