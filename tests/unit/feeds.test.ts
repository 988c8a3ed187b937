import { parseAtomFeed } from "feedsmith";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { type TimelineTranslator, timelineEntryText } from "@/components/timeline/entry-text";
import type { DatePrecision } from "@/lib/domain/dates";
import { letterClock } from "@/lib/domain/deadlines";
import { buildTimeline, type TimelineEventInput, type TimelineInput } from "@/lib/domain/timeline";
import { atomDate, renderAtomFeed, xmlText } from "@/lib/feeds/atom";
import { awaitingFeed } from "@/lib/feeds/awaiting-feed";
import {
  CAMPAIGN_FEED_LIMIT,
  type CampaignFeedText,
  campaignFeed,
  letterFeed,
} from "@/lib/feeds/campaign-feed";
import { messages } from "@/messages/en";

const TODAY = "2026-11-28";
/** 67 organisations and 10 individuals, as a letter's tally counts them. */
const TALLY = {
  organisations: 67,
  individuals: 10,
  withheld: 0,
  withheldByKind: { organisations: 0, individuals: 0 },
  coalitions: [],
  otherOrganisations: 67,
  representedGroups: 67,
  sentence: "67 organisations and 10 individuals",
};
const NOW = new Date("2026-11-28T12:00:00Z");
const SITE = "https://answerable.example";

const urls = {
  feed: `${SITE}/campaigns/icnk/feed.xml`,
  campaign: `${SITE}/campaigns/icnk`,
  timeline: `${SITE}/campaigns/icnk/timeline`,
  letter: (slug: string) => `${SITE}/campaigns/icnk/letters/${slug}`,
  entry: (id: string) => `${SITE}/campaigns/icnk/timeline#${id.replace(":", "-")}`,
};

const timeline = createTranslator({
  locale: "en-GB",
  messages,
  namespace: "timeline",
}) as unknown as TimelineTranslator;

const text: CampaignFeedText = {
  locale: "en-GB",
  title: (campaign) => `${campaign}: timeline`,
  kindLabel: (entry) => entry.kind,
  // As the feed route words entries: the same catalog as the timeline page.
  entryText: (entry) => timelineEntryText(timeline, entry, "en-GB"),
  asOf: (today) => `As of ${today}.`,
  retracted: "Retracted",
  source: "Source",
  authorName: "Answerable",
};

function event(id: string, date: string, extra: Partial<TimelineEventInput> = {}): TimelineEventInput {
  return {
    id,
    kind: "government_action",
    title: `Event ${id}`,
    description: null,
    date: { date, precision: "day" },
    sources: [],
    retracted: null,
    ...extra,
  };
}

/** A sent letter's clock with `deadlineDays` calendar days to answer and no response, in Seoul at NOW. */
function seoulClock(sentOn: string, deadlineDays: number, sentPrecision: DatePrecision = "day") {
  return letterClock({
    status: "sent",
    sentOn,
    sentPrecision,
    rule: "calendar_days",
    deadlineDays,
    firstResponseOn: null,
    timeZone: "Asia/Seoul",
    now: NOW,
  });
}

function story(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    today: TODAY,
    events: [
      event("withdraw", "2019-11-01", {
        title: "Government withdraws from co-sponsoring the UNGA resolution",
        date: { date: "2019-11-01", precision: "month" },
        sources: [{ url: "https://www.hrw.org/news/2020/03/03/joint-letter", label: "HRW" }],
      }),
    ],
    letters: [
      {
        id: "letter-1",
        slug: "december-2019-letter",
        title: "Clarify the government's position",
        addressee: "President Moon Jae-in",
        openedOn: null,
        sent: { date: "2019-12-01", precision: "month" },
        sourceUrl: null,
        clock: seoulClock("2019-12-01", 30),
        tallySentence: "67 organisations and 10 individuals",
        tally: TALLY,
      },
    ],
    responses: [],
    asks: [
      {
        id: "ask-next",
        title: "Co-sponsor the resolution",
        venue: "UN Human Rights Council",
        decision: { date: "2027-03-01", precision: "month" },
        outcome: "pending",
        outcomeSourceUrl: null,
      },
    ],
    ...overrides,
  };
}

