import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  isWeekend,
  type LetterClockInput,
  letterClock,
  responseDeadline,
  todayIn,
} from "@/lib/domain/deadlines";

/** A sent letter with 30 calendar days to answer, no response, in UTC; override what a test is about. */
function sent(overrides: Partial<LetterClockInput>): LetterClockInput {
  return {
    status: "sent",
    sentOn: "2024-05-01",
    rule: "calendar_days",
    deadlineDate: null,
    deadlineDays: 30,
    holidays: [],
    firstResponseOn: null,
    timeZone: "UTC",
    now: new Date("2024-05-01T12:00:00Z"),
    ...overrides,
  };
}

/** At noon on the deadline the letter is still in time; at noon the day after, a day overdue. */
function expectDueOn(
  input: LetterClockInput,
  {
    deadline,
    dayAfter,
    daysWithoutResponse,
  }: { deadline: string; dayAfter: string; daysWithoutResponse: number },
) {
  expect(letterClock({ ...input, now: new Date(`${deadline}T12:00:00Z`) })).toMatchObject({
    state: "awaiting",
    deadline,
    daysLeft: 0,
  });
  expect(letterClock({ ...input, now: new Date(`${dayAfter}T12:00:00Z`) })).toMatchObject({
    state: "overdue",
    deadline,
    daysOverdue: 1,
    daysWithoutResponse,
  });
}

describe("daysBetween", () => {
  it("is zero on the same day and signed by direction", () => {
    expect(daysBetween("2024-05-01", "2024-05-01")).toBe(0);
    expect(daysBetween("2024-05-01", "2024-05-02")).toBe(1);
    expect(daysBetween("2024-05-02", "2024-05-01")).toBe(-1);
  });

  it("crosses month and year ends", () => {
    expect(daysBetween("2019-12-31", "2020-01-01")).toBe(1);
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2); // 2020 is a leap year
    expect(daysBetween("2021-02-28", "2021-03-01")).toBe(1);
    expect(daysBetween("2020-01-01", "2021-01-01")).toBe(366);
  });

  it("is not shifted by daylight-saving changes", () => {
    // Europe and the US change clocks in these spans; calendar days stay whole.
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2);
    expect(daysBetween("2024-10-26", "2024-10-28")).toBe(2);
    expect(daysBetween("2024-03-09", "2024-03-11")).toBe(2);
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => daysBetween("2024-5-1", "2024-05-02")).toThrow(RangeError);
    expect(() => daysBetween("2021-02-29", "2021-03-01")).toThrow(RangeError);
    expect(() => daysBetween("2024-05-01T00:00:00Z", "2024-05-02")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-01"],
    ["2024-01-31", 29, "2024-02-29"],
    ["2023-01-31", 29, "2023-03-01"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2020-02-29", 1, "2020-03-01"],
    ["2019-12-31", 1, "2020-01-01"],
    ["2020-01-01", -1, "2019-12-31"],
    ["2024-05-01", 0, "2024-05-01"],
  ])("%s + %i days is %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it("refuses fractional days", () => {
    expect(() => addDays("2024-05-01", 1.5)).toThrow(RangeError);
  });
});

describe("isWeekend", () => {
  it.each([
    ["2024-05-03", false], // Friday
    ["2024-05-04", true], // Saturday
    ["2024-05-05", true], // Sunday
    ["2024-05-06", false], // Monday
  ])("%s is a weekend day: %s", (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });
});

describe("todayIn", () => {
  const evening = new Date("2020-01-01T20:00:00Z");

  it("gives the calendar date in the target's zone", () => {
    expect(todayIn("UTC", evening)).toBe("2020-01-01");
    expect(todayIn("America/New_York", evening)).toBe("2020-01-01");
    expect(todayIn("Asia/Seoul", evening)).toBe("2020-01-02");
  });

  it("is still yesterday west of UTC just after midnight UTC", () => {
    expect(todayIn("America/New_York", new Date("2020-01-02T03:00:00Z"))).toBe("2020-01-01");
  });

  it("refuses an unknown zone", () => {
    expect(() => todayIn("Mars/Olympus_Mons", evening)).toThrow(RangeError);
  });
});

