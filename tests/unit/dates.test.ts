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

describe("formatPreciseDate", () => {
  it("says no more than the precision vouches for", () => {
    expect(formatPreciseDate(day("2020-03-03"))).toBe("3 March 2020");
    expect(formatPreciseDate(month("2019-11-01"))).toBe("November 2019");
    expect(formatPreciseDate(year("2019-01-01"))).toBe("2019");
  });

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

describe("preciseDateParts", () => {
  it("keeps only the known parts, as numbers another language can word", () => {
    expect(preciseDateParts(day("2020-03-03"))).toEqual({ year: 2020, month: 3, day: 3 });
    expect(preciseDateParts(month("2019-11-01"))).toEqual({ year: 2019, month: 11, day: null });
    expect(preciseDateParts(year("2019-01-01"))).toEqual({ year: 2019, month: null, day: null });
  });
});

describe("preciseDateTime", () => {
  it("is a valid <time> value at the date's precision", () => {
    expect(preciseDateTime(day("2020-03-03"))).toBe("2020-03-03");
    expect(preciseDateTime(month("2019-11-01"))).toBe("2019-11");
    expect(preciseDateTime(year("2019-01-01"))).toBe("2019");
  });
});

describe("periods and sorting", () => {
  it("spans the whole month or year, leap days included", () => {
    expect(precisePeriodStart(month("2020-02-17"))).toBe("2020-02-01");
    expect(precisePeriodEnd(month("2020-02-01"))).toBe("2020-02-29");
    expect(precisePeriodEnd(month("2021-02-01"))).toBe("2021-02-28");
    expect(precisePeriodEnd(month("2019-11-01"))).toBe("2019-11-30");
    expect(precisePeriodEnd(year("2019-01-01"))).toBe("2019-12-31");
    expect(precisePeriodEnd(day("2020-03-03"))).toBe("2020-03-03");
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
