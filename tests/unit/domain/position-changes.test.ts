import { describe, expect, it } from "vitest";
import {
  type LineRecord,
  positionNews,
  type SourcedRecord,
  sponsorshipChanges,
} from "@/lib/domain/un/position-changes";
import { resolutionMatrix } from "@/lib/domain/un/positions";
import { UN_STATES } from "@/lib/domain/un/states";
import { positionRecord as record } from "../../helpers/position-records";

/*
 * The news in a line's record: the co-sponsorship changes the matrix marks, with the
 * record behind each, and for a campaign's timeline only the changes and votes of the
 * states it presses, never a co-sponsorship repeated from one session to the next.
 */

const SOURCE = { sourceUrl: "https://www.hrw.org/asia/north-korea", sourceLabel: "Human Rights Watch" };

const texts: LineRecord["texts"] = [
  { id: "t72", order: 0, sessionLabel: "72nd session", draftSymbol: null, adoptedSymbol: "A/RES/72/188" },
  { id: "t73", order: 1, sessionLabel: "73rd session", draftSymbol: "A/C.3/73/L.40", adoptedSymbol: null },
  {
    id: "t74",
    order: 2,
    sessionLabel: "74th session",
    draftSymbol: "A/C.3/74/L.27",
    adoptedSymbol: "A/RES/74/166",
  },
];

/** Korea co-sponsors twice then withdraws; Japan co-sponsors throughout; Bosnia joins at the 73rd; Moldova drops and returns. */
const records: SourcedRecord[] = [
  ...["t72", "t73"].map((textId) =>
    record({ stateIso3: "KOR", textId, kind: "cosponsor", date: "2017-01-01", precision: "year" }),
  ),
  record({
    stateIso3: "KOR",
    textId: "t74",
    kind: "withdrew_cosponsorship",
    date: "2019-11-01",
    precision: "month",
    ...SOURCE,
  }),
  ...["t72", "t73", "t74"].map((textId) =>
    record({ stateIso3: "JPN", textId, kind: "cosponsor", date: "2017-11-01" }),
  ),
  record({ stateIso3: "BIH", textId: "t73", kind: "cosponsor", date: "2018-11-01", ...SOURCE }),
  record({ stateIso3: "BIH", textId: "t74", kind: "cosponsor", date: "2019-11-01" }),
  record({ stateIso3: "MDA", textId: "t72", kind: "cosponsor", date: "2017-11-01" }),
  record({ stateIso3: "MDA", textId: "t73", kind: "not_cosponsor", date: "2018-11-01" }),
  record({ stateIso3: "MDA", textId: "t74", kind: "cosponsor", date: "2019-11-01" }),
  // A vote, and a seat the state did not have: only the first is news.
  record({ stateIso3: "KOR", textId: "t72", kind: "vote_yes", date: "2017-12-19", ...SOURCE }),
  record({ stateIso3: "KOR", textId: "t73", kind: "not_member", date: "2018-12-17" }),
];

const line: LineRecord = {
  resolution: { slug: "dprk-ga", title: "Human rights in the DPRK" },
  texts,
  records,
};
const sessions = texts.map((t) => ({ textId: t.id, sessionLabel: t.sessionLabel, order: t.order }));

describe("sponsorshipChanges", () => {
  it("gives each change the matrix marks, with the record behind it", () => {
    const matrix = resolutionMatrix({ sessions, records, states: UN_STATES });
    const changes = sponsorshipChanges(matrix, records).map((c) => ({
      iso3: c.state.iso3,
      textId: c.textId,
      change: c.change,
      kind: c.record.kind,
    }));
    expect(changes).toEqual([
      // By the states' names, as the matrix sorts them: Bosnia, then the Republics of Korea and Moldova.
      { iso3: "BIH", textId: "t73", change: "joined", kind: "cosponsor" },
      { iso3: "KOR", textId: "t74", change: "dropped", kind: "withdrew_cosponsorship" },
      { iso3: "MDA", textId: "t73", change: "dropped", kind: "not_cosponsor" },
      { iso3: "MDA", textId: "t74", change: "returned", kind: "cosponsor" },
    ]);
    // The record is the one given, with its source.
    const korea = sponsorshipChanges(matrix, records).find((c) => c.state.iso3 === "KOR")!;
    expect(korea.record.sourceUrl).toBe(SOURCE.sourceUrl);
  });

  it("finds nothing in a matrix without changes", () => {
    const steady = records.filter((r) => r.stateIso3 === "JPN");
    expect(
      sponsorshipChanges(resolutionMatrix({ sessions, records: steady, states: UN_STATES }), steady),
    ).toEqual([]);
  });
});

describe("positionNews", () => {
  it("reports the Republic of Korea's withdrawal, dated and sourced, citing the draft it had sponsored", () => {
    const news = positionNews({ lines: [line], states: UN_STATES, iso3s: ["KOR"] });
    const withdrawal = news.find((n) => n.change === "dropped");
    expect(withdrawal).toEqual({
      id: records[2].id,
      change: "dropped",
      kind: "withdrew_cosponsorship",
      state: { iso3: "KOR", name: "Republic of Korea" },
      resolution: line.resolution,
      session: "74th session",
      symbol: "A/C.3/74/L.27",
      date: { date: "2019-11-01", precision: "month" },
      source: { url: SOURCE.sourceUrl, label: SOURCE.sourceLabel },
    });
  });

  it("gives votes but never a co-sponsorship repeated from session to session, nor a seat the state did not hold", () => {
    const news = positionNews({ lines: [line], states: UN_STATES, iso3s: ["KOR", "JPN"] });
    expect(news.map((n) => [n.state.iso3, n.session, n.change, n.kind])).toEqual([
      ["KOR", "74th session", "dropped", "withdrew_cosponsorship"],
      ["KOR", "72nd session", "vote", "vote_yes"],
    ]);
    // A vote cites the adopted text.
    expect(news[1].symbol).toBe("A/RES/72/188");
  });

  it("tells a join from a first list by every state's record, not only the pressed states'", () => {
    const news = positionNews({ lines: [line], states: UN_STATES, iso3s: ["BIH"] });
    expect(news.map((n) => [n.session, n.change, n.symbol])).toEqual([
      ["73rd session", "joined", "A/C.3/73/L.40"],
    ]);
    expect(news[0].source).toEqual({ url: SOURCE.sourceUrl, label: SOURCE.sourceLabel });
  });

  it("says nothing about states it is not asked about, or without a source link", () => {
    expect(positionNews({ lines: [line], states: UN_STATES, iso3s: [] })).toEqual([]);
    expect(positionNews({ lines: [], states: UN_STATES, iso3s: ["KOR"] })).toEqual([]);
    const unsourced = positionNews({ lines: [line], states: UN_STATES, iso3s: ["MDA"] });
    expect(unsourced.map((n) => [n.change, n.source])).toEqual([
      ["dropped", null],
      ["returned", null],
    ]);
  });
});