describe("responseDeadline", () => {
  it("has none for an unsent letter, whatever the rule", () => {
    expect(responseDeadline({ sentOn: null, rule: "calendar_days", deadlineDays: 30 })).toBeNull();
    expect(responseDeadline({ sentOn: null, rule: "date", deadlineDate: "2024-06-01" })).toBeNull();
  });

  it("has none under the rule none", () => {
    expect(responseDeadline({ sentOn: "2024-05-01", rule: "none" })).toBeNull();
  });

  it("uses the fixed date under the rule date", () => {
    expect(responseDeadline({ sentOn: "2024-05-01", rule: "date", deadlineDate: "2024-06-15" })).toBe(
      "2024-06-15",
    );
  });

  it.each([
    ["2019-12-01", 30, "2019-12-31"],
    ["2024-01-31", 29, "2024-02-29"],
    ["2020-01-31", 30, "2020-03-01"], // Jan 31 plus a month of days, leap year
    ["2021-01-31", 30, "2021-03-02"],
    ["2019-12-31", 1, "2020-01-01"],
  ])("sent %s with %i calendar days is due %s", (sentOn, days, expected) => {
    expect(responseDeadline({ sentOn, rule: "calendar_days", deadlineDays: days })).toBe(expected);
  });

  it.each([
    { weekday: "Friday", sentOn: "2024-05-03", days: 1, holidays: [], due: "2024-05-06" },
    { weekday: "Friday", sentOn: "2024-05-03", days: 5, holidays: [], due: "2024-05-10" },
    { weekday: "Friday", sentOn: "2024-05-03", days: 6, holidays: [], due: "2024-05-13" },
    // The sending day does not count even when it is a working day.
    { weekday: "Monday", sentOn: "2024-05-06", days: 1, holidays: [], due: "2024-05-07" },
    // Sent at the weekend, counting starts on Monday.
    { weekday: "Saturday", sentOn: "2024-05-04", days: 1, holidays: [], due: "2024-05-06" },
    // The target's holidays are skipped…
    {
      weekday: "Friday",
      sentOn: "2024-05-03",
      days: 1,
      holidays: ["2024-05-06", "2024-05-07"],
      due: "2024-05-08",
    },
    // …and a holiday on a weekend changes nothing.
    { weekday: "Friday", sentOn: "2024-05-03", days: 1, holidays: ["2024-05-04"], due: "2024-05-06" },
    // Across the year end, with New Year's Day off.
    { weekday: "Tuesday", sentOn: "2019-12-31", days: 1, holidays: ["2020-01-01"], due: "2020-01-02" },
  ])(
    "sent $weekday $sentOn with $days working days and holidays $holidays is due $due",
    ({ sentOn, days, holidays, due }) => {
      expect(responseDeadline({ sentOn, rule: "working_days", deadlineDays: days, holidays })).toBe(due);
    },
  );

  it("has none while the day count is missing, and refuses a non-positive one", () => {
    expect(responseDeadline({ sentOn: "2024-05-01", rule: "calendar_days", deadlineDays: null })).toBeNull();
    expect(() => responseDeadline({ sentOn: "2024-05-01", rule: "calendar_days", deadlineDays: 0 })).toThrow(
      RangeError,
    );
    expect(() => responseDeadline({ sentOn: "2024-05-01", rule: "working_days", deadlineDays: -3 })).toThrow(
      RangeError,
    );
  });
});

