import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";

/** Following's pages: the follow form, "check your inbox", and the confirmation button. */
export default async function FollowLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  await routeLocale(params);
  return <FormMessages>{children}</FormMessages>;
}
