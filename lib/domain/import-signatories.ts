import { z } from "zod";
import { type CsvRecord, detectDelimiter, parseCsvRecords } from "@/lib/domain/csv";
import { normaliseEmail } from "@/lib/domain/email";
import type { LetterSigners, SignatureKind, SignatureVisibility } from "@/lib/domain/signatures";
import { cleanName, stripControlCharacters } from "@/lib/domain/text";

/*
 * Checking a sign-on spreadsheet before it is imported: which rows would become which
 * signatures, and what is wrong with the others. Pure, so the preview the staff member
 * reads and the import the server runs are computed by the same function.
 */

export type SignatoryKind = SignatureKind;
export type SignatoryVisibility = SignatureVisibility;

/** A whole-file choice, or a column whose cells say it row by row. */
export type Choice<T extends string> = { fixed: T } | { column: number };

/** Which column (0-based) holds what; null when the file has no such column. */
export type ImportMapping = {
  name: number | null;
  email: number | null;
  titleAffiliation: number | null;
  country: number | null;
  /** For organisation rows, the organisation's name; for individuals, part of their affiliation. */
  organisation: number | null;
  kind: Choice<SignatoryKind>;
  visibility: Choice<SignatoryVisibility>;
};

export const COLUMN_FIELDS = ["name", "email", "titleAffiliation", "country", "organisation"] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export type ImportProblemCode =
  | "missingName"
  | "badEmail"
  | "duplicateInFile"
  | "alreadySigned"
  | "badKind"
  | "badVisibility"
  | "kindNotAccepted"
  | "tooLong";

/** What is wrong with a row; `line` is the earlier row a duplicate repeats. */
export type ImportProblem = { code: ImportProblemCode; line?: number; value?: string };

/** A row as it would be imported. */
export type ImportCandidate = {
  line: number;
  kind: SignatoryKind;
  /** The organisation's name for organisation rows, the person's name for individuals. */
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  email: string | null;
  emailNormalised: string | null;
  visibility: SignatoryVisibility;
};

export type CheckedRow = ImportCandidate & { problems: ImportProblem[] };

export type ImportCheck = {
  /** Rows with at least one problem, in file order. */
  problemRows: CheckedRow[];
  /** Rows that can be imported, in file order. */
  good: ImportCandidate[];
  counts: {
    rows: number;
    good: number;
    problems: number;
    organisations: number;
    individuals: number;
    /** Good rows whose name will be listed publicly. */
    listed: number;
    /** Good rows that will be counted but not named. */
    withheld: number;
  };
};

/** What a letter already has: live (pending or confirmed) signatures' normalised e-mails and organisation names. */
export type AlreadySigned = {
  emails: ReadonlySet<string>;
  /** Lower-cased organisation names. */
  organisationNames: ReadonlySet<string>;
  /** personKey() of every individual, for rows that have no e-mail address to go by. */
  people: ReadonlySet<string>;
};

export const LIMITS = { name: 300, titleAffiliation: 500, country: 100, email: 254 } as const;

/** Larger files are refused before any checking: they would not fit one import. */
export const MAX_IMPORT_ROWS = 20_000;

/** The largest CSV text accepted, in characters: far more than 10,000 rows of sign-ons. */
export const MAX_CSV_CHARS = 5_000_000;

/**
 * The largest file accepted for upload, in bytes: 5,000,000 characters saved as UTF-16
 * take twice as many bytes. next.config.ts's transport limits (the server action's body
 * and the proxy's buffer) must stay above it, so a larger file still reaches the action
 * whole and gets its message beside the field.
 */
export const MAX_UPLOAD_BYTES = MAX_CSV_CHARS * 2;

const emailFormat = z.email();

/*
 * Control and bidirectional-override characters have no place in a name or an address,
 * and PostgreSQL refuses U+0000 in text outright: the preview and the import must see
 * the same cells, so they go before anything is checked, as from every name field
 * (cleanName, lib/domain/text.ts). Tab, line feed and carriage return are kept where the
 * CSV needs them (delimiters, line ends, breaks inside quoted cells) and become spaces
 * inside a cell.
 */
function clean(value: string | undefined): string {
  return cleanName(value ?? "");
}

/** Whether a record has nothing in any cell once cleaned: blank lines and ",,," are not rows. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => clean(f) === "");
}

/**
 * Who an individual is when there is no e-mail address to go by: name and affiliation,
 * ignoring case and spacing. Two people with one name and one affiliation are rare; the
 * same spreadsheet uploaded twice is not.
 */
export function personKey(name: string, affiliation: string | null): string {
  return `${clean(name).toLowerCase()}|${clean(affiliation ?? "").toLowerCase()}`;
}

