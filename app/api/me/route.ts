import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";

/** Who is signed in, for the header's account menu; public pages stay cacheable. */
export async function GET() {
  const user = await getCurrentUser();
  const body = user
    ? { signedIn: true, name: user.name, staff: can(user, "staff.access") }
    : { signedIn: false };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
