import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** The signing forms. */
export default function SignLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
