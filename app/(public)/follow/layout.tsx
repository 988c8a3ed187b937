import type { ReactNode } from "react";
import { FormMessages } from "@/components/layout/form-messages";

/** Following's pages: the follow form, "check your inbox", and the confirmation button. */
export default function FollowLayout({ children }: { children: ReactNode }) {
  return <FormMessages>{children}</FormMessages>;
}