const campaign = { slug: "icnk", title: "North Korea: co-sponsor the UN resolutions", summary: "Summary." };

describe("campaignFeed", () => {
  const feed = campaignFeed({ campaign, timeline: buildTimeline(story()), today: TODAY }, urls, text);

  it("carries what has happened, newest first, and leaves upcoming decision points out", () => {
    expect(feed.entries.map((e) => e.id)).toEqual([
      `${SITE}/campaigns/icnk/timeline#non_response-letter-1`,
      `${SITE}/campaigns/icnk/timeline#letter_sent-letter-1`,
      `${SITE}/campaigns/icnk/timeline#event-withdraw`,
    ]);
  });

  it("is updated today while it counts a silence as of today, though the entry keeps the day it became news", () => {
    // The missed deadline's "No response for N days … as of today" changes every day.
    expect(feed.updated).toBe(atomDate(TODAY));
    expect(feed.entries[0].updated).toBe("2019-12-31T00:00:00Z");
    // Without a missed deadline, nothing in the text moves with the day: the newest entry dates it.
    const quiet = campaignFeed(
      { campaign, today: TODAY, timeline: buildTimeline(story({ letters: [] })) },
      urls,
      text,
    );
    expect(quiet.updated).toBe("2019-11-01T00:00:00Z");
  });

  it("says how long the government has been silent, as of the day the feed was built", () => {
    const silence = feed.entries[0];
    expect(silence.title).toBe("No response to “Clarify the government's position” by its deadline");
    expect(silence.summary).toContain("No response for 2,554 days");
    expect(silence.summary).toContain("As of 28 November 2026.");
    expect(silence.links[0]).toEqual({
      rel: "alternate",
      type: "text/html",
      href: `${SITE}/campaigns/icnk/letters/december-2019-letter`,
    });
  });

  it("says about so many days when the letter's sending is known only to the month", () => {
    const [letter] = story().letters;
    const clock = seoulClock("2019-12-01", 30, "month");
    const timeline = buildTimeline(story({ letters: [{ ...letter!, clock }] }));
    const [silence] = campaignFeed({ campaign, timeline, today: TODAY }, urls, text).entries;
    expect(silence!.summary).toContain("No response for about 2,554 days");
    // Counted from 31 December 2019, the last day the letter may have gone.
    expect(silence!.updated).toBe("2020-01-30T00:00:00Z");
  });

  it("gives dates no more precisely than known, and every source as a related link", () => {
    const withdraw = feed.entries[2];
    expect(withdraw.published).toBe("2019-11-01T00:00:00Z");
    expect(withdraw.summary.startsWith("November 2019 · event")).toBe(true);
    expect(withdraw.summary).toContain("Source: HRW, https://www.hrw.org/news/2020/03/03/joint-letter");
    expect(withdraw.links).toContainEqual({
      rel: "related",
      href: "https://www.hrw.org/news/2020/03/03/joint-letter",
      title: "HRW",
    });
  });

  it("marks a retracted entry as retracted, with its reason, updated when it was retracted", () => {
    const retracted = campaignFeed(
      {
        campaign,
        today: TODAY,
        timeline: buildTimeline(
          story({
            letters: [],
            events: [
              event("wrong", "2020-01-10", {
                retracted: { at: "2020-02-01T09:30:00.000Z", reason: "Wrong date in the source" },
              }),
            ],
          }),
        ),
      },
      urls,
      text,
    );
    expect(retracted.entries[0].title).toBe("Retracted: Event wrong");
    expect(retracted.entries[0].summary).toContain("Retracted: Wrong date in the source");
    expect(retracted.entries[0].updated).toBe("2020-02-01T09:30:00.000Z");
  });

  it(`holds at most ${CAMPAIGN_FEED_LIMIT} entries, the newest`, () => {
    const events = Array.from({ length: 150 }, (_, i) =>
      event(`e${String(i).padStart(3, "0")}`, `2020-${String((i % 12) + 1).padStart(2, "0")}-01`),
    );
    const long = campaignFeed(
      { campaign, today: TODAY, timeline: buildTimeline(story({ events, letters: [], asks: [] })) },
      urls,
      text,
    );
    expect(long.entries).toHaveLength(CAMPAIGN_FEED_LIMIT);
    expect(long.entries[0].published).toBe("2020-12-01T00:00:00Z");
  });

  it("falls back to today for an empty timeline", () => {
    const empty = campaignFeed(
      { campaign, today: TODAY, timeline: buildTimeline(story({ events: [], letters: [], asks: [] })) },
      urls,
      text,
    );
    expect(empty.entries).toEqual([]);
    expect(empty.updated).toBe(atomDate(TODAY));
  });
});

