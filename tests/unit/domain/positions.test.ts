import { describe, expect, it } from "vitest";
import {
  askOutcomeForState,
  aspectOf,
  currentPositions,
  POSITION_KINDS,
  type PositionKind,
  type PositionRecord,
  positionKey,
  resolutionMatrix,
} from "@/lib/domain/un/positions";
import { stateByIso3, UN_STATES } from "@/lib/domain/un/states";
import { positionRecord as record } from "../../helpers/position-records";

/** A record of the Republic of Korea's position on `textId`. */
const korea = (textId: string, kind: PositionKind, date: string, more: Partial<PositionRecord> = {}) =>
  record({ stateIso3: "KOR", textId, kind, date, ...more });

describe("aspectOf", () => {
  it("separates co-sponsorship from voting", () => {
    const sponsorship = POSITION_KINDS.filter((k) => aspectOf(k) === "sponsorship");
    expect(sponsorship).toEqual(["cosponsor", "withdrew_cosponsorship", "not_cosponsor"]);
    expect(aspectOf("joined_consensus")).toBe("vote");
    expect(aspectOf("not_member")).toBe("vote");
  });
});

describe("currentPositions", () => {
  it("keeps the latest live record per state, text and aspect", () => {
    const records = [
      korea("t74", "cosponsor", "2019-10-31"),
      korea("t74", "withdrew_cosponsorship", "2019-11-01", { precision: "month" }),
      korea("t74", "vote_yes", "2019-12-18"),
      record({ stateIso3: "JPN", textId: "t74", kind: "cosponsor", date: "2019-10-31" }),
    ];
    const current = currentPositions(records);
    expect(current.get(positionKey("t74", "KOR"))?.sponsorship?.kind).toBe("withdrew_cosponsorship");
    expect(current.get(positionKey("t74", "KOR"))?.vote?.kind).toBe("vote_yes");
    expect(current.get(positionKey("t74", "JPN"))).toEqual({ sponsorship: records[3], vote: null });
    expect(current.size).toBe(2);
  });

  it("ignores a retracted record, however late", () => {
    const withdrew = korea("t74", "withdrew_cosponsorship", "2019-11-15");
    const wrong = korea("t74", "cosponsor", "2019-11-20", { retracted: true });
    expect(currentPositions([withdrew, wrong]).get("t74:KOR")?.sponsorship).toBe(withdrew);
    expect(currentPositions([wrong]).size).toBe(0);
  });

  it("breaks a tie on the date by when the record was made", () => {
    const first = korea("t", "cosponsor", "2019-11-15", { recordedAt: "2019-11-16T09:00:00Z" });
    const second = korea("t", "not_cosponsor", "2019-11-15", { recordedAt: "2019-11-16T10:00:00Z" });
    expect(currentPositions([second, first]).get("t:KOR")?.sponsorship).toBe(second);
    expect(currentPositions([first, second]).get("t:KOR")?.sponsorship).toBe(second);
  });

  it("counts a month-precision record only from the month's last day", () => {
    const cosponsor = korea("t74", "cosponsor", "2019-10-31");
    const withdrew = korea("t74", "withdrew_cosponsorship", "2019-11-01", { precision: "month" });
    const asOf = (day: string) =>
      currentPositions([cosponsor, withdrew], day).get("t74:KOR")?.sponsorship?.kind;
    expect(asOf("2019-11-01")).toBe("cosponsor");
    expect(asOf("2019-11-29")).toBe("cosponsor");
    expect(asOf("2019-11-30")).toBe("withdrew_cosponsorship");
    expect(currentPositions([cosponsor], "2019-10-30").size).toBe(0);
    const yearly = korea("t", "vote_no", "2019-01-01", { precision: "year" });
    expect(currentPositions([yearly], "2019-12-30").size).toBe(0);
    expect(currentPositions([yearly], "2019-12-31").size).toBe(1);
  });
});

