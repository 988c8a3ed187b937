import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** The signing forms. */
export default async function SignLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <FormMessages>{children}</FormMessages>;
}