describe("letterFeed", () => {
  const letterUrl = `${SITE}/campaigns/icnk/letters/december-2019-letter`;
  const response = {
    id: "reply",
    kind: "written_reply" as const,
    stance: "noncommittal" as const,
    date: { date: "2020-02-10", precision: "day" as const },
    summary: "The ministry acknowledged the letter.",
    sourceUrl: null,
    retracted: null,
    askId: null,
  };
  const input = (responses: TimelineInput["responses"]) => {
    const [letter] = story().letters;
    // Answered when a response to it is on record: its clock stops.
    const clock = responses.some((r) => r.letterId === "letter-1")
      ? letterClock({
          status: "sent",
          sentOn: "2019-12-01",
          rule: "calendar_days",
          deadlineDays: 30,
          firstResponseOn: "2020-02-10",
          timeZone: "Asia/Seoul",
          now: NOW,
        })
      : letter!.clock;
    return {
      campaign,
      today: TODAY,
      timeline: buildTimeline(story({ responses, letters: [{ ...letter!, clock }] })),
    };
  };
  const head = {
    id: "letter-1",
    feedTitle: "The December letter",
    url: letterUrl,
    feed: `${letterUrl}/feed.xml`,
  };

  it("tells one letter's story: its sending, its missed deadline, and the responses to it alone", () => {
    const feed = letterFeed(
      input([
        { ...response, letterId: "letter-1" },
        { ...response, id: "other", letterId: null },
      ]),
      head,
      urls,
      text,
    );
    expect(feed.title).toBe("The December letter");
    expect(feed.id).toBe(letterUrl);
    expect(feed.links).toContainEqual({
      rel: "self",
      type: "application/atom+xml",
      href: `${letterUrl}/feed.xml`,
    });
    expect(feed.entries.map((e) => e.id)).toEqual([
      `${SITE}/campaigns/icnk/timeline#response-reply`,
      `${SITE}/campaigns/icnk/timeline#letter_sent-letter-1`,
    ]);
    // Answered: no missed deadline counts days, so the newest entry dates the feed.
    expect(feed.updated).toBe("2020-02-10T00:00:00Z");
  });

  it("while unanswered, says so as of today, and is updated today", () => {
    const feed = letterFeed(input([]), head, urls, text);
    expect(feed.entries[0]!.summary).toContain("No response for 2,554 days");
    expect(feed.updated).toBe(atomDate(TODAY));
  });

  it("reads as Atom to a feed parser", () => {
    const parsed = parseAtomFeed(renderAtomFeed(letterFeed(input([]), head, urls, text)));
    expect(parsed.title?.value).toBe("The December letter");
    expect(parsed.updated).toBe(atomDate(TODAY));
    expect(parsed.entries?.map((e) => e.title?.value)).toEqual([
      "No response to “Clarify the government's position” by its deadline",
      "Letter sent: Clarify the government's position",
    ]);
  });
});

