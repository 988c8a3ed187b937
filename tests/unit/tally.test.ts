import { describe, expect, it } from "vitest";
import {
  type TallyCoalitionInput,
  type TallySignature,
  tallySentence,
  tallySignatures,
} from "@/lib/domain/tally";
import { formatTally } from "@/lib/i18n/tally";

type Status = TallySignature["status"];

function orgs(prefix: string, n: number, status: Status = "confirmed"): TallySignature[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: "organisation" as const,
    status,
    visibility: "public" as const,
    organisationId: `${prefix}-${i + 1}`,
  }));
}

function org(organisationId: string, status: Status = "confirmed"): TallySignature {
  return { kind: "organisation", status, visibility: "public", organisationId };
}

function people(n: number, status: Status = "confirmed"): TallySignature[] {
  return Array.from({ length: n }, () => ({
    kind: "individual" as const,
    status,
    visibility: "public" as const,
    organisationId: null,
  }));
}

function withheld(
  kind: TallySignature["kind"],
  organisationId: string | null,
  status: Status = "confirmed",
): TallySignature {
  return { kind, status, visibility: "name_withheld", organisationId };
}

/** A network that may sign as one: no short name, worded label or registered members unless given. */
function coalition(
  organisationId: string,
  name: string,
  declaredMembership: number | null,
  more: Partial<TallyCoalitionInput> = {},
): TallyCoalitionInput {
  return {
    organisationId,
    name,
    shortName: null,
    declaredMembership,
    declaredMembershipLabel: null,
    memberIds: [],
    ...more,
  };
}

const ICNK_NAME = "International Coalition to Stop Crimes Against Humanity in North Korea";

const icnk = coalition("icnk", ICNK_NAME, 300, {
  shortName: "ICNK",
  declaredMembershipLabel: "over 300",
  memberIds: ["member-1", "member-2", "member-3", "member-4", "member-5"],
});

describe("tallySignatures without coalitions", () => {
  const tallyOf = (signatures: TallySignature[]) => tallySignatures({ signatures, coalitions: [] });

  it("words the December 2019 letter: 67 organisations and 10 individuals", () => {
    const tally = tallyOf([...orgs("org", 67), ...people(10)]);
    expect(tally).toEqual({
      organisations: 67,
      individuals: 10,
      withheld: 0,
      withheldByKind: { organisations: 0, individuals: 0 },
      coalitions: [],
      otherOrganisations: 67,
      representedGroups: 67,
      sentence: "67 organisations and 10 individuals",
    });
  });

  // Two mixes that each count as 3 organisations and 2 individuals.
  it.each([
    {
      name: "counts only confirmed signatures",
      signatures: [
        ...orgs("ok", 3),
        ...orgs("pending", 4, "pending"),
        ...orgs("rejected", 2, "rejected"),
        ...orgs("withdrawn", 1, "withdrawn"),
        ...people(2),
        ...people(5, "pending"),
        ...people(1, "withdrawn"),
        ...people(1, "rejected"),
      ],
      withheldCount: 0,
    },
    {
      name: "counts name-withheld signatures and says how many are withheld",
      signatures: [
        ...orgs("org", 2),
        withheld("organisation", "hidden-org"),
        ...people(1),
        withheld("individual", null),
        withheld("individual", null, "pending"),
      ],
      withheldCount: 2,
    },
  ])("$name", ({ signatures, withheldCount }) => {
    expect(tallyOf(signatures)).toMatchObject({
      organisations: 3,
      individuals: 2,
      withheld: withheldCount,
      sentence: "3 organisations and 2 individuals",
    });
  });

  it("counts withheld organisations and individuals apart, each for its own list", () => {
    const tally = tallyOf([
      ...orgs("org", 2),
      withheld("organisation", "hidden-org"),
      ...people(3),
      withheld("individual", null),
      withheld("individual", null),
      withheld("individual", null, "pending"),
    ]);
    expect(tally).toMatchObject({ withheld: 3, withheldByKind: { organisations: 1, individuals: 2 } });
  });

  it.each([
    [1, 1, "1 organisation and 1 individual"],
    [3, 0, "3 organisations"],
    [1, 0, "1 organisation"],
    [0, 2, "2 individuals"],
    [0, 1, "1 individual"],
    [0, 0, "No signatures yet"],
    [1200, 0, "1,200 organisations"],
  ])("%i organisations and %i individuals read %s", (o, p, expected) => {
    expect(tallyOf([...orgs("org", o), ...people(p)]).sentence).toBe(expected);
  });

  it("says no signatures yet when nothing is confirmed", () => {
    const tally = tallyOf([...orgs("org", 2, "pending"), ...people(1, "withdrawn")]);
    expect(tally.sentence).toBe("No signatures yet");
  });
});

