import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** The unsubscribe button's page. */
export default async function UnsubscribeLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <FormMessages>{children}</FormMessages>;
}
