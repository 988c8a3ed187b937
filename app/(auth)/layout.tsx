import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** Signing in, signing up and the account: every page here has forms. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
