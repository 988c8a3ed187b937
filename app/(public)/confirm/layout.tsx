import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** The confirmation and withdrawal forms. */
export default function ConfirmLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