describe("renderAtomFeed", () => {
  it("escapes every value, so a record cannot break the XML or inject markup", () => {
    expect(xmlText(`<b>"Tom & Jerry"</b>\u0007`)).toBe("&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
    const xml = renderAtomFeed({
      id: "https://answerable.example/campaigns/x",
      language: "en-GB",
      title: `A & B <script>alert(1)</script>`,
      updated: "2020-01-01T00:00:00Z",
      authorName: "Answerable",
      links: [{ rel: "self", href: "https://answerable.example/campaigns/x/feed.xml?a=1&b=2" }],
      entries: [
        {
          id: "https://answerable.example/campaigns/x/timeline#event-1",
          title: `"Quoted" </title><evil/>`,
          updated: "2020-01-01T00:00:00Z",
          links: [],
          summary: "Line one\n\nLine two",
        },
      ],
    });
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
      ),
    ).toBe(true);
    expect(xml).toContain('<title type="text">A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('href="https://answerable.example/campaigns/x/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain("&quot;Quoted&quot; &lt;/title&gt;&lt;evil/&gt;");
    expect(xml).not.toContain("<evil/>");
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });
});

describe("awaitingFeed", () => {
  const clock = (sentOn: string, deadlineDays: number, sentPrecision: DatePrecision = "day") => {
    const c = seoulClock(sentOn, deadlineDays, sentPrecision);
    if (c.state !== "overdue" && c.state !== "awaiting") throw new Error(`unexpected ${c.state}`);
    return c;
  };
  const letter = (
    slug: string,
    sentOn: string,
    deadlineDays: number,
    isSample = false,
    sentPrecision: DatePrecision = "day",
  ) => {
    const c = clock(sentOn, deadlineDays, sentPrecision);
    return {
      letterSlug: slug,
      letterTitle: `Letter ${slug}`,
      addressee: "President Moon Jae-in",
      campaignSlug: "icnk",
      campaignTitle: "North Korea: co-sponsor the UN resolutions",
      sent: { date: sentOn, precision: sentPrecision },
      deadline: c.deadline,
      clock: c,
      targetCount: 1,
      tallySentence: "67 organisations and 10 individuals",
      tally: TALLY,
      isSample,
    };
  };
  const feed = awaitingFeed(
    {
      groups: [
        {
          target: { slug: "korea", name: "Government of the Republic of Korea", timeZone: "Asia/Seoul" },
          overdue: 1,
          letters: [letter("december", "2019-12-01", 30), letter("fresh", "2026-11-20", 30, true)],
        },
      ],
    },
    {
      feed: `${SITE}/awaiting-response/feed.xml`,
      page: `${SITE}/awaiting-response`,
      letter: (c, l) => `${SITE}/campaigns/${c}/letters/${l}`,
      campaign: (c) => `${SITE}/campaigns/${c}`,
    },
    { now: NOW, locale: "en-GB" },
  );

  it("lists each unanswered letter once, saying how long it has waited as of today in the target's zone", () => {
    expect(feed.entries.map((e) => e.id)).toEqual([
      `${SITE}/campaigns/icnk/letters/december`,
      `${SITE}/campaigns/icnk/letters/fresh`,
    ]);
    const [overdue, waiting] = feed.entries;
    expect(overdue.title).toBe(
      "Unanswered past its deadline: “Letter december” (Government of the Republic of Korea)",
    );
    expect(overdue.summary).toContain(
      "No response for 2,554 days, counted from sending, as of 28 November 2026.",
    );
    expect(overdue.summary).toContain("Signed by 67 organisations and 10 individuals.");
    expect(waiting.title).toBe("Awaiting a response: “Letter fresh” (Government of the Republic of Korea)");
    expect(waiting.summary).toContain("Sent 8 days ago, as of 28 November 2026; no response yet.");
    expect(waiting.summary).toContain("Sample letter (demo data).");
  });

  it("says about so many days for a letter sent in a month, overdue from its deadline counted from the month's end", () => {
    const december = letter("december", "2019-12-01", 30, false, "month");
    const [entry] = awaitingFeed(
      {
        groups: [
          {
            target: { slug: "korea", name: "Korea", timeZone: "Asia/Seoul" },
            overdue: 1,
            letters: [december],
          },
        ],
      },
      { feed: "f", page: "p", letter: (c, l) => `${c}/${l}`, campaign: (c) => c },
      { now: NOW, locale: "en-GB" },
    ).entries;
    expect(entry!.summary).toContain(
      "No response for about 2,554 days, counted from sending, as of 28 November 2026.",
    );
    expect(entry!.summary).toContain("Response deadline: 30 January 2020");
    expect(entry!.updated).toBe("2020-01-31T00:00:00Z");
  });

  it("dates an overdue letter from the day it became overdue, so readers see it again then", () => {
    expect(feed.entries[0].published).toBe("2019-12-01T00:00:00Z");
    expect(feed.entries[0].updated).toBe("2020-01-01T00:00:00Z");
    expect(feed.entries[1].updated).toBe("2026-11-20T00:00:00Z");
    // The entries count their days as of today, so the feed as a whole changed today.
    expect(feed.updated).toBe(atomDate(TODAY));
  });
});

