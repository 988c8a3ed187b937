import { describe, expect, it } from "vitest";
import {
  isPastPrecise,
  monthPartRange,
  type PreciseDate,
  preciseDate,
  preciseDateParts,
  preciseDateTime,
  precisePeriodEnd,
  precisePeriodStart,
  rangeShape,
  sortKey,
} from "@/lib/domain/dates";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";

const day = (date: string): PreciseDate => ({ date, precision: "day" });
const month = (date: string): PreciseDate => ({ date, precision: "month" });
const year = (date: string): PreciseDate => ({ date, precision: "year" });

describe.each([
  {
    date: day("2020-03-03"),
    words: "3 March 2020",
    korean: "2020년 3월 3일",
    parts: { year: 2020, month: 3, day: 3 },
    time: "2020-03-03",
  },
  {
    date: month("2019-11-01"),
    words: "November 2019",
    korean: "2019년 11월",
    parts: { year: 2019, month: 11, day: null },
    time: "2019-11",
  },
  {
    date: year("2019-01-01"),
    words: "2019",
    korean: "2019년",
    parts: { year: 2019, month: null, day: null },
    time: "2019",
  },
])("a date known to the $date.precision", ({ date, words, korean, parts, time }) => {
  it("is worded no more precisely than the precision vouches for (formatPreciseDate)", () => {
    expect(formatPreciseDate(date, "en-GB")).toBe(words);
  });

  it("is written the Korean way in Korean", () => {
    expect(formatPreciseDate(date, "ko")).toBe(korean);
  });

  it("keeps only the known parts, as numbers another language can word (preciseDateParts)", () => {
    expect(preciseDateParts(date)).toEqual(parts);
  });

  it("is a valid <time> value at its precision (preciseDateTime)", () => {
    expect(preciseDateTime(date)).toBe(time);
  });
});

describe("formatPreciseDate", () => {
  it("never shifts a date across a day, month or year boundary", () => {
    expect(formatPreciseDate(day("2019-12-31"), "en-GB")).toBe("31 December 2019");
    expect(formatPreciseDate(day("2020-01-01"), "en-GB")).toBe("1 January 2020");
    expect(formatPreciseDate(month("2020-01-01"), "en-GB")).toBe("January 2020");
    expect(formatPreciseDate(year("2020-01-01"), "en-GB")).toBe("2020");
  });

  it("ignores a stray day on a month-precision date", () => {
    expect(formatPreciseDate(month("2019-11-30"), "en-GB")).toBe("November 2019");
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => formatPreciseDate(day("2021-02-29"), "en-GB")).toThrow(RangeError);
    expect(() => formatPreciseDate(day("2020-3-3"), "en-GB")).toThrow(RangeError);
    expect(() => formatPreciseDate(month("2020-13-01"), "en-GB")).toThrow(RangeError);
  });
});

describe("formatDay", () => {
  it("writes the UTC calendar day of an instant, or a calendar date, in the language asked", () => {
    expect(formatDay(new Date("2020-03-03T23:30:00Z"), "en-GB")).toBe("3 March 2020");
    expect(formatDay("2020-03-03", "ko")).toBe("2020년 3월 3일");
  });
});

describe("periods and sorting", () => {
  it.each([
    [month("2020-02-17"), "2020-02-01", "2020-02-29"],
    [month("2020-02-01"), "2020-02-01", "2020-02-29"],
    [month("2021-02-01"), "2021-02-01", "2021-02-28"],
    [month("2019-11-01"), "2019-11-01", "2019-11-30"],
    [year("2019-01-01"), "2019-01-01", "2019-12-31"],
    [day("2020-03-03"), "2020-03-03", "2020-03-03"],
  ])("spans the whole month or year, leap days included: %o runs from %s to %s", (date, start, end) => {
    expect(precisePeriodStart(date)).toBe(start);
    expect(precisePeriodEnd(date)).toBe(end);
  });

  it("sorts a month as its first day", () => {
    const dates = [day("2019-11-05"), month("2019-11-01"), day("2019-10-31"), year("2019-01-01")];
    const sorted = [...dates].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted.map(preciseDateTime)).toEqual(["2019", "2019-10-31", "2019-11", "2019-11-05"]);
    expect(sortKey(month("2019-11-20"))).toBe("2019-11-01");
  });
});

describe("isPastPrecise", () => {
  it("treats a day as past from the next day", () => {
    expect(isPastPrecise(day("2020-03-15"), "2020-03-15")).toBe(false);
    expect(isPastPrecise(day("2020-03-15"), "2020-03-16")).toBe(true);
  });

  it("treats a month as past only once the whole month is", () => {
    expect(isPastPrecise(month("2020-03-01"), "2020-03-15")).toBe(false);
    expect(isPastPrecise(month("2020-03-01"), "2020-03-31")).toBe(false);
    expect(isPastPrecise(month("2020-03-01"), "2020-04-01")).toBe(true);
    expect(isPastPrecise(month("2020-03-01"), "2020-02-28")).toBe(false);
  });

  it("treats a year as past only once the whole year is", () => {
    expect(isPastPrecise(year("2020-01-01"), "2020-12-31")).toBe(false);
    expect(isPastPrecise(year("2020-01-01"), "2021-01-01")).toBe(true);
  });

  it("rejects a malformed today", () => {
    expect(() => isPastPrecise(day("2020-03-15"), "15/03/2020")).toThrow(RangeError);
  });
});

