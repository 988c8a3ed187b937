import { describe, expect, it } from "vitest";
import { median } from "@/lib/domain/stats";

describe("median", () => {
  it("is null when nothing was answered", () => {
    expect(median([])).toBeNull();
  });

  it("is the middle value of an odd count, whatever the input order", () => {
    expect(median([40, 3, 12])).toBe(12);
    expect(median([7])).toBe(7);
  });

  it("is the mean of the two middle values of an even count", () => {
    expect(median([10, 2, 30, 4])).toBe(7);
    expect(median([1, 2])).toBe(1.5);
  });

  it("is not pulled about by one very slow answer, as a mean would be", () => {
    expect(median([5, 6, 2_554])).toBe(6);
  });

  it("does not reorder the caller's array", () => {
    const days = [9, 1, 5];
    median(days);
    expect(days).toEqual([9, 1, 5]);
  });

  it("ignores values that are not numbers of days", () => {
    expect(median([Number.NaN, 4, 8])).toBe(6);
  });
});
