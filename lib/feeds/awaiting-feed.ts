import type { AwaitingResponse } from "@/db/queries/public-targets";
import { precisePeriodStart } from "@/lib/domain/dates";
import { addDays, todayIn } from "@/lib/domain/deadlines";
import type { Locale } from "@/lib/domain/locales";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { formatTally } from "@/lib/i18n/tally";
import { type AtomEntry, type AtomFeed, atomDate, latestUpdated } from "./atom";

/*
 * Every letter still waiting for an answer, across all campaigns, as an Atom feed: the
 * awaiting-response page for feed readers, one entry per letter and target that has not
 * answered, each on that target's clock. An entry appears when a letter is sent, and
 * comes back (with a new title and date) the day it passes its deadline unanswered; it
 * leaves the feed when a response is recorded. Its summary gives the silence in days as
 * of the day the feed was read, in the target's time zone. Written in the language of its
 * address (awaitingPage.feed in the catalog), with links to that language's pages.
 */

/** What the awaiting-response page shows (db/queries/public-targets.ts). */
export type AwaitingFeedInput = Pick<AwaitingResponse, "groups">;

export type AwaitingFeedUrls = {
  feed: string;
  page: string;
  letter: (campaignSlug: string, letterSlug: string) => string;
  campaign: (campaignSlug: string) => string;
};

export function awaitingFeed(
  input: AwaitingFeedInput,
  urls: AwaitingFeedUrls,
  { now, locale }: { now: Date; locale: Locale },
): AtomFeed {
  const t = catalogTranslator({ locale, namespace: "awaitingPage" });
  const siteName = siteNameIn(locale);
  const day = (date: string) => formatDay(date, locale);
  const entries: AtomEntry[] = [];
  for (const group of input.groups) {
    const today = day(todayIn(group.target.timeZone, now));
    const target = group.target.name;
    for (const letter of group.letters) {
      const { clock } = letter;
      const overdue = clock.state === "overdue";
      const sentOn = precisePeriodStart(letter.sent);
      // Overdue from the day after the deadline: that is when the entry changes.
      const since = overdue ? addDays(clock.deadline, 1) : sentOn;
      // Days from a sending known only to the month or year are about so many, as the pages say.
      const approximate = clock.approximate ? "yes" : "no";
      const lines = overdue
        ? [
            t("feed.overdueSilence", { approximate, days: clock.daysWithoutResponse, today }),
            t("feed.overdueDeadline", { deadline: day(clock.deadline), days: clock.daysOverdue }),
          ]
        : [
            t("feed.awaitingSince", { approximate, days: clock.daysSinceSent, today }),
            t("feed.awaitingDeadline", {
              hasDeadline: letter.deadline ? "yes" : "no",
              deadline: letter.deadline ? day(letter.deadline) : "",
            }),
          ];
      lines.push(
        t("feed.addressee", {
          addressee: letter.addressee,
          target,
          sent: formatPreciseDate(letter.sent, locale),
        }),
        t("feed.campaign", { campaign: letter.campaignTitle }),
      );
      if (letter.tally.organisations + letter.tally.individuals > 0)
        lines.push(t("feed.signedBy", { tally: formatTally(letter.tally, locale) }));
      if (letter.isSample) lines.push(t("feed.sample"));
      const letterUrl = urls.letter(letter.campaignSlug, letter.letterSlug);
      entries.push({
        // A letter to several targets has an entry per target that has not answered.
        id:
          letter.targetCount > 1 ? `${letterUrl}#target-${encodeURIComponent(group.target.slug)}` : letterUrl,
        title: t(overdue ? "feed.overdueTitle" : "feed.awaitingTitle", {
          letter: letter.letterTitle,
          target,
        }),
        published: atomDate(sentOn),
        updated: atomDate(since),
        links: [
          { rel: "alternate", type: "text/html", href: letterUrl },
          {
            rel: "related",
            type: "text/html",
            href: urls.campaign(letter.campaignSlug),
            title: letter.campaignTitle,
          },
        ],
        categories: [
          { term: clock.state, label: t(overdue ? "feed.overdueCategory" : "feed.awaitingCategory") },
        ],
        summary: lines.join("\n\n"),
      });
    }
  }
  return {
    id: urls.page,
    title: t("feed.title", { site: siteName }),
    subtitle: t("metaDescription"),
    language: locale,
    // Every entry counts its days as of today, so the feed's text changes daily: its
    // `updated` says so, while each entry keeps the day it became news.
    // (An entry's day in a zone ahead of UTC may already be tomorrow there.)
    updated: latestUpdated(entries, atomDate(todayIn("UTC", now)), { atLeastFallback: true }),
    authorName: siteName,
    links: [
      { rel: "self", type: "application/atom+xml", href: urls.feed },
      { rel: "alternate", type: "text/html", href: urls.page },
    ],
    entries,
  };
}
