import { respondToFollowForm } from "@/lib/actions/following/route";
import { toLocale } from "@/lib/domain/locales";

/*
 * The follow form's POST (components/following/follow-form.tsx, on cached campaign and
 * letter pages), at the address of the page's language. A form posted here from another
 * site is refused by `npm start` before it arrives (lib/server/cross-site-form.ts).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respondToFollowForm(request, { locale: toLocale((await params).locale) });
}
