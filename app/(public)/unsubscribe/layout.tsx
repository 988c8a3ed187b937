import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** The unsubscribe button's page. */
export default function UnsubscribeLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
