import { forbidden } from "next/navigation";

/*
 * Where the server sends a form post from another site (lib/server/foreign-origin.ts):
 * nothing runs, and the visitor gets the site's 403 page (app/forbidden.tsx).
 */
export const dynamic = "force-dynamic";

export default function Refused() {
  forbidden();
}
