import { describe, expect, it } from "vitest";
import {
  type AlreadySigned,
  checkImportRows,
  guessMapping,
  type ImportMapping,
  mappingProblems,
  normaliseCountry,
  parseKind,
  parseVisibility,
  personKey,
  readImportFile,
} from "@/lib/import-signatories";

const nobody: AlreadySigned = { emails: new Set(), organisationNames: new Set(), people: new Set() };

function check(csv: string, options: { signed?: AlreadySigned; mapping?: Partial<ImportMapping> } = {}) {
  const file = readImportFile(csv);
  if (!file) throw new Error("no header");
  const mapping = { ...guessMapping(file.headers), ...options.mapping };
  return checkImportRows({ records: file.records, mapping, signed: options.signed ?? nobody });
}

const problemsByLine = (result: ReturnType<typeof check>) =>
  Object.fromEntries(result.problemRows.map((r) => [r.line, r.problems.map((p) => p.code)]));

describe("checking a sign-on file", () => {
  it("passes good rows and names each bad one with its line and problem", () => {
    const result = check(
      [
        "Name,Email,Title,Country",
        "Mina Okafor,mina@example.org,Journalist,KR",
        ",nobody@example.org,Researcher,JP",
        "Joon Sato,not-an-email,Lawyer,JP",
        "Hana Tanaka,,Professor,South Korea",
        "Aiko Brennan,aiko@example.org,,",
      ].join("\n"),
    );
    expect(result.counts).toEqual({ rows: 5, good: 3, problems: 2, organisations: 0, individuals: 3 });
    expect(problemsByLine(result)).toEqual({ 3: ["missingName"], 4: ["badEmail"] });
    expect(result.good.map((r) => r.displayName)).toEqual(["Mina Okafor", "Hana Tanaka", "Aiko Brennan"]);
    // E-mail is optional for imports; country names become the codes the public pages show.
    expect(result.good[1]).toMatchObject({ email: null, emailNormalised: null, country: "KR" });
  });

  it("flags a repeated e-mail as a duplicate of the first row, however it is written", () => {
    const result = check(
      [
        "Name,Email",
        "Mina Okafor,mina@example.org",
        "Mina O.,MINA@Example.org",
        "Mina Again,mina+petition@example.org",
      ].join("\n"),
    );
    expect(result.counts.good).toBe(1);
    expect(result.problemRows.map((r) => [r.line, r.problems])).toEqual([
      [3, [{ code: "duplicateInFile", line: 2 }]],
      [4, [{ code: "duplicateInFile", line: 2 }]],
    ]);
  });

  it("treats gmail addresses with dots as the same address", () => {
    const result = check("Name,Email\nA,mina.okafor@gmail.com\nB,MinaOkafor@gmail.com\n");
    expect(problemsByLine(result)).toEqual({ 3: ["duplicateInFile"] });
  });

  it("points a duplicate at a row that will be imported, not at a broken one", () => {
    const result = check("Name,Email\n,mina@example.org\nMina Okafor,mina@example.org\n");
    expect(problemsByLine(result)).toEqual({ 2: ["missingName"] });
    expect(result.good.map((r) => r.line)).toEqual([3]);
  });

  it("flags people and organisations that have already signed the letter", () => {
    const signed: AlreadySigned = {
      emails: new Set(["mina@example.org"]),
      organisationNames: new Set(["human rights watch"]),
      people: new Set(),
    };
    const people = check("Name,Email\nMina,Mina+x@Example.org\nJoon,joon@example.org\n", { signed });
    expect(problemsByLine(people)).toEqual({ 2: ["alreadySigned"] });
    const orgs = check("Organisation,Country\nHUMAN RIGHTS WATCH,US\nCSW,GB\ncsw,GB\n", { signed });
    expect(problemsByLine(orgs)).toEqual({ 2: ["alreadySigned"], 4: ["duplicateInFile"] });
    expect(orgs.counts).toMatchObject({ good: 1, organisations: 1 });
  });

  it("knows people without an e-mail address by name and affiliation", () => {
    const signed: AlreadySigned = {
      emails: new Set(),
      organisationNames: new Set(),
      people: new Set([personKey("Leila Novak", "Professor")]),
    };
    const result = check(
      [
        "Name,Email,Title",
        "leila  NOVAK,,professor",
        "Joon Sato,joon@example.org,Lawyer",
        "Joon Sato,,Lawyer",
        "Joon Sato,,Journalist",
        "Hana Kim,,",
        "Hana Kim,,",
      ].join("\n"),
      { signed },
    );
    expect(problemsByLine(result)).toEqual({
      2: ["alreadySigned"],
      4: ["duplicateInFile"],
      7: ["duplicateInFile"],
    });
    expect(result.good.map((r) => r.line)).toEqual([3, 5, 6]);
  });

  it("reads the kind and the visibility row by row when columns say them", () => {
    const result = check(
      [
        "Name,Organisation,Type,Show name publicly",
        "Mina Okafor,Han River Forum,individual,yes",
        "Joon Sato,Kanto Watch,Organisation,",
        "Hana,,robot,maybe",
        "Aiko,,person,withheld",
      ].join("\r\n"),
    );
    expect(result.good).toEqual([
      expect.objectContaining({
        line: 2,
        kind: "individual",
        displayName: "Mina Okafor",
        titleAffiliation: "Han River Forum",
        visibility: "public",
      }),
      // An organisation row is named by its organisation; an empty visibility cell withholds the name.
      expect.objectContaining({
        line: 3,
        kind: "organisation",
        displayName: "Kanto Watch",
        visibility: "name_withheld",
      }),
      expect.objectContaining({ line: 5, kind: "individual", visibility: "name_withheld" }),
    ]);
    expect(result.problemRows[0]!.problems).toEqual([
      { code: "badKind", value: "robot" },
      { code: "badVisibility", value: "maybe" },
    ]);
  });

  it("refuses a kind of signatory the letter does not accept", () => {
    const file = readImportFile("Organisation\nKanto Watch\n")!;
    const result = checkImportRows({
      records: file.records,
      mapping: guessMapping(file.headers),
      signed: nobody,
      signers: "individuals",
    });
    expect(result.problemRows[0]!.problems).toEqual([{ code: "kindNotAccepted" }]);
  });

  it("skips rows whose cells are all empty and refuses names that are too long", () => {
    const result = check(`Name,Email\n,\n  ,  \n${"x".repeat(301)},\nOk,\n`);
    expect(result.counts).toMatchObject({ rows: 2, good: 1 });
    expect(problemsByLine(result)).toEqual({ 4: ["tooLong"] });
  });

  it("numbers lines as the file does, with line breaks inside quoted cells", () => {
    const result = check('Name,Title\n"Mina","Journalist,\nSeoul"\n,x\n');
    expect(result.problemRows[0]!.line).toBe(4);
    expect(result.good[0]!.titleAffiliation).toBe("Journalist, Seoul");
  });
});

