import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { type LetterStateTranslator, letterStateWords } from "@/components/letter/letter-state-text";
import { type LetterClock, letterClock } from "@/lib/domain/deadlines";
import { messages } from "@/messages/en";
import { messages as korean } from "@/messages/ko";

/*
 * A letter's state in words, as its badge says it on the letter page, the campaign page,
 * the awaiting-response board and the staff lists: a count of days built on a sending date
 * known only to the month or year says it is approximate.
 */

const t = createTranslator({
  locale: "en-GB",
  messages,
  namespace: "letterState",
}) as unknown as LetterStateTranslator;
const tKo = createTranslator({
  locale: "ko",
  messages: korean,
  namespace: "letterState",
}) as unknown as LetterStateTranslator;

/** Sent on 1 December 2019 (or "in December 2019") with 30 days to answer, read on 28 November 2026 in Seoul. */
const december = (sentPrecision: "day" | "month"): LetterClock =>
  letterClock({
    status: "sent",
    sentOn: "2019-12-01",
    sentPrecision,
    rule: "calendar_days",
    deadlineDays: 30,
    firstResponseOn: null,
    timeZone: "Asia/Seoul",
    now: new Date("2026-11-28T12:00:00Z"),
  });

describe("letterStateWords", () => {
  it("counts the days without a response exactly from a day-precise sending", () => {
    expect(letterStateWords(t, "en-GB", december("day"))).toBe("No response for 2,554 days");
  });

  it("says about so many days when the sending is known only to the month", () => {
    expect(letterStateWords(t, "en-GB", december("month"))).toBe("No response for about 2,554 days");
    expect(
      letterStateWords(t, "en-GB", december("month"), { total: 3, answered: 1, overdue: 2, unanswered: 2 }),
    ).toBe("2 of 3 have not answered · no response for about 2,554 days");
  });

  it("writes the count and the answer's date the Korean way in Korean", () => {
    expect(letterStateWords(tKo, "ko", december("day"))).toBe("2,554일째 무응답");
    expect(letterStateWords(tKo, "ko", december("month"))).toBe("약 2,554일째 무응답");
    const answered = letterClock({
      status: "sent",
      sentOn: "2019-11-01",
      sentPrecision: "day",
      rule: "calendar_days",
      deadlineDays: 30,
      firstResponseOn: "2019-11-21",
      firstResponsePrecision: "range",
      firstResponseEnd: "2019-11-30",
      timeZone: "Asia/Seoul",
      now: new Date("2026-11-28T12:00:00Z"),
    });
    expect(letterStateWords(tKo, "ko", answered)).toContain("2019년 11월 하순");
  });
});