describe("letterClock", () => {
  it("has not started for drafts or letters still collecting signatures", () => {
    expect(letterClock(sent({ status: "draft", sentOn: null }))).toEqual({ state: "draft" });
    expect(letterClock(sent({ status: "collecting", sentOn: null }))).toEqual({ state: "collecting" });
  });

  it.each([
    // Sent today: zero days so far.
    {
      at: "2024-05-01T23:59:59Z",
      clock: {
        state: "awaiting",
        deadline: "2024-05-31",
        daysLeft: 30,
        daysSinceSent: 0,
        approximate: false,
      },
    },
    // Still in time on the deadline day…
    {
      at: "2024-05-31T23:59:59Z",
      clock: {
        state: "awaiting",
        deadline: "2024-05-31",
        daysLeft: 0,
        daysSinceSent: 30,
        approximate: false,
      },
    },
    // …and overdue the day after.
    {
      at: "2024-06-01T00:00:00Z",
      clock: {
        state: "overdue",
        deadline: "2024-05-31",
        daysOverdue: 1,
        daysWithoutResponse: 31,
        approximate: false,
      },
    },
  ])("reads $clock.state at $at when sent on 1 May with 30 days", ({ at, clock }) => {
    expect(letterClock(sent({ now: new Date(at) }))).toEqual(clock);
  });

  it.each([
    { name: "is answered by a response before the deadline", on: "2024-05-10", now: "2024-07-01", days: 9 },
    { name: "ends the clock with a late response too", on: "2024-06-20", now: "2024-07-01", days: 50 },
    { name: "is answered by a response on the sending day", on: "2024-05-01", now: "2024-05-01", days: 0 },
  ])("$name", ({ on, now, days }) => {
    const clock = letterClock(sent({ firstResponseOn: on, now: new Date(`${now}T12:00:00Z`) }));
    expect(clock).toEqual({
      state: "answered",
      respondedOn: on,
      respondedPrecision: "day",
      daysToAnswer: days,
      approximate: false,
    });
  });

  it("keeps a closed letter without a response overdue", () => {
    const clock = letterClock(sent({ status: "closed", now: new Date("2024-06-10T12:00:00Z") }));
    expect(clock).toMatchObject({ state: "overdue", daysOverdue: 10, daysWithoutResponse: 40 });
  });

  it("shows a closed letter with a response as answered", () => {
    const clock = letterClock(sent({ status: "closed", firstResponseOn: "2024-06-05" }));
    expect(clock).toMatchObject({ state: "answered", respondedOn: "2024-06-05" });
  });

  it("is never overdue without a deadline", () => {
    const clock = letterClock(
      sent({ rule: "none", deadlineDays: null, now: new Date("2030-01-01T00:00:00Z") }),
    );
    expect(clock).toEqual({
      state: "awaiting",
      deadline: null,
      daysLeft: null,
      daysSinceSent: daysBetween("2024-05-01", "2030-01-01"),
      approximate: false,
    });
    const closed = letterClock(sent({ status: "closed", rule: "none", deadlineDays: null }));
    expect(closed.state).toBe("awaiting");
  });

  it("uses a fixed deadline date", () => {
    expectDueOn(sent({ rule: "date", deadlineDate: "2024-05-15", deadlineDays: null }), {
      deadline: "2024-05-15",
      dayAfter: "2024-05-16",
      daysWithoutResponse: 15,
    });
  });

  it("applies working days and holidays", () => {
    // Sent Friday; 1 working day with Monday a holiday → due Tuesday.
    const input = sent({
      sentOn: "2024-05-03",
      rule: "working_days",
      deadlineDays: 1,
      holidays: ["2024-05-06"],
    });
    expectDueOn(input, { deadline: "2024-05-07", dayAfter: "2024-05-08", daysWithoutResponse: 5 });
  });

  it("decides overdue by the calendar in the target's zone", () => {
    // Due 2020-01-01; at 20:00 UTC that day it is already 2 January in Seoul.
    const input = sent({
      sentOn: "2019-12-31",
      deadlineDays: 1,
      now: new Date("2020-01-01T20:00:00Z"),
    });
    expect(letterClock({ ...input, timeZone: "UTC" })).toMatchObject({ state: "awaiting", daysLeft: 0 });
    expect(letterClock({ ...input, timeZone: "America/New_York" })).toMatchObject({
      state: "awaiting",
      daysLeft: 0,
    });
    expect(letterClock({ ...input, timeZone: "Asia/Seoul" })).toEqual({
      state: "overdue",
      deadline: "2020-01-01",
      daysOverdue: 1,
      daysWithoutResponse: 2,
      approximate: false,
    });
  });

  it("defaults to UTC", () => {
    const { timeZone: _, ...input } = sent({
      sentOn: "2019-12-31",
      deadlineDays: 1,
      now: new Date("2020-01-01T20:00:00Z"),
    });
    expect(letterClock(input).state).toBe("awaiting");
  });

  it("never counts negative days when the sending date is ahead of the target's today", () => {
    // Recorded as sent on 2 January from Seoul, while it is still 1 January in UTC.
    const clock = letterClock(sent({ sentOn: "2020-01-02", now: new Date("2020-01-01T20:00:00Z") }));
    expect(clock).toMatchObject({ state: "awaiting", daysSinceSent: 0, daysLeft: 31 });
  });

  it("refuses a sent letter with no sending date", () => {
    expect(() => letterClock(sent({ sentOn: null }))).toThrow(RangeError);
  });

  it("reports a letter sent on 1 December 2019 as overdue since 31 December 2019", () => {
    const clock = letterClock({
      status: "sent",
      sentOn: "2019-12-01",
      rule: "calendar_days",
      deadlineDate: null,
      deadlineDays: 30,
      holidays: [],
      firstResponseOn: null,
      timeZone: "Asia/Seoul",
      now: new Date("2026-11-28T12:00:00Z"),
    });
    expect(clock).toEqual({
      state: "overdue",
      deadline: "2019-12-31",
      daysOverdue: daysBetween("2019-12-31", "2026-11-28"),
      daysWithoutResponse: daysBetween("2019-12-01", "2026-11-28"),
      approximate: false,
    });
    expect(daysBetween("2019-12-01", "2026-11-28")).toBe(2554);
  });
});

