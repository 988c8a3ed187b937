import { localePath, toLocale } from "@/lib/domain/locales";
import { regionalGroupFromSegment, resolutionGroupPath, resolutionPath } from "@/lib/domain/urls";

/*
 * Where the regional-group filter's GET form lands (?group=weog): a redirect to the
 * group's own page, or to the whole matrix for "all states" or a group that does not
 * exist. Without JavaScript the filter still works, and every view it leads to is a page
 * the page cache can keep; a page reading ?group= itself could not be cached.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  const group = regionalGroupFromSegment(new URL(request.url).searchParams.get("group") ?? "");
  // In the language of the page the form was on.
  const location = localePath(
    toLocale(locale),
    group ? resolutionGroupPath(slug, group) : resolutionPath(slug),
  );
  // A relative Location: the browser resolves it against the address it asked for, behind any proxy.
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