describe("a date known as a range of days", () => {
  const range = (date: string, end: string): PreciseDate => ({ date, precision: "range", end });

  it.each([
    [range("2017-09-28", "2017-09-29"), "28 or 29 September 2017"],
    [range("2017-09-30", "2017-10-01"), "30 September or 1 October 2017"],
    [range("2017-12-31", "2018-01-01"), "31 December 2017 or 1 January 2018"],
    [range("2019-11-01", "2019-11-10"), "early November 2019"],
    [range("2019-11-11", "2019-11-20"), "mid-November 2019"],
    [range("2019-11-21", "2019-11-30"), "late November 2019"],
    [range("2020-02-21", "2020-02-29"), "late February 2020"],
    [range("2020-03-03", "2020-03-07"), "between 3 and 7 March 2020"],
    [range("2017-09-28", "2017-10-02"), "between 28 September and 2 October 2017"],
    [range("2017-12-28", "2018-01-02"), "between 28 December 2017 and 2 January 2018"],
    // Days 21 to 29 of a 30-day month are not its whole last part.
    [range("2019-11-21", "2019-11-29"), "between 21 and 29 November 2019"],
  ])("is worded as people say it: %o is “%s” (formatPreciseDate)", (date, words) => {
    expect(formatPreciseDate(date, "en-GB")).toBe(words);
  });

  it.each([
    [range("2017-09-28", "2017-09-29"), "2017년 9월 28일 또는 29일"],
    [range("2017-09-30", "2017-10-01"), "2017년 9월 30일 또는 10월 1일"],
    [range("2017-12-31", "2018-01-01"), "2017년 12월 31일 또는 2018년 1월 1일"],
    [range("2019-11-01", "2019-11-10"), "2019년 11월 초순"],
    [range("2019-11-11", "2019-11-20"), "2019년 11월 중순"],
    [range("2019-11-21", "2019-11-30"), "2019년 11월 하순"],
    [range("2020-03-03", "2020-03-07"), "2020년 3월 3일부터 7일 사이"],
    [range("2017-09-28", "2017-10-02"), "2017년 9월 28일부터 10월 2일 사이"],
    [range("2017-12-28", "2018-01-02"), "2017년 12월 28일부터 2018년 1월 2일 사이"],
  ])("is written in Korean with the year first, the later date shortened: %o is “%s”", (date, words) => {
    expect(formatPreciseDate(date, "ko")).toBe(words);
  });

  it("says which shape it has (rangeShape)", () => {
    expect(rangeShape(range("2017-09-28", "2017-09-29"))).toBe("twoDays");
    expect(rangeShape(range("2019-11-21", "2019-11-30"))).toBe("late");
    expect(rangeShape(range("2020-03-03", "2020-03-07"))).toBe("between");
  });

  it("runs from its first day to its last, sorts by its first and is past only once its last day is", () => {
    const late = range("2019-11-21", "2019-11-30");
    expect(precisePeriodStart(late)).toBe("2019-11-21");
    expect(precisePeriodEnd(late)).toBe("2019-11-30");
    expect(sortKey(late)).toBe("2019-11-21");
    expect(isPastPrecise(late, "2019-11-30")).toBe(false);
    expect(isPastPrecise(late, "2019-12-01")).toBe(true);
  });

  it("gives <time> the month or year both ends fall in (preciseDateTime)", () => {
    expect(preciseDateTime(range("2017-09-28", "2017-09-29"))).toBe("2017-09");
    expect(preciseDateTime(range("2017-09-28", "2017-10-02"))).toBe("2017");
  });

  it("refuses a range without a last day, or one that does not end after it starts", () => {
    expect(() => precisePeriodEnd({ date: "2017-09-28", precision: "range" })).toThrow(RangeError);
    expect(() => formatPreciseDate(range("2017-09-28", "2017-09-28"), "en-GB")).toThrow(RangeError);
    expect(() => formatPreciseDate(range("2017-09-28", "2017-09-20"), "en-GB")).toThrow(RangeError);
  });

  it("names the days of each part of a month (monthPartRange)", () => {
    expect(monthPartRange({ year: 2019, month: 11 }, "early")).toEqual(range("2019-11-01", "2019-11-10"));
    expect(monthPartRange({ year: 2019, month: 11 }, "mid")).toEqual(range("2019-11-11", "2019-11-20"));
    expect(monthPartRange({ year: 2020, month: 2 }, "late")).toEqual(range("2020-02-21", "2020-02-29"));
  });

  it("keeps the last day only on a range (preciseDate)", () => {
    expect(preciseDate("2019-11-01", "month", null)).toEqual({ date: "2019-11-01", precision: "month" });
    expect(preciseDate("2019-11-21", "range", "2019-11-30")).toEqual(range("2019-11-21", "2019-11-30"));
  });
});
