import { getTranslations } from "next-intl/server";
import { LETTER_STATE_TONE } from "@/components/letter/letter-state";
import { letterStateText } from "@/components/letter/letter-state-text";
import { shareCardResponse } from "@/components/share/share-card";
import { getLetterPage } from "@/db/queries/public-letters";
import { handlerLocale } from "@/lib/i18n/handler-locale";
import { formatTally } from "@/lib/i18n/tally";

/*
 * The letter's share card (og:image of its pages: sharedPageMetadata): its state as its
 * page words it, the day count while it goes unanswered, and its tally. Drawn on request
 * from the letter page's cached data.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; letterSlug: string }> },
) {
  const { slug, letterSlug } = await params;
  const page = await getLetterPage(slug, letterSlug);
  if (!page) return new Response(null, { status: 404 });
  const { letter } = page;
  const locale = await handlerLocale(params);
  const [t, tMeta, state] = await Promise.all([
    getTranslations({ locale, namespace: "share" }),
    getTranslations({ locale, namespace: "meta" }),
    letterStateText(letter.clock, letter.targetCounts, locale),
  ]);
  const { clock } = letter;
  return shareCardResponse({
    siteName: tMeta("siteName"),
    eyebrow: t("letterEyebrow", { addressee: letter.addressee }),
    title: letter.title,
    status: state,
    tone: LETTER_STATE_TONE[clock.state],
    detail: formatTally(letter.tally, locale),
    figure:
      clock.state === "overdue"
        ? {
            value: t("days", { days: clock.daysWithoutResponse }),
            caption: t("daysCaption", {
              days: clock.daysWithoutResponse,
              approximate: clock.approximate ? "yes" : "no",
            }),
          }
        : undefined,
  });
}