describe("tallySignatures with a signing coalition", () => {
  const withIcnk = (signatures: TallySignature[]) => tallySignatures({ signatures, coalitions: [icnk] });

  it("words the March 2020 letter: ICNK joined by 72 other groups and 10 individuals", () => {
    const tally = withIcnk([org("icnk"), ...orgs("other", 72), ...people(10)]);
    expect(tally).toEqual({
      organisations: 73,
      individuals: 10,
      withheld: 0,
      withheldByKind: { organisations: 0, individuals: 0 },
      coalitions: [
        {
          organisationId: "icnk",
          name: ICNK_NAME,
          shortName: "ICNK",
          label: "over 300",
          declaredMembership: 300,
        },
      ],
      otherOrganisations: 72,
      representedGroups: 372,
      sentence: `${ICNK_NAME} (ICNK), representing over 300 groups, joined by 72 other groups and 10 individuals`,
    });
  });

  it("absorbs registered members that also signed instead of counting them twice", () => {
    const tally = withIcnk([
      org("icnk"),
      org("member-2"),
      org("member-4"),
      ...orgs("other", 72),
      ...people(10),
    ]);
    expect(tally).toMatchObject({ organisations: 75, otherOrganisations: 72, representedGroups: 372 });
    expect(tally.sentence).toBe(
      `${ICNK_NAME} (ICNK), representing over 300 groups, joined by 72 other groups and 10 individuals`,
    );
  });

  it("says nothing joined when only the coalition and its members signed", () => {
    const tally = withIcnk([org("icnk"), org("member-1")]);
    expect(tally.sentence).toBe(`${ICNK_NAME} (ICNK), representing over 300 groups`);
    expect(tally.representedGroups).toBe(300);
  });

  it.each([
    [1, 0, "joined by 1 other group"],
    [0, 1, "joined by 1 individual"],
    [0, 4, "joined by 4 individuals"],
    [1, 1, "joined by 1 other group and 1 individual"],
  ])("with %i other organisations and %i individuals it is %s", (o, p, joined) => {
    const tally = withIcnk([org("icnk"), ...orgs("other", o), ...people(p)]);
    expect(tally.sentence).toBe(`${ICNK_NAME} (ICNK), representing over 300 groups, ${joined}`);
  });

  it("uses the number when the coalition has no worded label, and no brackets without a short name", () => {
    const network = coalition("net", "Asia Network", 1500);
    const tally = tallySignatures({ signatures: [org("net"), ...people(2)], coalitions: [network] });
    expect(tally.coalitions[0].label).toBe("1,500");
    expect(tally.sentence).toBe("Asia Network, representing 1,500 groups, joined by 2 individuals");
  });

  it("names two signing coalitions, the larger first", () => {
    const small = coalition("b", "B", 40, { memberIds: ["b-member"] });
    const large = coalition("a", "A", 300, {
      shortName: "a",
      declaredMembershipLabel: "over 300",
      memberIds: ["a-member"],
    });
    const tally = tallySignatures({
      signatures: [org("b"), org("a"), org("a-member"), org("b-member"), ...orgs("other", 5), ...people(1)],
      coalitions: [small, large],
    });
    expect(tally).toMatchObject({ organisations: 9, otherOrganisations: 5, representedGroups: 345 });
    expect(tally.sentence).toBe(
      "A (a), representing over 300 groups, and B, representing 40 groups, joined by 5 other groups and 1 individual",
    );
  });

  it("treats a coalition whose signature is not confirmed as absent, and counts its members as others", () => {
    const tally = withIcnk([org("icnk", "withdrawn"), org("member-1"), org("member-2"), ...people(1)]);
    expect(tally).toMatchObject({ coalitions: [], otherOrganisations: 2, representedGroups: 2 });
    expect(tally.sentence).toBe("2 organisations and 1 individual");
  });

  it("never names a coalition that signed without being named, nor gives its size", () => {
    const withheld: TallySignature = { ...org("icnk"), visibility: "name_withheld" };
    const tally = withIcnk([withheld, org("member-1"), ...orgs("other", 3), ...people(2)]);
    expect(tally.coalitions).toEqual([]);
    expect(tally.sentence).toBe("5 organisations and 2 individuals");
    expect(tally.sentence).not.toContain("ICNK");
    expect(tally.sentence).not.toContain("300");
    expect(tally.withheld).toBe(1);
  });

  it("ignores coalitions that did not sign at all", () => {
    const tally = withIcnk([org("member-1"), ...orgs("other", 2)]);
    expect(tally.sentence).toBe("3 organisations");
  });

  it("counts a network without a declared membership as one group", () => {
    const undeclared = { ...icnk, declaredMembership: null, declaredMembershipLabel: null };
    const tally = tallySignatures({ signatures: [org("icnk"), org("member-1")], coalitions: [undeclared] });
    expect(tally).toMatchObject({ coalitions: [], otherOrganisations: 2, sentence: "2 organisations" });
  });

  it("counts withheld members of a coalition as absorbed, but still withheld", () => {
    const tally = withIcnk([
      org("icnk"),
      {
        kind: "organisation",
        status: "confirmed",
        visibility: "name_withheld",
        organisationId: "member-3",
      },
    ]);
    expect(tally).toMatchObject({ organisations: 2, withheld: 1, otherOrganisations: 0 });
  });
});