function cell(record: CsvRecord, column: number | null): string {
  return column === null ? "" : clean(record.fields[column]);
}

const KIND_WORDS: Record<string, SignatoryKind> = {};
for (const w of ["organisation", "organization", "organisations", "organizations", "org", "group", "ngo"])
  KIND_WORDS[w] = "organisation";
for (const w of ["individual", "individuals", "person", "people", "personal"]) KIND_WORDS[w] = "individual";

const VISIBILITY_WORDS: Record<string, SignatoryVisibility> = {};
for (const w of ["public", "yes", "y", "show", "shown", "listed", "true", "1"])
  VISIBILITY_WORDS[w] = "public";
for (const w of [
  "name_withheld",
  "name withheld",
  "withheld",
  "withhold",
  "hidden",
  "hide",
  "anonymous",
  "private",
  "no",
  "n",
  "false",
  "0",
])
  VISIBILITY_WORDS[w] = "name_withheld";

/** "Organisation", "org", "NGO" → organisation; "Individual", "person" → individual; else null. */
export function parseKind(value: string): SignatoryKind | null {
  return KIND_WORDS[clean(value).toLowerCase()] ?? null;
}

/**
 * "public", "yes", "show" → public; "withheld", "anonymous", "no" → name withheld.
 * An empty cell withholds the name: nobody is listed publicly without having said so.
 */
export function parseVisibility(value: string): SignatoryVisibility | null {
  const word = clean(value).toLowerCase();
  if (word === "") return "name_withheld";
  return VISIBILITY_WORDS[word] ?? null;
}

let countryCodes: Map<string, string> | null = null;

/* Codes ICU names that are not countries to store: deprecated, grouping or private-use. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "FX", "QO", "UK", "UN", "XA", "XB", "ZZ"]);

/** Countries are stored as ISO codes ("KR"), as the public pages expect; names become codes when known. */
export function normaliseCountry(value: string): string | null {
  const text = clean(value);
  if (!text) return null;
  if (!countryCodes) {
    countryCodes = new Map();
    const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of alphabet)
      for (const b of alphabet) {
        const code = a + b;
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code && !NOT_COUNTRIES.has(code)) {
          countryCodes.set(code.toLowerCase(), code);
          if (!countryCodes.has(name.toLowerCase())) countryCodes.set(name.toLowerCase(), code);
        }
      }
    countryCodes.set("uk", "GB");
  }
  // Anything not recognised is kept as written; the public pages show it as it is.
  return countryCodes.get(text.toLowerCase()) ?? text;
}

function resolveChoice<T extends string>(
  choice: Choice<T>,
  record: CsvRecord,
  parse: (value: string) => T | null,
): { value: T | null; raw: string } {
  if ("fixed" in choice) return { value: choice.fixed, raw: choice.fixed };
  const raw = clean(record.fields[choice.column]);
  return { value: parse(raw), raw };
}

function accepts(signers: LetterSigners, kind: SignatoryKind): boolean {
  return (
    signers === "both" || (signers === "organisations" ? kind === "organisation" : kind === "individual")
  );
}

/** One row read through the mapping, with the problems that need no other row to see. */
function readRow(record: CsvRecord, mapping: ImportMapping, signers: LetterSigners): CheckedRow {
  const problems: ImportProblem[] = [];
  const kindChoice = resolveChoice(mapping.kind, record, parseKind);
  if (!kindChoice.value) problems.push({ code: "badKind", value: kindChoice.raw });
  const kind = kindChoice.value ?? "individual";
  const visibilityChoice = resolveChoice(mapping.visibility, record, parseVisibility);
  if (!visibilityChoice.value) problems.push({ code: "badVisibility", value: visibilityChoice.raw });

  const person = cell(record, mapping.name);
  const organisation = cell(record, mapping.organisation);
  const title = cell(record, mapping.titleAffiliation);
  // An organisation row is named by its organisation column, or by the name column when
  // that is all the file has; an individual's organisation is part of their affiliation.
  const displayName = kind === "organisation" ? organisation || person : person;
  // A file with one name column for both kinds may have it mapped as both: a person's
  // own name is not their affiliation.
  const ownName = organisation.toLowerCase() === person.toLowerCase();
  const affiliation =
    kind === "organisation" || ownName
      ? title
      : [title, organisation].filter((part) => part !== "").join(", ");
  if (!displayName) problems.push({ code: "missingName" });
  else if (displayName.length > LIMITS.name) problems.push({ code: "tooLong" });
  if (affiliation.length > LIMITS.titleAffiliation) problems.push({ code: "tooLong" });

  const email = cell(record, mapping.email).replace(/^mailto:/i, "");
  let emailNormalised: string | null = null;
  if (email) {
    if (email.length > LIMITS.email || !emailFormat.safeParse(email).success) {
      problems.push({ code: "badEmail", value: email });
    } else {
      emailNormalised = normaliseEmail(email);
    }
  }

  const country = normaliseCountry(cell(record, mapping.country));
  if (country && country.length > LIMITS.country) problems.push({ code: "tooLong" });
  if (kindChoice.value && !accepts(signers, kind)) problems.push({ code: "kindNotAccepted" });

  return {
    line: record.line,
    kind,
    displayName,
    titleAffiliation: affiliation || null,
    country,
    email: email || null,
    emailNormalised,
    visibility: visibilityChoice.value ?? "name_withheld",
    // One "too long" is enough to say; which field is clear from the row.
    problems: problems.filter(
      (p, i) => p.code !== "tooLong" || problems.findIndex((q) => q.code === p.code) === i,
    ),
  };
}

