import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import { letterSignPath } from "@/lib/domain/urls";
import { formatWindowInstant, signingWindow, windowClosedText } from "./signing-window";

/**
 * The letter page's way in to signing: a button to the sign page while the letter takes
 * signatures, or why it does not. The same for every visitor, so the page stays cached;
 * who is signed in matters only on the sign page.
 */
export async function SignCallToAction({
  letter,
  className = "",
}: {
  letter: LetterSummary;
  className?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("signing.cta"), getLocale()]);
  const signing = signingWindow(letter);
  const when = (at: Date) => formatWindowInstant(at, letter.target.timeZone, locale);

  if (signing.state !== "open") {
    return (
      <p className={`flex items-start gap-2 text-ink-muted ${className}`.trim()}>
        <span aria-hidden="true" className="mt-2 inline-block size-2 shrink-0 rounded-full bg-line-strong" />
        <span>{windowClosedText(t, signing, letter.target.timeZone, locale)}</span>
      </p>
    );
  }

  return (
    <section
      aria-label={t("label")}
      className={`flex flex-col gap-4 rounded-lg border border-accent/40 bg-accent-soft px-5 py-5 sm:flex-row sm:items-center sm:justify-between sm:px-6 ${className}`.trim()}
    >
      <div className="text-ink">
        <p className="font-semibold">{t(`who.${letter.whoCanSign}`)}</p>
        {signing.closesAt ? (
          <p className="text-ink-muted">{t("closes", { date: when(signing.closesAt) })}</p>
        ) : null}
      </div>
      <Link
        href={letterSignPath(letter.campaignSlug, letter.slug)}
        className={buttonClasses("primary", "shrink-0 px-6 text-lg")}
      >
        {t("button")}
        <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
