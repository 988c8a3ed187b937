import { precisePeriodStart } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locales";
import type { TimelineEntry } from "@/lib/domain/timeline";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { type AtomEntry, type AtomFeed, atomDate, latestUpdated } from "./atom";

/*
 * A campaign's timeline as an Atom feed, for journalists and partners who follow it in
 * a reader: what has happened (upcoming decision points are left out until they come),
 * newest first, each entry with its date as precisely as it is known, its kind, what
 * happened and its sources. Missed deadlines are entries too, so a government's silence
 * reaches subscribers like any other news.
 */

/** The most entries one feed carries; the timeline page has the rest. */
export const CAMPAIGN_FEED_LIMIT = 100;

export type CampaignFeedInput = {
  campaign: { slug: string; title: string; summary: string };
  timeline: readonly TimelineEntry[];
  /** "YYYY-MM-DD" in the target's time zone: the day the timeline was built for. */
  today: string;
};

export type CampaignFeedUrls = {
  /** Absolute URLs. */
  feed: string;
  campaign: string;
  timeline: string;
  letter: (letterSlug: string) => string;
  /** The timeline page's anchor for one entry. */
  entry: (entryId: string) => string;
};

export type CampaignFeedText = {
  /** The language the feed is written in: its words (below) and its dates. */
  locale: Locale;
  title: (campaign: string) => string;
  kindLabel: (entry: TimelineEntry) => string;
  /** The entry's headline and the line under it, worded as the timeline page words them. */
  entryText: (entry: TimelineEntry) => { title: string; detail: string | null };
  asOf: (today: string) => string;
  retracted: string;
  source: string;
  authorName: string;
};

function updatedOf(entry: TimelineEntry): string {
  // A retraction changes the entry: readers that track updates show it again.
  return entry.retracted ? entry.retracted.at : atomDate(precisePeriodStart(entry.date));
}

function entryOf(
  entry: TimelineEntry,
  input: CampaignFeedInput,
  urls: CampaignFeedUrls,
  text: CampaignFeedText,
) {
  const { title, detail } = text.entryText(entry);
  const lines = [`${formatPreciseDate(entry.date, text.locale)} · ${text.kindLabel(entry)}`];
  if (detail) lines.push(detail);
  if (entry.kind === "non_response") lines.push(text.asOf(formatDay(input.today, text.locale)));
  if (entry.retracted) lines.push(`${text.retracted}: ${entry.retracted.reason}`);
  for (const source of entry.sources)
    lines.push(`${text.source}: ${source.label ? `${source.label}, ` : ""}${source.url}`);

  const result: AtomEntry = {
    id: urls.entry(entry.id),
    title: entry.retracted ? `${text.retracted}: ${title}` : title,
    published: atomDate(precisePeriodStart(entry.date)),
    updated: updatedOf(entry),
    links: [
      {
        rel: "alternate",
        type: "text/html",
        href: entry.letterSlug ? urls.letter(entry.letterSlug) : urls.entry(entry.id),
      },
      ...entry.sources.map((source) => ({ rel: "related" as const, href: source.url, title: source.label })),
    ],
    categories: [{ term: entry.kind, label: text.kindLabel(entry) }],
    summary: lines.join("\n\n"),
  };
  return result;
}

/** One feed's own identity: the page it mirrors and its title. */
type FeedHead = { id: string; title: string; subtitle?: string; self: string; alternate: string };

function timelineFeed(
  head: FeedHead,
  timeline: readonly TimelineEntry[],
  input: CampaignFeedInput,
  urls: CampaignFeedUrls,
  text: CampaignFeedText,
): AtomFeed {
  const happened = timeline.filter((entry) => !entry.upcoming);
  const newestFirst = [...happened].reverse().slice(0, CAMPAIGN_FEED_LIMIT);
  const entries = newestFirst.map((entry) => entryOf(entry, input, urls, text));
  // A missed deadline's entry counts the days of silence as of today, so the feed's text
  // changes every day: its `updated` says so. The entry keeps the day it became news, so
  // readers do not show it again each day.
  const counting = newestFirst.some((entry) => entry.kind === "non_response");
  return {
    id: head.id,
    language: text.locale,
    title: head.title,
    subtitle: head.subtitle,
    updated: latestUpdated(entries, atomDate(input.today), { atLeastFallback: counting }),
    authorName: text.authorName,
    links: [
      { rel: "self", type: "application/atom+xml", href: head.self },
      { rel: "alternate", type: "text/html", href: head.alternate },
    ],
    entries,
  };
}

export function campaignFeed(
  input: CampaignFeedInput,
  urls: CampaignFeedUrls,
  text: CampaignFeedText,
): AtomFeed {
  return timelineFeed(
    {
      id: urls.campaign,
      title: text.title(input.campaign.title),
      subtitle: input.campaign.summary || undefined,
      self: urls.feed,
      alternate: urls.campaign,
    },
    input.timeline,
    input,
    urls,
    text,
  );
}

/**
 * One letter's story from its campaign's timeline: opened for signatures, sent, each
 * response to it, and the day it passed its deadline unanswered (whose count of days
 * moves every day, and the feed's `updated` with it).
 */
export function letterFeed(
  input: CampaignFeedInput,
  letter: { id: string; feedTitle: string; url: string; feed: string },
  urls: CampaignFeedUrls,
  text: CampaignFeedText,
): AtomFeed {
  return timelineFeed(
    { id: letter.url, title: letter.feedTitle, self: letter.feed, alternate: letter.url },
    input.timeline.filter((entry) => entry.letterId === letter.id),
    input,
    urls,
    text,
  );
}
