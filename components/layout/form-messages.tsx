import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { formClientMessages } from "@/i18n/client-messages";

/** Around a page with forms: their labels and every refusal they can show, in the browser. */
export function FormMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={formClientMessages}>{children}</NextIntlClientProvider>;
}