/**
 * Checks every data row of a sign-on file against itself and against what the letter
 * already has. A repeated e-mail or organisation name is a duplicate of the first row
 * that can be imported, so the preview's "duplicate of line N" points at a row that
 * will be imported. Rows whose cells are all empty are not rows.
 */
export function checkImportRows({
  records,
  mapping,
  signed,
  signers = "both",
}: {
  records: readonly CsvRecord[];
  mapping: ImportMapping;
  signed: AlreadySigned;
  signers?: LetterSigners;
}): ImportCheck {
  const problemRows: CheckedRow[] = [];
  const good: ImportCandidate[] = [];
  const firstEmail = new Map<string, number>();
  const firstOrganisation = new Map<string, number>();
  const firstPerson = new Map<string, number>();
  let rows = 0;

  for (const record of records) {
    if (isBlankRecord(record)) continue;
    rows++;
    const row = readRow(record, mapping, signers);
    if (row.problems.length === 0) {
      const orgKey = row.kind === "organisation" ? row.displayName.toLowerCase() : null;
      const person = row.kind === "individual" ? personKey(row.displayName, row.titleAffiliation) : null;
      // Without an e-mail address, an individual is known by name and affiliation.
      const personOnly = row.emailNormalised ? null : person;
      if (
        (row.emailNormalised && signed.emails.has(row.emailNormalised)) ||
        (orgKey && signed.organisationNames.has(orgKey)) ||
        (personOnly && signed.people.has(personOnly))
      ) {
        row.problems.push({ code: "alreadySigned" });
      } else {
        const earlier =
          (row.emailNormalised ? firstEmail.get(row.emailNormalised) : undefined) ??
          (orgKey ? firstOrganisation.get(orgKey) : undefined) ??
          (personOnly ? firstPerson.get(personOnly) : undefined);
        if (earlier !== undefined) {
          row.problems.push({ code: "duplicateInFile", line: earlier });
        } else {
          if (row.emailNormalised) firstEmail.set(row.emailNormalised, row.line);
          if (orgKey) firstOrganisation.set(orgKey, row.line);
          if (person && !firstPerson.has(person)) firstPerson.set(person, row.line);
        }
      }
    }
    if (row.problems.length > 0) {
      problemRows.push(row);
    } else {
      const { problems: _none, ...candidate } = row;
      good.push(candidate);
    }
  }

  const organisations = good.filter((r) => r.kind === "organisation").length;
  const listed = good.filter((r) => r.visibility === "public").length;
  return {
    problemRows,
    good,
    counts: {
      rows,
      good: good.length,
      problems: problemRows.length,
      organisations,
      individuals: good.length - organisations,
      listed,
      withheld: good.length - listed,
    },
  };
}

// ── Reading the file and guessing its columns ───────────────────────────────

/** UTF-16 by its byte-order mark, or without one by the NUL that ASCII leaves in every other byte. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return "utf-16be";
  return null;
}

const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // .xlsx, .ods: a zip archive
  [0xd0, 0xcf, 0x11, 0xe0], // .xls: an OLE2 compound file
];

/**
 * An uploaded file's text. Spreadsheets save CSV as UTF-8 (with or without a byte-order
 * mark), in older Excel on Windows as Windows-1252, and as Excel's "Unicode text" as
 * UTF-16 (little-endian with a mark, tab-separated): UTF-16 first, then valid UTF-8,
 * else Windows-1252. Null when the file is not text at all: a workbook (.xlsx, .xls)
 * or something else mostly made of NUL bytes. A stray NUL in a text file is kept here
 * and dropped with the other control characters when the file is read.
 */
