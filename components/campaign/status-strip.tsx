import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AskDecision } from "@/components/campaign/ask-decision";
import { CampaignStatusBadge } from "@/components/campaign/campaign-status-badge";
import { dayTag } from "@/components/organisation/precise-time";
import { signingWindow } from "@/components/signing/signing-window";
import { Icon } from "@/components/timeline/icon";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { CampaignStatusStrip } from "@/db/queries/public-campaigns";
import { letterPath, letterSignPath } from "@/lib/domain/urls";
import { formatDay } from "@/lib/i18n/dates";

/*
 * A campaign's state in a few lines, before any summary: the letters left unanswered past
 * their deadline, the next decision point, and the letters open for signing. Its links sit
 * above a card's whole-card link (relative z-10), so each opens what it names.
 */

const row = "flex items-start gap-2.5";

/** Where a campaign stands, for its home card and the top of its page. */
export async function StatusStrip({
  campaignSlug,
  strip,
  className = "",
  children,
}: {
  campaignSlug: string;
  strip: CampaignStatusStrip;
  className?: string;
  /** Badges beside the state's: "Sample data". */
  children?: ReactNode;
}) {
  const [t, tState, tTimeline, locale] = await Promise.all([
    getTranslations("statusStrip"),
    getTranslations("letterState"),
    getTranslations("timeline"),
    getLocale(),
  ]);
  const next = strip.nextDecision;
  return (
    <section aria-label={t("label")} className={`flex flex-col gap-3 ${className}`.trim()}>
      <p className="flex flex-wrap items-center gap-2">
        <CampaignStatusBadge status={strip.status} />
        {children}
      </p>
      {strip.overdueLetters.length > 0 ? (
        <ul className="flex flex-col gap-2 rounded-md border-l-4 border-danger bg-danger-soft px-3 py-2.5 sm:px-4">
          {strip.overdueLetters.map((letter) => (
            <li key={letter.slug} className={row}>
              <Icon name="non_response" className="mt-0.5 size-5 text-danger" />
              <div className="min-w-0">
                <p className="flex flex-wrap gap-x-2">
                  <strong className="text-danger">
                    {tState("overdue", {
                      days: letter.daysWithoutResponse,
                      approximate: letter.approximate ? "yes" : "no",
                    })}
                  </strong>
                  <span aria-hidden="true" className="hidden text-ink-muted sm:inline">
                    ·
                  </span>
                  <span className="text-ink">
                    {t.rich("deadline", {
                      date: formatDay(letter.deadline, locale),
                      time: dayTag(letter.deadline),
                    })}
                  </span>
                </p>
                <LetterTitleLink campaignSlug={campaignSlug} letter={letter} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {next ? (
        <p className={row}>
          <Icon name="ask_decision" className="mt-0.5 size-5 text-accent-strong" />
          <span className="min-w-0">
            <strong className="font-semibold">{t("nextDecision")}</strong>{" "}
            <AskDecision decision={next.decision} session={next.session} />
            {next.countdownDays !== null
              ? ` (${tTimeline("countdown", { days: next.countdownDays })})`
              : null}
            <span className="block text-ink-muted">{next.title}</span>
          </span>
        </p>
      ) : null}
      {strip.collectingLetters.map((letter) => {
        const open = signingWindow(letter).state === "open";
        return (
          <div key={letter.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {open ? (
              <Link
                href={letterSignPath(campaignSlug, letter.slug)}
                className={buttonClasses("primary", "relative z-10")}
              >
                <Icon name="letter_opened" className="size-4" />
                {t("sign", { count: letter.signed })}
                <span className="sr-only"> — {letter.title}</span>
              </Link>
            ) : (
              <strong className="font-semibold">{t("collecting", { count: letter.signed })}</strong>
            )}
            <LetterTitleLink campaignSlug={campaignSlug} letter={letter} className="min-w-0 text-sm" />
          </div>
        );
      })}
    </section>
  );
}

/** A letter's title linking to its page, above the card's own link (the card is a link as a whole on home). */
function LetterTitleLink({
  campaignSlug,
  letter,
  className = "",
}: {
  campaignSlug: string;
  letter: { slug: string; title: string };
  className?: string;
}) {
  return (
    <Link
      href={letterPath(campaignSlug, letter.slug)}
      className={`relative z-10 text-ink hover:text-accent-strong ${className}`.trim()}
    >
      {letter.title}
    </Link>
  );
}
