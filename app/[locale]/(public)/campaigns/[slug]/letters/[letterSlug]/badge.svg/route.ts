import { getTranslations } from "next-intl/server";
import { LETTER_STATE_TONE } from "@/components/letter/letter-state";
import { letterStateText } from "@/components/letter/letter-state-text";
import { getLetterPage } from "@/db/queries/public-letters";
import { renderBadgeSvg } from "@/lib/feeds/badge-svg";
import { etagResponse, plainNotFound } from "@/lib/feeds/respond";
import { handlerLocale } from "@/lib/i18n/handler-locale";

/*
 * A letter's state as an SVG badge for READMEs and websites, worded as on the letter's
 * page ("No response for 2,469 days", "Answered 12 March 2020"). Public like the letter:
 * a draft, or a letter in a private campaign, is a 404. Caches may keep it a few minutes;
 * after that they ask again, and an unchanged badge costs them a 304.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; letterSlug: string }> },
) {
  const { slug, letterSlug } = await params;
  const locale = await handlerLocale(params);
  const [page, t, meta] = await Promise.all([
    getLetterPage(slug, letterSlug),
    getTranslations({ locale, namespace: "embed" }),
    getTranslations({ locale, namespace: "meta" }),
  ]);
  if (!page) return plainNotFound(t("badgeMissing"));
  const { letter } = page;
  const state = await letterStateText(letter.clock, letter.targetCounts, locale);
  const svg = renderBadgeSvg({
    label: meta("siteName"),
    message: state,
    tone: LETTER_STATE_TONE[letter.clock.state],
    title: t("badgeTitle", { letter: letter.title, state, site: meta("siteName") }),
    language: locale,
  });
  return etagResponse(request, svg, {
    contentType: "image/svg+xml; charset=utf-8",
    cacheControl: "public, max-age=300",
  });
}
