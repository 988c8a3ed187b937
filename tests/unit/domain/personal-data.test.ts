import { describe, expect, it } from "vitest";
import {
  addMonths,
  letterRetentionPlan,
  RETENTION_MONTHS_DEFAULT,
  retentionChangeRefusal,
  siteRetentionMonths,
} from "@/lib/domain/personal-data";
import { postgresRegexLiteral } from "@/lib/domain/text";

describe("the retention period", () => {
  it("is the site's, from ANSWERABLE_RETENTION_MONTHS, 12 unless set to a whole number from 0 to 120", () => {
    expect(siteRetentionMonths({})).toBe(RETENTION_MONTHS_DEFAULT);
    expect(siteRetentionMonths({ ANSWERABLE_RETENTION_MONTHS: "6" })).toBe(6);
    expect(siteRetentionMonths({ ANSWERABLE_RETENTION_MONTHS: "0" })).toBe(0);
    // A typo never means "keep forever".
    for (const typo of ["twelve", "-1", "121", "1.5", "1e9"])
      expect(siteRetentionMonths({ ANSWERABLE_RETENTION_MONTHS: typo })).toBe(12);
  });

  it("counts calendar months in UTC, keeping to the month's last day", () => {
    expect(addMonths(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-04-30T10:00:00.000Z");
    expect(addMonths(new Date("2024-02-29T00:00:00Z"), 12).toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(addMonths(new Date("2026-12-07T23:59:00Z"), 12).toISOString()).toBe("2027-12-07T23:59:00.000Z");
  });

  it("is the letter's own when set, and says whether the data is kept, due or erased", () => {
    const closedAt = new Date("2026-01-15T12:00:00Z");
    const open = { retentionMonths: null, closedAt: null, personalDataErasedAt: null };
    expect(letterRetentionPlan(open, 12)).toEqual({ state: "until_closed", months: 12 });
    expect(letterRetentionPlan({ ...open, retentionMonths: 3, closedAt }, 12)).toEqual({
      state: "due",
      months: 3,
      at: new Date("2026-04-15T12:00:00Z"),
    });
    const erasedAt = new Date("2027-01-16T00:00:00Z");
    expect(letterRetentionPlan({ ...open, closedAt, personalDataErasedAt: erasedAt }, 12)).toMatchObject({
      state: "erased",
      at: erasedAt,
    });
  });

  it("may be shortened after people signed, not lengthened; once erased, it no longer changes", () => {
    const rule = (current: number | null, next: number | null, liveSignatures: number, erased = false) =>
      retentionChangeRefusal({ current, next, siteMonths: 12, liveSignatures, erased });
    expect(rule(null, 24, 0)).toBeNull();
    expect(rule(null, 24, 1)).toBe("errors.letter.retentionLonger");
    expect(rule(null, 6, 5)).toBeNull();
    expect(rule(6, null, 5)).toBe("errors.letter.retentionLonger");
    expect(rule(12, null, 5)).toBeNull();
    expect(rule(6, 3, 0, true)).toBe("errors.letter.retentionErased");
    expect(rule(6, 6, 0, true)).toBeNull();
  });
});

describe("an address as a PostgreSQL pattern", () => {
  it("matches only itself", () => {
    expect(postgresRegexLiteral("a.b+c@example.org")).toBe("a\\.b\\+c\\@example\\.org");
  });
});
