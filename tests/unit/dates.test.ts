import { describe, expect, it } from "vitest";
import {
  countdownLabel,
  daysLabel,
  formatPreciseDate,
  isPastPrecise,
  type PreciseDate,
  preciseDateParts,
  preciseDateTime,
  precisePeriodEnd,
  precisePeriodStart,
  sortKey,
} from "@/lib/domain/dates";

const day = (date: string): PreciseDate => ({ date, precision: "day" });
const month = (date: string): PreciseDate => ({ date, precision: "month" });
const year = (date: string): PreciseDate => ({ date, precision: "year" });

describe.each([
  {
    date: day("2020-03-03"),
    words: "3 March 2020",
    parts: { year: 2020, month: 3, day: 3 },
    time: "2020-03-03",
  },
  {
    date: month("2019-11-01"),
    words: "November 2019",
    parts: { year: 2019, month: 11, day: null },
    time: "2019-11",
  },
  { date: year("2019-01-01"), words: "2019", parts: { year: 2019, month: null, day: null }, time: "2019" },
])("a date known to the $date.precision", ({ date, words, parts, time }) => {
  it("is worded no more precisely than the precision vouches for (formatPreciseDate)", () => {
    expect(formatPreciseDate(date)).toBe(words);
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
    expect(formatPreciseDate(day("2019-12-31"))).toBe("31 December 2019");
    expect(formatPreciseDate(day("2020-01-01"))).toBe("1 January 2020");
    expect(formatPreciseDate(month("2020-01-01"))).toBe("January 2020");
    expect(formatPreciseDate(year("2020-01-01"))).toBe("2020");
  });

  it("ignores a stray day on a month-precision date", () => {
    expect(formatPreciseDate(month("2019-11-30"))).toBe("November 2019");
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => formatPreciseDate(day("2021-02-29"))).toThrow(RangeError);
    expect(() => formatPreciseDate(day("2020-3-3"))).toThrow(RangeError);
    expect(() => formatPreciseDate(month("2020-13-01"))).toThrow(RangeError);
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

describe("countdownLabel and daysLabel", () => {
  it("words the near days and counts the rest", () => {
    expect(countdownLabel(0)).toBe("today");
    expect(countdownLabel(1)).toBe("tomorrow");
    expect(countdownLabel(-1)).toBe("yesterday");
    expect(countdownLabel(5)).toBe("in 5 days");
    expect(countdownLabel(-5)).toBe("5 days ago");
    expect(countdownLabel(2554)).toBe("in 2,554 days");
  });

  it("uses the singular for one day and groups thousands", () => {
    expect(daysLabel(1)).toBe("1 day");
    expect(daysLabel(0)).toBe("0 days");
    expect(daysLabel(5)).toBe("5 days");
    expect(daysLabel(2554)).toBe("2,554 days");
  });
});
