import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** Asking for a link, withdrawing and asking for erasure: forms with their messages. */
export default async function YourDataLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <FormMessages>{children}</FormMessages>;
}