describe("a feed in Korean", () => {
  const clock = seoulClock("2019-12-01", 30);
  if (clock.state !== "overdue") throw new Error(`unexpected ${clock.state}`);
  const feed = awaitingFeed(
    {
      groups: [
        {
          target: { slug: "korea", name: "대한민국 정부", timeZone: "Asia/Seoul" },
          overdue: 1,
          letters: [
            {
              letterSlug: "december",
              letterTitle: "12월 서한",
              addressee: "문재인 대통령",
              campaignSlug: "icnk",
              campaignTitle: "북한 인권 결의안 공동제안",
              sent: { date: "2019-12-01", precision: "day" },
              deadline: clock.deadline,
              clock,
              targetCount: 1,
              tallySentence: TALLY.sentence,
              tally: TALLY,
              isSample: false,
            },
          ],
        },
      ],
    },
    {
      feed: `${SITE}/ko/awaiting-response/feed.xml`,
      page: `${SITE}/ko/awaiting-response`,
      letter: (c, l) => `${SITE}/ko/campaigns/${c}/letters/${l}`,
      campaign: (c) => `${SITE}/ko/campaigns/${c}`,
    },
    { now: NOW, locale: "ko" },
  );
  const xml = renderAtomFeed(feed);

  it("says so, and writes its titles, counts and dates the Korean way", () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">');
    expect(feed.title).toBe("Answerable: 답변을 기다리는 서한");
    const [entry] = feed.entries;
    expect(entry!.title).toBe("답변 기한 경과: “12월 서한”(대한민국 정부)");
    expect(entry!.summary).toContain("2026년 11월 28일 기준 2,554일째 무응답(발송일부터 계산).");
    expect(entry!.summary).toContain("답변 기한: 2019년 12월 31일(");
    expect(entry!.summary).toContain("발송일: 2019년 12월 1일.");
    expect(entry!.summary).toContain("서명: 단체 67곳과 개인 10명.");
    expect(entry!.categories).toEqual([{ term: "overdue", label: "기한 경과" }]);
  });

  it("leaves no English word in its text, the record's own names aside", () => {
    const words = [feed.title, feed.subtitle ?? "", ...feed.entries.flatMap((e) => [e.title, e.summary])]
      .join("\n")
      .replace(/Answerable/g, "");
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("writes a campaign's timeline entries' dates in Korean too", () => {
    const korean = campaignFeed(
      {
        campaign: { slug: "icnk", title: "캠페인", summary: "" },
        timeline: buildTimeline(story()),
        today: TODAY,
      },
      urls,
      { ...text, locale: "ko" },
    );
    expect(korean.language).toBe("ko");
    // The government's withdrawal, known to the month: the oldest entry.
    expect(korean.entries.at(-1)!.summary).toMatch(/^2019년 11월 · /);
  });
});