export function decodeCsvBytes(bytes: Uint8Array): string | null {
  if (WORKBOOK_SIGNATURES.some((signature) => signature.every((b, i) => bytes[i] === b))) return null;
  const utf16 = utf16Order(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  let nul = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0) nul++;
  return nul > 16 && nul > text.length / 20 ? null : text;
}

export type ImportFile = {
  headers: string[];
  /** Data records, each with its line in the file (the header is line 1). */
  records: CsvRecord[];
  unterminatedQuoteLine: number | null;
};

/** Splits a CSV file into its header row and its data rows; null when it has no header. */
export function readImportFile(text: string): ImportFile | null {
  const source = stripControlCharacters(text);
  const { records, unterminatedQuoteLine } = parseCsvRecords(source, { delimiter: detectDelimiter(source) });
  const [header, ...data] = records;
  if (!header || isBlankRecord(header)) return null;
  return { headers: header.fields.map((h) => clean(h)), records: data, unterminatedQuoteLine };
}

/*
 * A header that is only a name, perhaps with a word before it ("Display name", "Full
 * name", "Public name", "Name:"), holds the signatory's name: it is checked before the
 * other patterns, so "Display name" is not taken for a column saying whether to display it.
 */
const NAME_HEADER =
  /^(display|full|public|listed|your|signatory'?s?|signer'?s?|person'?s?|contact|printed)?\s*name\s*[:*]?$/;

/** "Organisation or individual", "Name (person or organisation)", "Signatory / organisation". */
const EITHER_KIND_HEADER =
  /(organi[sz]ation|org|group)\s*(or|\/|&)\s*(individual|person|name|signatory)|(individual|person|name|signatory)\s*(or|\/|&)\s*(organi[sz]ation|org|group)/;

const GUESSES: Array<[ColumnField | "kind" | "visibility", RegExp]> = [
  ["email", /e-?mail|courriel|correo/],
  ["organisation", /organi[sz]ation|^org\b|group|ngo|institution|company/],
  ["country", /country|nation|pays|pa[ií]s/],
  ["titleAffiliation", /title|affiliation|position|role|job|occupation/],
  ["kind", /^(kind|type)$|signing as|sign(s|ing)? as|kind of signa|type of signa/],
  ["visibility", /visib|public|withh|anonym|show.*name|list.*name|display/],
  ["name", /name|signator|signer|person|contact/],
];

/**
 * The mapping the column headers suggest: "Email", "Organisation", "Country", "Title", "Name".
 * Without a column saying whether each signatory may be listed, every name is withheld:
 * nobody is listed publicly without having said so, and staff choose "Show every name"
 * themselves when every signatory agreed.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const found: Partial<Record<ColumnField | "kind" | "visibility", number>> = {};
  headers.forEach((header, index) => {
    const h = clean(header).toLowerCase();
    // A second name column is left alone rather than read as anything else; a column
    // named for both kinds ("Organisation or individual") names every row.
    if (NAME_HEADER.test(h) || EITHER_KIND_HEADER.test(h)) {
      found.name ??= index;
      return;
    }
    for (const [field, pattern] of GUESSES) {
      if (found[field] === undefined && pattern.test(h)) {
        found[field] = index;
        return;
      }
    }
  });
  // A file with an organisation column and no one's name lists organisations.
  const kind: Choice<SignatoryKind> =
    found.kind !== undefined
      ? { column: found.kind }
      : {
          fixed: found.organisation !== undefined && found.name === undefined ? "organisation" : "individual",
        };
  return {
    name: found.name ?? null,
    email: found.email ?? null,
    titleAffiliation: found.titleAffiliation ?? null,
    country: found.country ?? null,
    organisation: found.organisation ?? null,
    kind,
    visibility: found.visibility !== undefined ? { column: found.visibility } : { fixed: "name_withheld" },
  };
}

export type MappingProblem = { field: keyof ImportMapping; code: "unknownColumn" | "nameRequired" };

/** Whether a mapping fits a file with `columnCount` columns and names every row somehow. */
export function mappingProblems(mapping: ImportMapping, columnCount: number): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const outside = (column: number | null) => column !== null && (column < 0 || column >= columnCount);
  for (const field of COLUMN_FIELDS) {
    if (outside(mapping[field])) problems.push({ field, code: "unknownColumn" });
  }
  for (const field of ["kind", "visibility"] as const) {
    const choice = mapping[field];
    if ("column" in choice && outside(choice.column)) problems.push({ field, code: "unknownColumn" });
  }
  // Organisations can be named by the organisation column; individuals only by a name.
  const onlyIndividuals = "fixed" in mapping.kind && mapping.kind.fixed === "individual";
  if (mapping.name === null && (mapping.organisation === null || onlyIndividuals)) {
    problems.push({ field: "name", code: "nameRequired" });
  }
  return problems;
}
