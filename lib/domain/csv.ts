/*
 * CSV as spreadsheets write it (RFC 4180): quoted fields, "" for a quote inside them,
 * CRLF, LF or CR line ends, a UTF-8 byte-order mark, line breaks inside quoted fields.
 * The parser is lenient where spreadsheets are sloppy (a stray quote inside an unquoted
 * field is kept as text) and says where a quote was never closed instead of throwing.
 */

/** One record and the line of the file it starts on (line 1 is the first line). */
export type CsvRecord = { line: number; fields: string[] };

export type CsvParseResult = {
  records: CsvRecord[];
  /** The line where a quoted field opened and never closed; its text runs to the end of the file. */
  unterminatedQuoteLine: number | null;
};

export type CsvDelimiter = "," | ";" | "\t";

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** Strips a leading byte-order mark, which Excel puts before UTF-8 CSV. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The delimiter of the first line: European spreadsheets write ";" and some exports use
 * tabs. Counts only characters outside quotes; a tie or nothing found means ",".
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const source = stripBom(text);
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c as CsvDelimiter))
      counts.set(c as CsvDelimiter, counts.get(c as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Parses CSV text into records, each with the line it starts on. Blank lines are skipped. */
export function parseCsvRecords(
  text: string,
  { delimiter = "," }: { delimiter?: string } = {},
): CsvParseResult {
  const source = stripBom(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  // Whether the current record has anything at all, so a blank line is not a record.
  let started = false;
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    if (started) {
      endField();
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = "";
    started = false;
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") {
      // A quote opens a quoted field only at the start of the field.
      quoted = true;
      quoteLine = line;
      started = true;
    } else if (c === delimiter) {
      started = true;
      endField();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      started = true;
      field += c;
    }
  }
  endRecord();
  return { records, unterminatedQuoteLine: quoted ? quoteLine : null };
}

/** Parses CSV text into rows of fields. */
export function parseCsv(text: string, options: { delimiter?: string } = {}): string[][] {
  return parseCsvRecords(text, options).records.map((r) => r.fields);
}

export type CsvCell = string | number | boolean | null | undefined | Date;

/*
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which
 * some programs strip first, or spaces, which some trim) as a formula, so a signatory
 * named "=HYPERLINK(…)" could run code on a staff member's machine. OWASP's remedy: a
 * leading apostrophe makes the cell plain text, and the cell is quoted.
 * A cell is also quoted whenever it holds any separator a spreadsheet may guess (comma,
 * semicolon, tab): a European spreadsheet opens "Bob;=cmd|…" with ";" as the separator,
 * and unquoted, "=cmd|…" would stand at the start of a cell of its own.
 * Numbers are written as numbers: -1 is not a formula.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;
const MUST_QUOTE = /[",;\t\r\n]|^\s|\s$/;

/** One cell as CSV text: formula-neutralised, and quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const raw = value instanceof Date ? value.toISOString() : value;
  const formula = FORMULA_START.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || MUST_QUOTE.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV with CRLF line ends; a trailing CRLF ends the last row. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  { delimiter = "," }: { delimiter?: CsvDelimiter } = {},
): string {
  return rows.map((row) => `${row.map(csvCell).join(delimiter)}\r\n`).join("");
}
