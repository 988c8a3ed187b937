import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { letterClock } from "@/lib/domain/deadlines";
import {
  type CalendarAsk,
  type CalendarLetter,
  type CampaignCalendarText,
  campaignCalendarEvents,
} from "@/lib/feeds/campaign-calendar";
import { foldLine, renderCalendar } from "@/lib/feeds/icalendar";

const SITE = "https://answerable.example";
const NOW = new Date("2026-11-28T12:00:00Z");

const text: CampaignCalendarText = {
  decisionSummary: (ask) => `Decision: ${ask}`,
  deadlineSummary: (letter, target) => `Response deadline: ${letter} (${target})`,
  askStatus: (status) => `Status ${status}`,
  clockText: (clock) => `Clock ${clock.state}`,
  addressedTo: (addressee) => `To ${addressee}.`,
  campaign: (campaign) => `Campaign: ${campaign}.`,
  retracted: (reason) => `Retracted: ${reason}`,
  decisionCategory: "Decision point",
  deadlineCategory: "Response deadline",
};

const urls = {
  campaign: (c: string) => `${SITE}/campaigns/${c}`,
  letter: (c: string, l: string) => `${SITE}/campaigns/${c}/letters/${l}`,
};

const ask = (id: string, date: string, extra: Partial<CalendarAsk> = {}): CalendarAsk => ({
  id,
  title: `Co-sponsor resolution ${id}`,
  venue: "UN General Assembly, Third Committee",
  decision: { date, precision: "day" },
  status: "pending",
  retracted: null,
  ...extra,
});

function letter(id: string, sentOn: string, precision: "day" | "month" = "day"): CalendarLetter {
  const clock = letterClock({
    status: "sent",
    sentOn,
    sentPrecision: precision,
    rule: "calendar_days",
    deadlineDays: 30,
    firstResponseOn: null,
    timeZone: "Asia/Seoul",
    now: NOW,
  });
  return {
    id,
    slug: `letter-${id}`,
    title: `Letter ${id}`,
    addressee: "President Moon Jae-in",
    sent: { date: sentOn, precision },
    targets: [
      {
        targetId: "korea",
        name: "Government of the Republic of Korea",
        deadline: clock.state === "overdue" || clock.state === "awaiting" ? clock.deadline : null,
        clock,
      },
    ],
  };
}

const campaign = { slug: "icnk", title: "North Korea: co-sponsor, vote, speak" };

function calendarOf(asks: CalendarAsk[], letters: CalendarLetter[]) {
  const events = campaignCalendarEvents({ campaign, asks, letters }, urls, text, "answerable.example");
  const ics = renderCalendar({
    name: "ICNK — decision dates and deadlines",
    description: "When each ask is decided; when each letter must be answered.",
    stamp: "2026-11-28T00:00:00Z",
    events,
  });
  const component = new ICAL.Component(ICAL.parse(ics));
  return { ics, events: component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)), component };
}

describe("campaign calendar", () => {
  it("holds each decision point and each deadline known to the day, as all-day events a calendar app reads", () => {
    const { events, component } = calendarOf([ask("a1", "2026-12-16")], [letter("l1", "2019-12-01")]);
    expect(component.getFirstPropertyValue("x-wr-calname")).toBe("ICNK — decision dates and deadlines");
    expect(events.map((e) => e.summary)).toEqual([
      "Response deadline: Letter l1 (Government of the Republic of Korea)",
      "Decision: Co-sponsor resolution a1",
    ]);
    const [deadline, decision] = events;
    expect(deadline!.startDate.isDate).toBe(true);
    expect(deadline!.startDate.toString()).toBe("2019-12-31");
    expect(deadline!.endDate.toString()).toBe("2020-01-01");
    expect(deadline!.uid).toBe("deadline-l1-korea@answerable.example");
    expect(deadline!.description).toBe(
      "Clock overdue\nTo President Moon Jae-in.\nCampaign: North Korea: co-sponsor, vote, speak.",
    );
    expect(decision!.startDate.toString()).toBe("2026-12-16");
    expect(decision!.location).toBe("UN General Assembly, Third Committee");
    expect(decision!.uid).toBe("ask-a1@answerable.example");
    expect(decision!.component.getFirstPropertyValue("url")).toBe(`${SITE}/campaigns/icnk#ask-a1`);
  });

  it("invents no day: decisions known to the month and deadlines counted from a month are left out", () => {
    const { events } = calendarOf(
      [
        ask("month", "2026-12-01", { decision: { date: "2026-12-01", precision: "month" } }),
        ask("none", "2026-12-01", { decision: null }),
      ],
      [letter("rough", "2019-12-01", "month")],
    );
    expect(events).toEqual([]);
  });

  it("cancels a retracted ask's event, so calendars that had it drop it, under the same UID", () => {
    const { events } = calendarOf(
      [ask("a1", "2026-12-16", { retracted: { at: "2026-11-01T00:00:00Z", reason: "Wrong session" } })],
      [],
    );
    expect(events[0]!.uid).toBe("ask-a1@answerable.example");
    expect(events[0]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[0]!.description).toContain("Retracted: Wrong session");
  });

  it("keeps commas, semicolons, line breaks and long Korean text intact through escaping and folding", () => {
    const title = "북한 인권 결의안 공동제안국 참여; 표결, 발언 — ".repeat(4).trim();
    const { ics, events } = calendarOf(
      [ask("k", "2026-12-16", { title, venue: "Geneva; Room XX, Palais" })],
      [],
    );
    expect(events[0]!.summary).toBe(`Decision: ${title}`);
    expect(events[0]!.location).toBe("Geneva; Room XX, Palais");
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it("folds at 75 octets without splitting a character", () => {
    const folded = foldLine(`SUMMARY:${"가".repeat(40)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(`SUMMARY:${"가".repeat(40)}`);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
