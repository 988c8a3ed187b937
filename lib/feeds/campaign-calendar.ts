import type { AskStatus } from "@/lib/domain/ask-status";
import type { PreciseDate } from "@/lib/domain/dates";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { Retraction } from "@/lib/domain/timeline";
import { type CalendarEvent, compareCalendarEvents } from "./icalendar";

/*
 * A campaign's dates for a calendar app: each ask's decision point and each target's
 * deadline to answer a letter. A calendar has no way to say "some day in November", so
 * only dates known to the day go in: a decision known only to the month, or a deadline
 * counted from a sending known only to the month, is left out rather than pinned to a
 * day the record does not give. UIDs come from the records' ids, so when a date moves
 * the calendar app moves the event it already has; a retracted ask's event is cancelled.
 */

export type CalendarAsk = {
  id: string;
  title: string;
  venue: string | null;
  decision: PreciseDate | null;
  status: AskStatus;
  retracted: Retraction | null;
};

export type CalendarLetterTarget = {
  targetId: string;
  name: string;
  deadline: string | null;
  clock: LetterClock;
};

export type CalendarLetter = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  sent: PreciseDate | null;
  targets: readonly CalendarLetterTarget[];
};

export type CampaignCalendarInput = {
  campaign: { slug: string; title: string };
  asks: readonly CalendarAsk[];
  letters: readonly CalendarLetter[];
};

export type CampaignCalendarUrls = {
  campaign: (campaignSlug: string) => string;
  letter: (campaignSlug: string, letterSlug: string) => string;
};

export type CampaignCalendarText = {
  decisionSummary: (ask: string) => string;
  deadlineSummary: (letter: string, target: string) => string;
  askStatus: (status: AskStatus) => string;
  /** Where the target stands, as the letter page says it: "No response for 40 days". */
  clockText: (clock: LetterClock) => string;
  addressedTo: (addressee: string) => string;
  campaign: (campaign: string) => string;
  retracted: (reason: string) => string;
  decisionCategory: string;
  deadlineCategory: string;
};

/** A UID from the record's ids and the site's host: the same record keeps the same UID. */
function uidFor(kind: string, ids: string[], host: string): string {
  return `${kind}-${ids.join("-")}@${host}`;
}

export function campaignCalendarEvents(
  input: CampaignCalendarInput,
  urls: CampaignCalendarUrls,
  text: CampaignCalendarText,
  host: string,
): CalendarEvent[] {
  const { campaign } = input;
  const events: CalendarEvent[] = [];
  for (const ask of input.asks) {
    if (ask.decision?.precision !== "day") continue;
    const lines = [text.askStatus(ask.status), text.campaign(campaign.title)];
    if (ask.retracted) lines.push(text.retracted(ask.retracted.reason));
    events.push({
      uid: uidFor("ask", [ask.id], host),
      day: ask.decision.date,
      summary: text.decisionSummary(ask.title),
      description: lines.join("\n"),
      url: `${urls.campaign(campaign.slug)}#ask-${ask.id}`,
      location: ask.venue,
      categories: [text.decisionCategory],
      cancelled: ask.retracted !== null,
    });
  }
  for (const letter of input.letters) {
    // A deadline counted from a sending known only to the month is not a day to pin.
    if (letter.sent?.precision !== "day") continue;
    for (const target of letter.targets) {
      if (!target.deadline) continue;
      events.push({
        uid: uidFor("deadline", [letter.id, target.targetId], host),
        day: target.deadline,
        summary: text.deadlineSummary(letter.title, target.name),
        description: [
          text.clockText(target.clock),
          text.addressedTo(letter.addressee),
          text.campaign(campaign.title),
        ].join("\n"),
        url: urls.letter(campaign.slug, letter.slug),
        categories: [text.deadlineCategory],
        cancelled: false,
      });
    }
  }
  return events.sort(compareCalendarEvents);
}