describe("guessing the columns from the headers", () => {
  it("recognises the usual header names", () => {
    expect(
      guessMapping(["Full name", "E-mail address", "Title / affiliation", "Country", "Organisation"]),
    ).toEqual({
      name: 0,
      email: 1,
      titleAffiliation: 2,
      country: 3,
      organisation: 4,
      kind: { fixed: "individual" },
      visibility: { fixed: "public" },
    });
  });

  it("takes a file of organisations without people's names for organisations", () => {
    expect(guessMapping(["Organization", "Country", "Contact email"])).toMatchObject({
      name: null,
      organisation: 0,
      email: 2,
      kind: { fixed: "organisation" },
    });
  });

  it("finds kind and visibility columns", () => {
    expect(guessMapping(["Name", "Type", "Withhold name?"])).toMatchObject({
      kind: { column: 1 },
      visibility: { column: 2 },
    });
  });
});

describe("checking a mapping", () => {
  const mapping = guessMapping(["Name", "Email"]);
  it("accepts columns the file has", () => {
    expect(mappingProblems(mapping, 2)).toEqual([]);
  });
  it("refuses columns the file does not have", () => {
    expect(mappingProblems({ ...mapping, email: 5 }, 2)).toEqual([{ field: "email", code: "unknownColumn" }]);
    expect(mappingProblems({ ...mapping, kind: { column: 9 } }, 2)).toEqual([
      { field: "kind", code: "unknownColumn" },
    ]);
  });
  it("needs a name column unless organisations are named by theirs", () => {
    expect(mappingProblems({ ...mapping, name: null }, 2)).toEqual([{ field: "name", code: "nameRequired" }]);
    expect(
      mappingProblems({ ...mapping, name: null, organisation: 1, kind: { fixed: "organisation" } }, 2),
    ).toEqual([]);
  });
});

describe("reading cells", () => {
  it("understands the usual words for kind and visibility", () => {
    expect(parseKind(" NGO ")).toBe("organisation");
    expect(parseKind("Person")).toBe("individual");
    expect(parseKind("?")).toBeNull();
    expect(parseVisibility("Anonymous")).toBe("name_withheld");
    expect(parseVisibility("")).toBe("name_withheld");
    expect(parseVisibility("Public")).toBe("public");
    expect(parseVisibility("perhaps")).toBeNull();
  });

  it("turns country names into codes and keeps what it does not know", () => {
    expect(normaliseCountry("kr")).toBe("KR");
    expect(normaliseCountry("Japan")).toBe("JP");
    expect(normaliseCountry("France")).toBe("FR");
    expect(normaliseCountry("united kingdom")).toBe("GB");
    expect(normaliseCountry("UK")).toBe("GB");
    expect(normaliseCountry("Republic of Somewhere")).toBe("Republic of Somewhere");
    expect(normaliseCountry("  ")).toBeNull();
  });

  it("has no header to read in an empty file", () => {
    expect(readImportFile("")).toBeNull();
    expect(readImportFile("\n,,\n")).toBeNull();
  });

  it("reads semicolon-separated files", () => {
    expect(readImportFile("Name;Email\nMina;m@example.org\n")!.headers).toEqual(["Name", "Email"]);
  });
});
