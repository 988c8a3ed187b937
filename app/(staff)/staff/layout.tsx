import type { ReactNode } from "react";
import { StaffNav } from "@/components/layout/staff-nav";
import { requirePermission } from "@/lib/auth/session";

/** Every staff page shares the section nav; each page still checks its own permission. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("staff.access", "/staff");
  return (
    <>
      <StaffNav user={user} />
      {children}
    </>
  );
}
