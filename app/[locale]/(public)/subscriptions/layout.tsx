import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** Asking for the manage link, and the page it opens. */
export default async function SubscriptionsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <FormMessages>{children}</FormMessages>;
}
