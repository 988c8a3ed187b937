import { respondToFollowForm } from "@/lib/actions/following/route";

/*
 * The follow form's POST (components/following/follow-form.tsx, on cached campaign and
 * letter pages). A form posted here from another site is refused by `npm start` before
 * it arrives (lib/server/cross-site-form.ts).
 */
export async function POST(request: Request) {
  return respondToFollowForm(request);
}
