/*
 * iCalendar (RFC 5545) documents, written by hand like the Atom feeds: a calendar is a
 * few dozen all-day events of plain text. Every value goes through icalText, lines are
 * folded at 75 octets without splitting a character, and lines end in CRLF, as the
 * standard requires and strict clients check.
 */

export type CalendarEvent = {
  /** Permanent and unique: a calendar app replaces the event it already has with this UID. */
  uid: string;
  /** The day ("YYYY-MM-DD"); every event is all-day, dates known to the day only. */
  day: string;
  summary: string;
  /** Plain text; line breaks are kept. */
  description: string;
  url: string;
  location?: string | null;
  categories: string[];
  /** A retracted record: the calendar app removes or strikes the event it had. */
  cancelled: boolean;
};

export type Calendar = {
  name: string;
  description: string;
  /** RFC 3339 date-time of the data the calendar was built from: DTSTAMP of every event. */
  stamp: string;
  events: CalendarEvent[];
};

/** Day order, then UID order, so a calendar's bytes never depend on the order records were read. */
export function compareCalendarEvents(a: CalendarEvent, b: CalendarEvent): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

// Characters iCalendar text may not hold: control characters other than the line break.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
const NOT_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as "\n". */
export function icalText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(NOT_TEXT, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** "2020-03-03" as a DATE value: "20200303". */
function icalDate(day: string): string {
  return day.replaceAll("-", "");
}

/** The day after `day`: an all-day event ends, exclusively, the next day. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An RFC 3339 date-time as a UTC DATE-TIME value: "20261206T000000Z". */
function icalStamp(dateTime: string): string {
  return `${new Date(dateTime).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

const encoder = new TextEncoder();

/** One content line folded to 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${icalText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icalDate(event.day)}`,
    `DTEND;VALUE=DATE:${icalDate(nextDay(event.day))}`,
    `SUMMARY:${icalText(event.summary)}`,
    `DESCRIPTION:${icalText(event.description)}`,
    `URL;VALUE=URI:${event.url}`,
    ...(event.location ? [`LOCATION:${icalText(event.location)}`] : []),
    ...(event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(icalText).join(",")}`] : []),
    // A deadline or a decision takes no one's time: it shows without blocking the day.
    "TRANSP:TRANSPARENT",
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/** The whole document, UTF-8 with CRLF line endings. */
export function renderCalendar(calendar: Calendar): string {
  const stamp = icalStamp(calendar.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Answerable//Campaign calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${icalText(calendar.name)}`,
    `X-WR-CALNAME:${icalText(calendar.name)}`,
    `DESCRIPTION:${icalText(calendar.description)}`,
    `X-WR-CALDESC:${icalText(calendar.description)}`,
    // Subscribed calendars are fetched again every few hours: deadlines move when letters are sent.
    "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
    "X-PUBLISHED-TTL:PT6H",
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
