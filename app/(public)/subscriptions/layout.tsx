import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** Asking for the manage link, and the page it opens. */
export default function SubscriptionsLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
