import { describe, expect, it } from "vitest";
import {
  type AlreadySigned,
  checkImportRows,
  decodeCsvBytes,
  guessMapping,
  type ImportMapping,
  mappingProblems,
  normaliseCountry,
  parseKind,
  parseVisibility,
  personKey,
  readImportFile,
} from "@/lib/domain/import-signatories";

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
    expect(result.counts).toEqual({
      rows: 5,
      good: 3,
      problems: 2,
      organisations: 0,
      individuals: 3,
      // No column says whether anyone agreed to be listed: nobody is.
      listed: 0,
      withheld: 3,
    });
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

  it("reads one name column for organisations and people, mapped once or twice, without making a name its own affiliation", () => {
    const csv = [
      "Organisation or individual,Type,Title",
      "Han River Forum,organisation,",
      "Mina Okafor,individual,Researcher",
    ].join("\r\n");
    const expected = [
      expect.objectContaining({
        kind: "organisation",
        displayName: "Han River Forum",
        titleAffiliation: null,
      }),
      expect.objectContaining({
        kind: "individual",
        displayName: "Mina Okafor",
        titleAffiliation: "Researcher",
      }),
    ];
    // Mapped once, as the headers suggest it...
    expect(check(csv).good).toEqual(expected);
    // ...and mapped both as the name and as the organisation, as a staffer may map it.
    expect(check(csv, { mapping: { name: 0, organisation: 0 } }).good).toEqual(expected);
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
      visibility: { fixed: "name_withheld" },
    });
  });

  it("withholds every name when no column says whether to show it, and lists them only when chosen", () => {
    const csv = "Name,Email\nMina Okafor,mina@example.org\nJoon Sato,joon@example.org\n";
    expect(guessMapping(["Name", "Email"]).visibility).toEqual({ fixed: "name_withheld" });
    const guessed = check(csv);
    expect(guessed.good.map((r) => r.visibility)).toEqual(["name_withheld", "name_withheld"]);
    expect(guessed.counts).toMatchObject({ good: 2, listed: 0, withheld: 2 });
    const shown = check(csv, { mapping: { visibility: { fixed: "public" } } });
    expect(shown.counts).toMatchObject({ good: 2, listed: 2, withheld: 0 });
  });

  it("counts names listed and withheld row by row from a visibility column", () => {
    const result = check("Name,Show my name?\nMina,yes\nJoon,\nHana,no\nAiko,public\n");
    expect(result.counts).toMatchObject({ good: 4, listed: 2, withheld: 2 });
  });

  it("takes a display name for the name, not for whether to display it", () => {
    expect(guessMapping(["Display name", "Email"])).toMatchObject({
      name: 0,
      email: 1,
      visibility: { fixed: "name_withheld" },
    });
    expect(guessMapping(["Email", "Display Name", "Display my name publicly?"])).toMatchObject({
      name: 1,
      visibility: { column: 2 },
    });
    expect(guessMapping(["Name"])).toMatchObject({ name: 0, visibility: { fixed: "name_withheld" } });
    // A second name column is not read as anything else.
    expect(guessMapping(["Name", "Display name"])).toMatchObject({
      name: 0,
      visibility: { fixed: "name_withheld" },
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

  it("takes a column named for both kinds as every row's name", () => {
    for (const header of ["Organisation or individual", "Name (person or organisation)", "Signatory / Org"]) {
      expect(guessMapping([header, "Type", "Email"])).toMatchObject({
        name: 0,
        organisation: null,
        kind: { column: 1 },
      });
    }
    // An organisation's name alone is still the organisation column.
    expect(guessMapping(["Organisation name", "Email"])).toMatchObject({ name: null, organisation: 0 });
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

  it("drops NUL and other control characters from every cell, keeping the row", () => {
    const result = check(
      "Na\u0000me,Email,Title\nMina\u0000 Okafor\u0007,mina\u0000@example.org,Jour\u001bnalist\u0085\n\u0000,\u0001,\n",
    );
    expect(result.counts).toMatchObject({ rows: 1, good: 1, problems: 0 });
    expect(result.good[0]).toMatchObject({
      displayName: "Mina Okafor",
      email: "mina@example.org",
      titleAffiliation: "Journalist",
    });
    expect(readImportFile("Name\u0000,Email\nx,y")!.headers).toEqual(["Name", "Email"]);
  });
});

describe("reading the bytes of an uploaded file", () => {
  const text =
    "Name\tEmail\tCountry\r\nKim Min-jun\tkim@example.org\tKR\r\nZoë Brontë\tzoe@example.org\tFR\r\n";
  const utf16be = (s: string) => {
    const le = Buffer.from(s, "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    return be;
  };

  it("reads Excel's Unicode text (UTF-16 with a byte-order mark), little- and big-endian", () => {
    expect(decodeCsvBytes(Buffer.from(`\ufeff${text}`, "utf16le"))).toBe(text);
    expect(decodeCsvBytes(utf16be(`\ufeff${text}`))).toBe(text);
    const file = readImportFile(decodeCsvBytes(Buffer.from(`\ufeff${text}`, "utf16le"))!)!;
    expect(file.headers).toEqual(["Name", "Email", "Country"]);
    expect(file.records[1]!.fields).toEqual(["Zoë Brontë", "zoe@example.org", "FR"]);
  });

  it("reads UTF-16 without a byte-order mark by its NUL bytes", () => {
    expect(decodeCsvBytes(Buffer.from(text, "utf16le"))).toBe(text);
    expect(decodeCsvBytes(utf16be(text))).toBe(text);
  });

  it("reads UTF-8 with or without a mark, and Windows-1252 otherwise", () => {
    expect(decodeCsvBytes(Buffer.from(text, "utf8"))).toBe(text);
    expect(decodeCsvBytes(Buffer.from(`\ufeff${text}`, "utf8"))!.replace(/^\ufeff/, "")).toBe(text);
    expect(decodeCsvBytes(Buffer.from(text, "latin1"))).toBe(text);
  });

  it("keeps a stray NUL in a text file for the cell cleaning to drop", () => {
    const bytes = Buffer.from("Name,Email\nMina\u0000 Okafor,mina@example.org\n", "utf8");
    expect(readImportFile(decodeCsvBytes(bytes)!)!.records[0]!.fields[0]).toBe("Mina Okafor");
  });

  it("refuses workbooks and other files that are not text", () => {
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toBeNull();
    expect(decodeCsvBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
    expect(decodeCsvBytes(new Uint8Array(1000))).toBeNull();
  });
});
