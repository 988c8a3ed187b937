import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** Asking for a link, withdrawing and asking for erasure: forms with their messages. */
export default function YourDataLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
