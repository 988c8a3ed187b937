import type { AwaitingResponse } from "@/db/queries/public-targets";
import { daysLabel, formatPreciseDate, type PreciseDate, precisePeriodStart } from "@/lib/domain/dates";
import { addDays, todayIn } from "@/lib/domain/deadlines";
import { type AtomEntry, type AtomFeed, atomDate, latestUpdated } from "./atom";

/*
 * Every letter still waiting for an answer, across all campaigns, as an Atom feed: the
 * awaiting-response page for feed readers, one entry per letter and target that has not
 * answered, each on that target's clock. An entry appears when a letter is sent, and
 * comes back (with a new title and date) the day it passes its deadline unanswered; it
 * leaves the feed when a response is recorded. Its summary gives the silence in days as
 * of the day the feed was read, in the target's time zone.
 */

/** What the awaiting-response page shows (db/queries/public-targets.ts). */
export type AwaitingFeedInput = Pick<AwaitingResponse, "groups">;

export type AwaitingFeedUrls = {
  feed: string;
  page: string;
  letter: (campaignSlug: string, letterSlug: string) => string;
  campaign: (campaignSlug: string) => string;
};

const day = (date: string): PreciseDate => ({ date, precision: "day" });

export function awaitingFeed(
  input: AwaitingFeedInput,
  urls: AwaitingFeedUrls,
  { now, siteName }: { now: Date; siteName: string },
): AtomFeed {
  const entries: AtomEntry[] = [];
  for (const group of input.groups) {
    const today = formatPreciseDate(day(todayIn(group.target.timeZone, now)));
    for (const letter of group.letters) {
      const { clock } = letter;
      const overdue = clock.state === "overdue";
      const sentOn = precisePeriodStart(letter.sent);
      // Overdue from the day after the deadline: that is when the entry changes.
      const since = overdue ? addDays(clock.deadline, 1) : sentOn;
      // Days from a sending known only to the month or year are about so many, as the pages say.
      const about = clock.approximate ? "about " : "";
      const lines = overdue
        ? [
            `No response for ${about}${daysLabel(clock.daysWithoutResponse)}, counted from sending, as of ${today}.`,
            `Response deadline: ${formatPreciseDate(day(clock.deadline))} (${daysLabel(clock.daysOverdue)} ago).`,
          ]
        : [
            `Sent ${about}${daysLabel(clock.daysSinceSent)} ago, as of ${today}; no response yet.`,
            `Response deadline: ${letter.deadline ? formatPreciseDate(day(letter.deadline)) : "none set"}.`,
          ];
      lines.push(
        `To ${letter.addressee} (${group.target.name}). Sent ${formatPreciseDate(letter.sent)}.`,
        `Campaign: ${letter.campaignTitle}.`,
      );
      if (letter.tallySentence.trim()) lines.push(`Signed by ${letter.tallySentence.trim()}.`);
      if (letter.isSample) lines.push("Sample letter (demo data).");
      const letterUrl = urls.letter(letter.campaignSlug, letter.letterSlug);
      entries.push({
        // A letter to several targets has an entry per target that has not answered.
        id:
          letter.targetCount > 1 ? `${letterUrl}#target-${encodeURIComponent(group.target.slug)}` : letterUrl,
        title: overdue
          ? `Unanswered past its deadline: “${letter.letterTitle}” (${group.target.name})`
          : `Awaiting a response: “${letter.letterTitle}” (${group.target.name})`,
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
        categories: [{ term: clock.state, label: overdue ? "Overdue" : "Awaiting response" }],
        summary: lines.join("\n\n"),
      });
    }
  }
  return {
    id: urls.page,
    title: `${siteName}: letters awaiting a response`,
    subtitle:
      "Every open letter sent to a government or other target that has not been answered yet, across all campaigns, the longest-ignored first.",
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