describe("a sending date known only to the month or year", () => {
  /** Sent "in October 2017" (stored as its first day) with 10 calendar days to answer. */
  const october = (now: string, over: Partial<LetterClockInput> = {}) =>
    letterClock(
      sent({
        sentOn: "2017-10-01",
        sentPrecision: "month",
        deadlineDays: 10,
        now: new Date(`${now}T12:00:00Z`),
        ...over,
      }),
    );

  it("counts a days-based deadline from the period's last day", () => {
    const rule = { sentOn: "2017-10-01", rule: "calendar_days" as const, deadlineDays: 10 };
    expect(responseDeadline({ ...rule, sentPrecision: "month" })).toBe("2017-11-10");
    expect(responseDeadline({ ...rule, sentOn: "2017-01-01", sentPrecision: "year" })).toBe("2018-01-10");
    // Friday 31 March 2017 is the month's last day: one working day later is Monday 3 April.
    expect(
      responseDeadline({
        sentOn: "2017-03-01",
        sentPrecision: "month",
        rule: "working_days",
        deadlineDays: 1,
      }),
    ).toBe("2017-04-03");
    expect(responseDeadline({ ...rule, sentPrecision: "day" })).toBe("2017-10-11");
    // A fixed date is the date whatever the sending's precision.
    expect(
      responseDeadline({ ...rule, sentPrecision: "month", rule: "date", deadlineDate: "2017-10-20" }),
    ).toBe("2017-10-20");
  });

  it("is not overdue from an assumed day: in time until the deadline counted from the month's end", () => {
    // Sent "in October" with 10 days: perhaps on the 28th, so not overdue on 11 October.
    expect(october("2017-10-11")).toMatchObject({ state: "awaiting", deadline: "2017-11-10" });
    expectDueOn(sent({ sentOn: "2017-10-01", sentPrecision: "month", deadlineDays: 10 }), {
      deadline: "2017-11-10",
      dayAfter: "2017-11-11",
      daysWithoutResponse: daysBetween("2017-10-01", "2017-11-11"),
    });
  });

  it("says every count from an imprecise sending is approximate", () => {
    expect(october("2017-10-20")).toMatchObject({ state: "awaiting", approximate: true });
    expect(october("2017-12-01")).toMatchObject({ state: "overdue", approximate: true });
    expect(october("2017-12-01", { firstResponseOn: "2017-11-20" })).toMatchObject({
      state: "answered",
      approximate: true,
    });
    expect(october("2017-12-01", { sentOn: "2017-10-12", sentPrecision: "day" })).toMatchObject({
      state: "overdue",
      approximate: false,
    });
    expect(october("2017-12-01", { sentPrecision: undefined })).toMatchObject({ approximate: false });
  });

  it("counts a deadline from a range's last day, and calls every count from it approximate", () => {
    // Sent "28 or 29 September 2017" with 10 days: in time until 9 October.
    const range = { sentOn: "2017-09-28", sentPrecision: "range" as const, sentEnd: "2017-09-29" };
    expect(responseDeadline({ ...range, rule: "calendar_days", deadlineDays: 10 })).toBe("2017-10-09");
    const at = (now: string) =>
      letterClock(sent({ ...range, deadlineDays: 10, now: new Date(`${now}T12:00:00Z`) }));
    expect(at("2017-10-09")).toMatchObject({ state: "awaiting", deadline: "2017-10-09", approximate: true });
    expect(at("2017-10-10")).toMatchObject({ state: "overdue", daysOverdue: 1, approximate: true });
  });

  it("says days to answer are approximate when the response is known as a range", () => {
    const clock = letterClock(
      sent({
        firstResponseOn: "2024-06-21",
        firstResponsePrecision: "range",
        firstResponseEnd: "2024-06-30",
        now: new Date("2024-07-01"),
      }),
    );
    expect(clock).toMatchObject({ state: "answered", respondedEnd: "2024-06-30", approximate: true });
  });

  it("says days to answer are approximate when the response is known only to the month", () => {
    const clock = letterClock(
      sent({ firstResponseOn: "2024-06-01", firstResponsePrecision: "month", now: new Date("2024-07-01") }),
    );
    expect(clock).toMatchObject({ state: "answered", daysToAnswer: 31, approximate: true });
  });
});