describe("askOutcomeForState", () => {
  // An ask to co-sponsor at the Council's March 2020 session, known to the month.
  const ask = {
    wanted: "cosponsor" as const,
    decisionDate: "2020-03-01",
    decisionPrecision: "month" as const,
  };
  const cosponsored = (date: string, precision: PositionRecord["precision"] = "day") =>
    korea("hrc43", "cosponsor", date, { precision });

  it("is pending before the decision point while the state is not in the position", () => {
    expect(askOutcomeForState({ ...ask, records: [], today: "2020-03-15" })).toBe("pending");
    // March 2020 has not passed on its last day.
    expect(askOutcomeForState({ ...ask, records: [], today: "2020-03-31" })).toBe("pending");
  });

  it("is met as soon as the state is recorded in the position", () => {
    expect(askOutcomeForState({ ...ask, records: [cosponsored("2020-03-10")], today: "2020-03-15" })).toBe(
      "met",
    );
    expect(askOutcomeForState({ ...ask, records: [cosponsored("2020-03-10")], today: "2021-01-01" })).toBe(
      "met",
    );
  });

  it("is not met once the decision month has ended without it", () => {
    expect(askOutcomeForState({ ...ask, records: [], today: "2020-04-01" })).toBe("not_met");
    // Joining after the decision point does not meet the ask.
    expect(askOutcomeForState({ ...ask, records: [cosponsored("2020-04-01")], today: "2020-04-02" })).toBe(
      "not_met",
    );
    // Co-sponsoring, then withdrawing before the vote.
    const withdrew = korea("hrc43", "withdrew_cosponsorship", "2020-03-20");
    expect(
      askOutcomeForState({ ...ask, records: [cosponsored("2020-03-10"), withdrew], today: "2020-04-02" }),
    ).toBe("not_met");
  });

  it("does not count a record before the day it is dated", () => {
    expect(askOutcomeForState({ ...ask, records: [cosponsored("2020-03-20")], today: "2020-03-15" })).toBe(
      "pending",
    );
    // "March 2020" is only known to hold at the month's end, which is also the decision point.
    const inMarch = cosponsored("2020-03-01", "month");
    expect(askOutcomeForState({ ...ask, records: [inMarch], today: "2020-03-15" })).toBe("pending");
    expect(askOutcomeForState({ ...ask, records: [inMarch], today: "2020-04-02" })).toBe("met");
  });

  it("ignores retracted records", () => {
    const wrong = korea("hrc43", "cosponsor", "2020-03-10", { retracted: true });
    expect(askOutcomeForState({ ...ask, records: [wrong], today: "2020-04-02" })).toBe("not_met");
  });

  it("counts joining the consensus as voting yes", () => {
    const base = {
      wanted: "vote_yes" as const,
      decisionDate: "2020-06-22",
      decisionPrecision: "day" as const,
    };
    const consensus = korea("hrc43", "joined_consensus", "2020-06-22");
    const abstained = korea("hrc43", "vote_abstain", "2020-06-22");
    expect(askOutcomeForState({ ...base, records: [consensus], today: "2020-06-23" })).toBe("met");
    expect(askOutcomeForState({ ...base, records: [abstained], today: "2020-06-23" })).toBe("not_met");
    expect(askOutcomeForState({ ...base, records: [cosponsored("2020-06-01")], today: "2020-06-23" })).toBe(
      "not_met",
    );
  });

  it("stays pending without a decision point until the state takes the position", () => {
    const none = { wanted: "cosponsor" as const, decisionDate: null, decisionPrecision: "day" as const };
    expect(askOutcomeForState({ ...none, records: [], today: "2030-01-01" })).toBe("pending");
    expect(askOutcomeForState({ ...none, records: [cosponsored("2020-03-10")], today: "2030-01-01" })).toBe(
      "met",
    );
  });
});