describe("tallySentence", () => {
  it("formats numbers handed to it without recounting", () => {
    expect(
      tallySentence({
        organisations: 2,
        individuals: 0,
        withheld: 0,
        withheldByKind: { organisations: 0, individuals: 0 },
        coalitions: [{ organisationId: "x", name: "X", shortName: null, label: "1", declaredMembership: 1 }],
        otherOrganisations: 1,
        representedGroups: 2,
      }),
    ).toBe("X, representing 1 group, joined by 1 other group");
  });
});

describe("formatTally: the tally in the reader's language", () => {
  const icnkAs = (shortName: string | null, label: string) => ({
    ...icnk,
    shortName,
    declaredMembershipLabel: label,
  });
  const shapes = {
    none: tallySignatures({ signatures: [], coalitions: [] }),
    one: tallySignatures({ signatures: [org("a")], coalitions: [] }),
    both: tallySignatures({ signatures: [...orgs("o", 67), ...people(1_234)], coalitions: [] }),
    people: tallySignatures({ signatures: people(1), coalitions: [] }),
    coalition: tallySignatures({
      signatures: [org("icnk"), ...orgs("x", 72), ...people(10)],
      coalitions: [icnk],
    }),
    single: tallySignatures({ signatures: [org("icnk"), org("x-1")], coalitions: [icnkAs(null, "1")] }),
    two: tallySignatures({
      signatures: [org("icnk"), org("second"), ...people(2)],
      coalitions: [
        icnk,
        { ...icnk, organisationId: "second", name: "Second", shortName: null, memberIds: [] },
      ],
    }),
  };

  it.each(Object.entries(shapes))("says in English what the API's sentence says (%s)", (_shape, tally) => {
    expect(formatTally(tally, "en-GB")).toBe(tally.sentence);
  });

  it("says it the Korean way in Korean", () => {
    expect(formatTally(shapes.none, "ko")).toBe("아직 서명이 없습니다");
    expect(formatTally(shapes.both, "ko")).toBe("단체 67곳과 개인 1,234명");
    expect(formatTally(shapes.people, "ko")).toBe("개인 1명");
    expect(formatTally(shapes.coalition, "ko")).toBe(
      `${ICNK_NAME}(ICNK)(소속 단체 over 300곳) 외 그 밖의 단체 72곳과 개인 10명`,
    );
  });
});

describe("grouped counts", () => {
  it("counts a grouped row of individuals as many signatures", () => {
    const tally = tallySignatures({
      signatures: [
        {
          kind: "individual",
          status: "confirmed",
          visibility: "public",
          organisationId: null,
          count: 49_990,
        },
        {
          kind: "individual",
          status: "confirmed",
          visibility: "name_withheld",
          organisationId: null,
          count: 10,
        },
        { kind: "individual", status: "pending", visibility: "public", organisationId: null, count: 500 },
        { kind: "organisation", status: "confirmed", visibility: "public", organisationId: "o1" },
      ],
      coalitions: [],
    });
    expect(tally).toMatchObject({ individuals: 50_000, withheld: 10, organisations: 1 });
    expect(tally.sentence).toBe("1 organisation and 50,000 individuals");
  });
});
