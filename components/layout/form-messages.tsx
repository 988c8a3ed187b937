import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { formClientMessages } from "@/i18n/client-messages";

/** Around a page with forms: their labels and every refusal they can show, in the browser. */
export async function FormMessages({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return <NextIntlClientProvider messages={formClientMessages(locale)}>{children}</NextIntlClientProvider>;
}