describe("resolutionMatrix", () => {
  // The General Assembly's DPRK resolution, 63rd (2008) to 74th (2019) sessions.
  const sessions = Array.from({ length: 12 }, (_, i) => ({
    textId: `ga${63 + i}`,
    sessionLabel: `${63 + i}th session`,
    order: 63 + i,
  }));
  const yearOf = (textId: string) => 2008 + Number(textId.slice(2)) - 63;

  function korRecords(): PositionRecord[] {
    const records = sessions
      .slice(0, -1)
      .map((s) => korea(s.textId, "cosponsor", `${yearOf(s.textId)}-11-01`, { precision: "month" }));
    records.push(korea("ga74", "withdrew_cosponsorship", "2019-11-01", { precision: "month" }));
    return records;
  }

  it("calls out the Republic of Korea's withdrawal at the 74th session as a drop", () => {
    const records = [
      ...korRecords(),
      ...sessions.map((s) =>
        record({ stateIso3: "JPN", textId: s.textId, kind: "cosponsor", date: `${yearOf(s.textId)}-11-01` }),
      ),
      // A wrong record, retracted: it must not hide the withdrawal.
      korea("ga74", "cosponsor", "2019-11-20", { retracted: true }),
    ];
    const matrix = resolutionMatrix({ sessions: [...sessions].reverse(), records, states: UN_STATES });
    expect(matrix.rows.map((r) => r.state.iso3)).toEqual(["JPN", "KOR"]);
    const kor = matrix.rows[1];
    expect(kor.state).toBe(stateByIso3("KOR"));
    expect(kor.cells.map((c) => c.textId)).toEqual(sessions.map((s) => s.textId));
    expect(kor.cells.map((c) => c.change)).toEqual([...Array(11).fill(null), "dropped"]);
    expect(kor.cells[10].sponsorship).toBe("cosponsor");
    expect(kor.cells[11].sponsorship).toBe("withdrew_cosponsorship");
    expect(matrix.rows[0].cells.every((c) => c.change === null)).toBe(true);
    expect(matrix.totals.map((t) => t.cosponsors)).toEqual([...Array(11).fill(2), 1]);
  });

  it("marks joining for the first time, dropping and returning", () => {
    const sponsor = (iso3: string, textId: string, kind: PositionKind = "cosponsor") =>
      record({ stateIso3: iso3, textId, kind, date: `${yearOf(textId)}-11-15` });
    const records = [
      // The first listed session has nothing to compare with.
      sponsor("JPN", "ga63"),
      // Joins at the 66th, drops at the 68th (recorded as not co-sponsoring), returns at the 70th.
      sponsor("FRA", "ga66"),
      sponsor("FRA", "ga67"),
      sponsor("FRA", "ga68", "not_cosponsor"),
      sponsor("FRA", "ga70"),
      // A session with no sponsorship record for it says nothing: no drop, no return.
      sponsor("DEU", "ga64"),
      record({ stateIso3: "DEU", textId: "ga65", kind: "vote_yes", date: "2010-12-18" }),
      sponsor("DEU", "ga66"),
    ];
    const matrix = resolutionMatrix({ sessions, records, states: UN_STATES });
    const changes = (iso3: string) =>
      matrix.rows.find((r) => r.state.iso3 === iso3)?.cells.map((c) => c.change);
    expect(changes("JPN")).toEqual(Array(12).fill(null));
    const fra = changes("FRA");
    expect(fra?.slice(3, 8)).toEqual(["joined", null, "dropped", null, "returned"]);
    expect(changes("DEU")?.slice(0, 4)).toEqual([null, "joined", null, null]);
    expect(matrix.rows.find((r) => r.state.iso3 === "DEU")?.cells[2]).toEqual({
      textId: "ga65",
      sponsorship: null,
      vote: "vote_yes",
      change: null,
    });
    // Rows sorted by name: France, Germany, Japan.
    expect(matrix.rows.map((r) => r.state.name)).toEqual(["France", "Germany", "Japan"]);
  });

  it("counts each session's co-sponsors and votes over the states given", () => {
    const vote = (iso3: string, kind: PositionKind) =>
      record({ stateIso3: iso3, textId: "ga74", kind, date: "2019-12-18" });
    const records = [
      vote("JPN", "vote_yes"),
      vote("FRA", "vote_yes"),
      vote("CHN", "vote_no"),
      vote("KOR", "vote_abstain"),
      vote("IND", "vote_absent"),
      record({ stateIso3: "JPN", textId: "ga74", kind: "cosponsor", date: "2019-11-01" }),
      // Not a state of this list: ignored.
      record({ stateIso3: "TWN", textId: "ga74", kind: "vote_yes", date: "2019-12-18" }),
      // Another resolution's text: ignored.
      record({ stateIso3: "BRA", textId: "other", kind: "vote_yes", date: "2019-12-18" }),
    ];
    const all = resolutionMatrix({ sessions, records, states: UN_STATES });
    expect(all.totals.at(-1)).toEqual({ textId: "ga74", cosponsors: 1, yes: 2, no: 1, abstain: 1 });
    expect(all.rows).toHaveLength(5);
    const weog = UN_STATES.filter((s) => s.regionalGroup === "western_european_others");
    expect(resolutionMatrix({ sessions, records, states: weog }).totals.at(-1)).toEqual({
      textId: "ga74",
      cosponsors: 0,
      yes: 1,
      no: 0,
      abstain: 0,
    });
  });

  it("builds 193 states × 20 sessions in well under 50 ms", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({
      textId: `s${i}`,
      sessionLabel: `${i}`,
      order: i,
    }));
    const members = UN_STATES.filter((s) => s.status === "member");
    const records: PositionRecord[] = [];
    for (const [n, state] of members.entries()) {
      for (const [i, session] of twenty.entries()) {
        const year = 2000 + i;
        const kind: PositionKind = (n + i) % 7 === 0 ? "not_cosponsor" : "cosponsor";
        records.push(
          record({
            stateIso3: state.iso3,
            textId: session.textId,
            kind,
            date: `${year}-11-01`,
            precision: "month",
          }),
        );
        records.push(
          record({ stateIso3: state.iso3, textId: session.textId, kind: "vote_yes", date: `${year}-12-15` }),
        );
      }
    }
    // The best of a few runs: the machine is shared, and a quadratic slip would fail every run.
    let fastest = Number.POSITIVE_INFINITY;
    let matrix = resolutionMatrix({ sessions: twenty, records, states: UN_STATES });
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      matrix = resolutionMatrix({ sessions: twenty, records, states: UN_STATES });
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(matrix.rows).toHaveLength(193);
    expect(matrix.rows.every((r) => r.cells.length === 20)).toBe(true);
    expect(matrix.totals.every((t) => t.yes === 193)).toBe(true);
    expect(fastest).toBeLessThan(50);
  });
});
