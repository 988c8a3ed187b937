import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { type TimelineTranslator, timelineEntryText } from "@/components/timeline/entry-text";
import type { DatePrecision, PreciseDate } from "@/lib/domain/dates";
import { sortKey } from "@/lib/domain/dates";
import { letterClock } from "@/lib/domain/deadlines";
import type { TallyCounts } from "@/lib/domain/tally";
import {
  buildTimeline,
  filterTimeline,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineInput,
  type TimelineLetterInput,
  type TimelinePositionInput,
  type TimelineResponseInput,
} from "@/lib/domain/timeline";
import { messages } from "@/messages/en";

const TODAY = "2026-11-28";
// 21:00 in Seoul: "today" for the target is still 28 November.
const NOW = new Date("2026-11-28T12:00:00Z");

const day = (date: string): PreciseDate => ({ date, precision: "day" });
const month = (date: string): PreciseDate => ({ date, precision: "month" });

/** A sent letter's clock with 30 calendar days to answer, as the target sees it on TODAY. */
function sentClock(
  sentOn: string,
  firstResponseOn: string | null = null,
  sentPrecision: DatePrecision = "day",
) {
  return letterClock({
    status: "sent",
    sentOn,
    sentPrecision,
    rule: "calendar_days",
    deadlineDays: 30,
    firstResponseOn,
    timeZone: "Asia/Seoul",
    now: NOW,
  });
}

/** A tally of organisations and individuals, no coalition among them. */
const counts = (organisations: number, individuals: number): TallyCounts => ({
  organisations,
  individuals,
  withheld: 0,
  withheldByKind: { organisations: 0, individuals: 0 },
  coalitions: [],
  otherOrganisations: organisations,
  representedGroups: organisations,
});

const letter1: TimelineLetterInput = {
  id: "letter-1",
  slug: "december-2019-letter",
  title: "Clarify the government's position on North Korean human rights",
  addressee: "President Moon Jae-in",
  openedOn: null,
  sent: month("2019-12-01"),
  sourceUrl: null,
  clock: sentClock("2019-12-01"),
  tallySentence: "67 organisations and 10 individuals",
  tally: counts(67, 10),
};

const letter2: TimelineLetterInput = {
  id: "letter-2",
  slug: "march-2020-joint-letter",
  title: "Co-sponsor the Human Rights Council resolution",
  addressee: "President Moon Jae-in",
  openedOn: null,
  sent: day("2020-03-03"),
  sourceUrl: "https://www.hrw.org/news/2020/03/03/joint-letter",
  clock: sentClock("2020-03-03"),
  tallySentence: "ICNK, representing over 300 groups, joined by 70 other groups and individuals",
  tally: counts(71, 20),
};

const followUp: TimelineLetterInput = {
  id: "letter-3",
  slug: "follow-up",
  title: "Follow-up letter (sample data)",
  addressee: "President Moon Jae-in",
  openedOn: "2026-11-01",
  sent: null,
  sourceUrl: null,
  clock: { state: "collecting" },
  tallySentence: "",
  tally: counts(0, 0),
};

function demo(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    today: TODAY,
    events: [
      {
        id: "ev-withdraw",
        kind: "government_action",
        title: "Government withdraws from co-sponsoring the UN General Assembly resolution",
        description: "Reversing over a decade of practice.",
        date: month("2019-11-01"),
        sources: [{ url: "https://www.hrw.org/news/2020/03/03/joint-letter", label: "HRW" }],
        retracted: null,
      },
      {
        id: "ev-deport",
        kind: "government_action",
        title: "Government deports two North Korean fishermen",
        description: null,
        date: month("2019-11-01"),
        sources: [],
        retracted: null,
      },
    ],
    letters: [letter1, letter2, followUp],
    responses: [],
    asks: [
      {
        id: "ask-hrc",
        title: "Co-sponsor the UN Human Rights Council resolution on North Korea",
        venue: "UN Human Rights Council, March 2020 session",
        decision: month("2020-03-01"),
        outcome: "pending",
        outcomeSourceUrl: null,
      },
      {
        id: "ask-unga",
        title: "Re-join the sponsors of the UN General Assembly resolution",
        venue: "UN General Assembly",
        decision: month("2020-11-01"),
        outcome: "pending",
        outcomeSourceUrl: null,
      },
      {
        id: "ask-undated",
        title: "An ask without a decision point yet",
        venue: null,
        decision: null,
        outcome: "pending",
        outcomeSourceUrl: null,
      },
    ],
    ...overrides,
  };
}

