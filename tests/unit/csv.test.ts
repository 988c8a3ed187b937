import { describe, expect, it } from "vitest";
import { csvCell, detectDelimiter, parseCsv, parseCsvRecords, toCsv } from "@/lib/domain/csv";

describe("parsing CSV", () => {
  it("reads plain fields and rows", () => {
    expect(parseCsv("Name,Email\nMina Okafor,mina@example.org\n")).toEqual([
      ["Name", "Email"],
      ["Mina Okafor", "mina@example.org"],
    ]);
  });

  it("reads CRLF, LF and lone CR line ends alike", () => {
    const rows = [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ];
    expect(parseCsv("a,b\r\nc,d\r\ne,f\r\n")).toEqual(rows);
    expect(parseCsv("a,b\nc,d\ne,f")).toEqual(rows);
    expect(parseCsv("a,b\rc,d\re,f\r")).toEqual(rows);
  });

  it("strips the byte-order mark Excel writes, so the first header matches", () => {
    expect(parseCsv("\uFEFFName,Country\nHana,KR")[0]).toEqual(["Name", "Country"]);
  });

  it("keeps commas, escaped quotes and line breaks inside quoted fields", () => {
    const text = 'name,title\r\n"Sato, Hana","Says ""never"" twice"\r\n"Line one\r\nline two",x\r\n';
    expect(parseCsv(text)).toEqual([
      ["name", "title"],
      ["Sato, Hana", 'Says "never" twice'],
      ["Line one\r\nline two", "x"],
    ]);
  });

  it("numbers each record by the line it starts on, counting breaks inside quotes", () => {
    const { records } = parseCsvRecords('h1,h2\n"two\nlines",a\n\nnext,b\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]!.fields).toEqual(["two\nlines", "a"]);
  });

  it("skips blank lines but keeps empty fields", () => {
    expect(parseCsv("a,,c\n\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
    expect(parseCsv('""\n')).toEqual([[""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("keeps a stray quote inside an unquoted field as text", () => {
    expect(parseCsv('5" screen,ok')).toEqual([['5" screen', "ok"]]);
  });

  it("reports a quote that never closes instead of failing", () => {
    const result = parseCsvRecords('a,b\n"open,c\nd,e\n');
    expect(result.unterminatedQuoteLine).toBe(2);
    expect(result.records[1]!.fields[0]).toBe("open,c\nd,e\n");
    expect(parseCsvRecords("a,b\n").unterminatedQuoteLine).toBeNull();
  });

  it("reads semicolon- and tab-separated files when told to, and can tell which it is", () => {
    expect(detectDelimiter("Name;Email;Country\r\nx;y;z")).toBe(";");
    expect(detectDelimiter("Name\tEmail\nx\ty")).toBe("\t");
    expect(detectDelimiter('"Smith; Jones",Email\n')).toBe(",");
    expect(detectDelimiter("Name")).toBe(",");
    expect(parseCsv("a;b\nc;d", { delimiter: ";" })).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
});

describe("writing CSV", () => {
  it("quotes only the cells that need it and doubles their quotes", () => {
    expect(
      toCsv([
        ["plain", "with, comma", 'with "quote"', "two\nlines", " padded"],
        [1, null, undefined, true, ""],
      ]),
    ).toBe('plain,"with, comma","with ""quote""","two\nlines"," padded"\r\n1,,,true,\r\n');
  });

  it("neutralises cells a spreadsheet would run as a formula: apostrophe, then quotes", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvCell("+1 555 0100")).toBe(`"'+1 555 0100"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\t=1")).toBe(`"'\t=1"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell("  =1+1")).toBe(`"'  =1+1"`);
    expect(csvCell("a=b")).toBe("a=b");
    // A number is data, not a formula.
    expect(csvCell(-5)).toBe("-5");
  });

  it("leaves no cell starting a formula, whichever separator a spreadsheet reads it with", () => {
    const names = [
      "Bob;=cmd|' /C calc'!A0",
      "Bob,=cmd|' /C calc'!A0",
      "Bob\t=cmd|' /C calc'!A0",
      "Bob;+1+2",
      "Ann; @SUM(A1)",
      '"=1+2";=1+2',
      "=1+2'\" ;,=1+2",
    ];
    const rows = [["Name", "Country"], ...names.map((name) => [name, "-"])];
    const separators = [",", ";", "\t"] as const;
    for (const written of separators) {
      const file = toCsv(rows, { delimiter: written });
      for (const read of separators) {
        const cells = parseCsv(file, { delimiter: read }).flat();
        for (const cell of cells) {
          expect(
            cell,
            `written with ${JSON.stringify(written)}, read with ${JSON.stringify(read)}`,
          ).not.toMatch(/^\s*[=+\-@\t\r]/);
        }
      }
      // Read as written, each name is whole, behind its apostrophe where it needs one.
      expect(parseCsv(file, { delimiter: written }).slice(1)).toEqual(
        names.map((name) => [/^\s*[=+\-@]/.test(name) ? `'${name}` : name, "'-"]),
      );
    }
  });

  it("writes dates as ISO timestamps", () => {
    expect(csvCell(new Date("2019-12-01T00:00:00Z"))).toBe("2019-12-01T00:00:00.000Z");
  });

  it("round-trips through the parser", () => {
    const rows = [
      ["Name", "Note"],
      ['Hana "H" Sato', "a,b\r\nc"],
      ["", "x"],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