/** An entry in words, as the timeline page and the feed show it (the English catalog). */
const t = createTranslator({
  locale: "en-GB",
  messages,
  namespace: "timeline",
}) as unknown as TimelineTranslator;
const text = (entry: TimelineEntry) => timelineEntryText(t, entry, "en-GB");

function byId(entries: TimelineEntry[], id: string): TimelineEntry {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`No timeline entry ${id}; have ${entries.map((e) => e.id).join(", ")}`);
  return entry;
}

describe("buildTimeline on the demo story", () => {
  const timeline = buildTimeline(demo());

  it("tells the story oldest first", () => {
    expect(timeline.map((e) => e.id)).toEqual([
      "event:ev-deport",
      "event:ev-withdraw",
      "letter_sent:letter-1",
      "non_response:letter-1",
      // "March 2020" sorts as its first day, before the letter of 3 March.
      "ask_decision:ask-hrc",
      "letter_sent:letter-2",
      "non_response:letter-2",
      "ask_decision:ask-unga",
      "letter_opened:letter-3",
    ]);
  });

  it("marks each unanswered letter at its deadline with the days of silence", () => {
    const first = byId(timeline, "non_response:letter-1");
    expect(first.kind).toBe("non_response");
    expect(first.date).toEqual(day("2019-12-31"));
    expect(text(first)).toEqual({
      title: `No response to “${letter1.title}” by its deadline`,
      detail: "No response for 2,554 days",
    });
    expect(first.letterSlug).toBe("december-2019-letter");

    const second = byId(timeline, "non_response:letter-2");
    expect(second.date).toEqual(day("2020-04-02"));
    expect(text(second).detail).toBe("No response for 2,461 days");
  });

  it("marks a letter sent in a month at the deadline counted from the month's end, with about the days", () => {
    const december = { ...letter1, clock: sentClock("2019-12-01", null, "month") };
    const entry = byId(buildTimeline(demo({ letters: [december] })), "non_response:letter-1");
    expect(entry.date).toEqual(day("2020-01-30"));
    expect(text(entry).detail).toBe("No response for about 2,554 days");
  });

  it("shows a sent letter with its tally and source, at the precision it is known", () => {
    const sent = byId(timeline, "letter_sent:letter-1");
    expect(text(sent)).toEqual({
      title: `Letter sent: ${letter1.title}`,
      detail: "67 organisations and 10 individuals",
    });
    expect(sent.date).toEqual(month("2019-12-01"));
    expect(byId(timeline, "letter_sent:letter-2").sources).toEqual([{ url: letter2.sourceUrl }]);
  });

  it("shows a letter still collecting only as opened, with no deadline marker", () => {
    expect(timeline.filter((e) => e.letterId === "letter-3").map((e) => e.kind)).toEqual(["letter_opened"]);
    expect(text(byId(timeline, "letter_opened:letter-3"))).toEqual({
      title: `Letter opened for signatures: ${followUp.title}`,
      detail: `Addressed to ${followUp.addressee}`,
    });
  });

  it("never shows an opening dated after the sending", () => {
    // Opened here on 6 December 2026 to enter the signatories of a letter sent in 2017.
    const entered = { ...letter2, id: "letter-4", openedOn: "2026-12-06", sent: month("2017-10-01") };
    const sameDay = { ...letter2, id: "letter-5", openedOn: "2020-03-03" };
    const timeline = buildTimeline(demo({ letters: [entered, sameDay] }));
    expect(timeline.filter((e) => e.letterId === "letter-4").map((e) => e.kind)).toEqual([
      "letter_sent",
      "non_response",
    ]);
    expect(timeline.filter((e) => e.letterId === "letter-5").map((e) => e.kind)).toEqual([
      "letter_opened",
      "letter_sent",
      "non_response",
    ]);
  });

  it("keeps the 2020 decision points in the past, with their venue and outcome", () => {
    for (const id of ["ask_decision:ask-hrc", "ask_decision:ask-unga"]) {
      const entry = byId(timeline, id);
      expect(entry.upcoming).toBe(false);
      expect(entry.countdownDays).toBeNull();
    }
    expect(text(byId(timeline, "ask_decision:ask-unga"))).toEqual({
      title: "Decision point: Re-join the sponsors of the UN General Assembly resolution",
      detail: "UN General Assembly · Outcome: Decision date passed — outcome not yet recorded",
    });
    expect(timeline.some((e) => e.askId === "ask-undated")).toBe(false);
  });

  it("gives every entry a unique id and the same order whatever the input order", () => {
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
    const input = demo();
    const reversed = buildTimeline({
      ...input,
      events: [...input.events].reverse(),
      letters: [...input.letters].reverse(),
      asks: [...input.asks].reverse(),
    });
    expect(reversed.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
  });
});

describe("upcoming decision points", () => {
  /** The demo's timeline with one pending ask instead of its own, decided in `decision`'s month. */
  function withPendingAsk(id: string, title: string, venue: string | null, decision: string) {
    const timeline = buildTimeline(
      demo({
        asks: [{ id, title, venue, decision: month(decision), outcome: "pending", outcomeSourceUrl: null }],
      }),
    );
    return { timeline, entry: byId(timeline, `ask_decision:${id}`) };
  }

  it("counts down to the first day of a month-precision decision", () => {
    const { timeline, entry } = withPendingAsk(
      "ask-2027",
      "Co-sponsor the 2027 resolution",
      "UN Human Rights Council",
      "2027-03-01",
    );
    expect(entry.upcoming).toBe(true);
    expect(entry.countdownDays).toBe(93);
    expect(timeline.at(-1)?.id).toBe("ask_decision:ask-2027");
  });

  it("keeps a decision this month upcoming, counted as today", () => {
    const { entry } = withPendingAsk("ask-now", "Vote this month", null, "2026-11-01");
    expect(entry.upcoming).toBe(true);
    expect(entry.countdownDays).toBe(0);
    expect(text(entry).detail).toBe("Outcome: Pending");
  });
});

describe("recording a response", () => {
  const reply: TimelineResponseInput = {
    id: "resp-1",
    kind: "written_reply",
    stance: "noncommittal",
    date: day("2026-11-20"),
    summary: "The ministry says the matter is under review.",
    sourceUrl: "https://example.org/reply",
    letterId: "letter-1",
    askId: null,
    retracted: null,
  };

  it("ends the non-response marker and shows the response instead", () => {
    const before = buildTimeline(demo());
    expect(before.some((e) => e.id === "non_response:letter-1")).toBe(true);

    const answered = { ...letter1, clock: sentClock("2019-12-01", "2026-11-20") };
    expect(answered.clock.state).toBe("answered");
    const after = buildTimeline(demo({ letters: [answered, letter2, followUp], responses: [reply] }));

    expect(after.some((e) => e.id === "non_response:letter-1")).toBe(false);
    expect(after.some((e) => e.id === "non_response:letter-2")).toBe(true);
    const response = byId(after, "response:resp-1");
    expect(response).toMatchObject({
      kind: "response",
      subkind: "written_reply",
      stance: "noncommittal",
      subject: letter1.title,
      detail: reply.summary,
      sources: [{ url: "https://example.org/reply" }],
      letterSlug: "december-2019-letter",
    });
    expect(text(response).title).toBe(`Written reply to “${letter1.title}”`);
    // Each kind is worded as such: a vote follows a letter, it is not a vote "to" it.
    const vote = { ...response, subkind: "vote" as const };
    expect(text(vote).title).toBe(`Vote following “${letter1.title}”`);
    // A body's decision is told apart from one state's reply.
    const decision = { ...response, subkind: "body_decision" as const };
    expect(text(decision).title).toBe(`Decision of the body after “${letter1.title}”`);
    // 20 November 2026 comes after the follow-up letter opened on the 1st.
    expect(after.at(-1)?.id).toBe("response:resp-1");
  });

  it("links a response to an ask alone by the ask", () => {
    const vote = { ...reply, id: "resp-2", kind: "vote" as const, letterId: null, askId: "ask-unga" };
    const entry = byId(buildTimeline(demo({ responses: [vote] })), "response:resp-2");
    expect(text(entry).title).toBe("Vote");
    expect(entry.askId).toBe("ask-unga");
    expect(entry.letterSlug).toBeUndefined();
  });
});

describe("retracted items", () => {
  it("stay on the timeline with their reason", () => {
    const retraction = { at: "2026-01-05T10:00:00Z", reason: "The report was misattributed." };
    const input = demo();
    const timeline = buildTimeline({
      ...input,
      events: input.events.map((e) => (e.id === "ev-deport" ? { ...e, retracted: retraction } : e)),
      responses: [
        {
          id: "resp-x",
          kind: "public_statement",
          stance: "positive",
          date: day("2020-03-10"),
          summary: "A statement later found not to exist.",
          sourceUrl: null,
          letterId: null,
          askId: "ask-hrc",
          retracted: { at: "2026-02-01T09:00:00Z", reason: "No such statement was made." },
        },
      ],
    });
    expect(byId(timeline, "event:ev-deport").retracted).toEqual(retraction);
    expect(byId(timeline, "event:ev-withdraw").retracted).toBeNull();
    expect(byId(timeline, "response:resp-x").retracted?.reason).toBe("No such statement was made.");
  });
});

describe("position changes from the UN record", () => {
  const withdrawal: TimelinePositionInput = {
    id: "pos-74",
    change: "dropped",
    kind: "withdrew_cosponsorship",
    state: { iso3: "KOR", name: "Republic of Korea" },
    resolution: { slug: "dprk-ga", title: "Situation of human rights in the DPRK" },
    session: "74th session",
    symbol: "A/C.3/74/L.27",
    date: month("2019-11-01"),
    source: { url: "https://www.hrw.org/asia/north-korea", label: "HRW" },
  };
  const vote: TimelinePositionInput = {
    ...withdrawal,
    id: "pos-69",
    change: "vote",
    kind: "vote_yes",
    session: "69th session",
    symbol: null,
    date: day("2014-11-18"),
    source: null,
  };
  const timeline = buildTimeline(demo({ positions: [withdrawal, vote] }));

  it("are dated and sourced entries of their own, in date order", () => {
    const entry = byId(timeline, "position:pos-74");
    expect(entry).toMatchObject({
      kind: "position",
      date: month("2019-11-01"),
      subject: "Republic of Korea",
      sources: [{ url: "https://www.hrw.org/asia/north-korea", label: "HRW" }],
      upcoming: false,
      retracted: null,
      position: { change: "dropped", stateIso3: "KOR", resolutionSlug: "dprk-ga", symbol: "A/C.3/74/L.27" },
    });
    expect(timeline[0].id).toBe("position:pos-69");
    // The same month as the staff's event about it: the event comes first, then the record.
    const ids = timeline.map((e) => e.id);
    expect(ids.indexOf("position:pos-74")).toBe(ids.indexOf("event:ev-withdraw") + 1);
    expect(filterTimeline(timeline, ["position"]).map((e) => e.id)).toEqual([
      "position:pos-69",
      "position:pos-74",
    ]);
  });

  it("say what changed in words, citing the text's symbol or its session", () => {
    expect(text(byId(timeline, "position:pos-74"))).toEqual({
      title: "Republic of Korea withdrew its co-sponsorship of A/C.3/74/L.27",
      detail: "Situation of human rights in the DPRK · 74th session",
    });
    expect(text(byId(timeline, "position:pos-69")).title).toBe(
      "Republic of Korea voted yes on the 69th session text",
    );
    const dropped = buildTimeline(demo({ positions: [{ ...withdrawal, kind: "not_cosponsor" }] }));
    expect(text(byId(dropped, "position:pos-74")).title).toBe(
      "Republic of Korea did not co-sponsor A/C.3/74/L.27",
    );
    const joined = buildTimeline(
      demo({ positions: [{ ...withdrawal, change: "joined", kind: "cosponsor" }] }),
    );
    expect(text(byId(joined, "position:pos-74")).title).toBe(
      "Republic of Korea joined the co-sponsors of A/C.3/74/L.27",
    );
  });

  it("are none when the campaign presses no state", () => {
    expect(buildTimeline(demo()).some((e) => e.kind === "position")).toBe(false);
  });
});

describe("filterTimeline", () => {
  const timeline = buildTimeline(demo());

  it("keeps only the chosen kinds, in order", () => {
    const filtered = filterTimeline(timeline, ["non_response", "ask_decision"]);
    expect(filtered.map((e) => e.id)).toEqual([
      "non_response:letter-1",
      "ask_decision:ask-hrc",
      "non_response:letter-2",
      "ask_decision:ask-unga",
    ]);
  });

  it("treats no selection as no filter", () => {
    expect(filterTimeline(timeline, [])).toEqual(timeline);
    expect(filterTimeline(timeline, TIMELINE_KINDS)).toEqual(timeline);
  });

  it("offers every kind exactly once", () => {
    expect(new Set(TIMELINE_KINDS).size).toBe(7);
    expect(new Set(timeline.map((e) => e.kind)).size).toBeLessThanOrEqual(TIMELINE_KINDS.length);
    for (const entry of timeline) expect(TIMELINE_KINDS).toContain(entry.kind);
  });
});

describe("a large campaign", () => {
  it("merges 500 entries in order", () => {
    const base = "2019-01-01";
    const dateFor = (i: number) => {
      const d = new Date(`${base}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + ((i * 37) % 2500));
      return d.toISOString().slice(0, 10);
    };
    const input: TimelineInput = {
      today: TODAY,
      events: Array.from({ length: 200 }, (_, i) => ({
        id: `e${i}`,
        kind: "media" as const,
        title: `Coverage ${i}`,
        description: null,
        date: i % 3 === 0 ? month(`${dateFor(i).slice(0, 7)}-01`) : day(dateFor(i)),
        sources: [],
        retracted: null,
      })),
      letters: Array.from({ length: 100 }, (_, i) => ({
        ...letter2,
        id: `l${i}`,
        slug: `letter-${i}`,
        sent: day(dateFor(i + 1000)),
        clock: sentClock(dateFor(i + 1000)),
      })),
      responses: Array.from({ length: 50 }, (_, i) => ({
        id: `r${i}`,
        kind: "meeting" as const,
        stance: "mixed" as const,
        date: day(dateFor(i + 2000)),
        summary: "Met officials.",
        sourceUrl: null,
        letterId: null,
        askId: `a${i}`,
        retracted: null,
      })),
      asks: Array.from({ length: 50 }, (_, i) => ({
        id: `a${i}`,
        title: `Ask ${i}`,
        venue: null,
        decision: day(dateFor(i + 3000)),
        outcome: "pending" as const,
        outcomeSourceUrl: null,
      })),
    };
    const timeline = buildTimeline(input);
    // Each sent letter is overdue by now, so it adds a marker: 200 + 100 * 2 + 50 + 50.
    expect(timeline).toHaveLength(500);
    expect(new Set(timeline.map((e) => e.id)).size).toBe(500);
    for (let i = 1; i < timeline.length; i++) {
      expect(sortKey(timeline[i - 1].date) <= sortKey(timeline[i].date)).toBe(true);
    }
  });
});
