import { z } from "zod";
import type { Executor } from "@/db";
import {
  createImportedOrganisations,
  findOrganisationsByName,
  getImportLetter,
  type ImportedSignature,
  type ImportLetter,
  insertSignaturesInChunks,
  loadSignedKeys,
  type OrganisationRef,
} from "@/db/queries/import-export";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import {
  type CheckedRow,
  type Choice,
  checkImportRows,
  type ImportCheck,
  type ImportFile,
  type ImportMapping,
  type ImportProblemCode,
  MAX_CSV_CHARS,
  MAX_IMPORT_ROWS,
  MAX_UPLOAD_BYTES,
  mappingProblems,
  readImportFile,
  type SignatoryKind,
  type SignatoryVisibility,
} from "@/lib/domain/import-signatories";
import { blankToNull, checkbox } from "@/lib/validations/fields";

/*
 * Importing a sign-on spreadsheet. The preview and the import run the same analysis
 * (`analyseImport`); the import runs it again inside its transaction, with the letter
 * row locked, so what it writes is checked against the letter as it is at that moment,
 * whatever the preview said. The wizard (./service.ts) runs the definition through
 * defineAction; unit tests run it through executeAction.
 */

const column = z.preprocess(
  blankToNull,
  z.coerce.number({ message: "import.columnInvalid" }).int().min(0).max(999).nullable(),
);

function choice<T extends string>(values: readonly [T, ...T[]]) {
  const pattern = new RegExp(`^(fixed:(${values.join("|")})|column:\\d{1,3})$`);
  return z
    .string({ message: "import.choiceInvalid" })
    .regex(pattern, { message: "import.choiceInvalid" })
    .transform((value): Choice<T> => {
      const [how, what] = value.split(":") as [string, string];
      return how === "fixed" ? { fixed: what as T } : { column: Number(what) };
    });
}

/** Step 1: which letter, and the file's text. */
export const importSourceSchema = z.object({
  letterId: z.uuid({ message: "import.letterRequired" }),
  csv: z
    .string({ message: "import.csvRequired" })
    .max(MAX_CSV_CHARS, { message: "import.csvTooLarge" })
    // Each later step carries the text back in its form: it must fit the request size limit.
    .refine((text) => text.length > MAX_CSV_CHARS || Buffer.byteLength(text, "utf8") <= MAX_UPLOAD_BYTES, {
      message: "import.csvTooLarge",
    })
    .refine((text) => text.trim() !== "", { message: "import.csvRequired" }),
});

/** Step 2: which column holds what. Column fields hold a 0-based index or "" for none. */
export const importMappingSchema = z.object({
  nameColumn: column,
  emailColumn: column,
  titleAffiliationColumn: column,
  countryColumn: column,
  organisationColumn: column,
  kind: choice<SignatoryKind>(["organisation", "individual"]),
  visibility: choice<SignatoryVisibility>(["public", "name_withheld"]),
  /** Demo or training data: the signatures and the organisations the import registers are marked as samples. */
  isSample: checkbox.default(false),
});

/** The import itself: everything again, and an explicit yes. */
export const importSchema = importSourceSchema.extend(importMappingSchema.shape).extend({
  confirm: z.literal("yes", { message: "import.confirmRequired" }),
});

type ImportMappingInput = z.output<typeof importMappingSchema>;

export function toMapping(input: ImportMappingInput): ImportMapping {
  return {
    name: input.nameColumn,
    email: input.emailColumn,
    titleAffiliation: input.titleAffiliationColumn,
    country: input.countryColumn,
    organisation: input.organisationColumn,
    kind: input.kind,
    visibility: input.visibility,
  };
}

/** A mapping (and whether the rows are sample data) as the form's fields, for hidden inputs and selects. */
export function mappingFields(mapping: ImportMapping, isSample = false): Record<string, string> {
  const col = (value: number | null) => (value === null ? "" : String(value));
  const pick = <T extends string>(c: Choice<T>) => ("fixed" in c ? `fixed:${c.fixed}` : `column:${c.column}`);
  return {
    nameColumn: col(mapping.name),
    emailColumn: col(mapping.email),
    titleAffiliationColumn: col(mapping.titleAffiliation),
    countryColumn: col(mapping.country),
    organisationColumn: col(mapping.organisation),
    kind: pick(mapping.kind),
    visibility: pick(mapping.visibility),
    isSample: isSample ? "on" : "",
  };
}

const MAPPING_FIELD: Record<keyof ImportMapping, string> = {
  name: "nameColumn",
  email: "emailColumn",
  titleAffiliation: "titleAffiliationColumn",
  country: "countryColumn",
  organisation: "organisationColumn",
  kind: "kind",
  visibility: "visibility",
};

/** Reads a file for the import, or refuses it with the message and field to show. */
export function readImportSource(csv: string): ImportFile {
  const file = readImportFile(csv);
  if (!file) throw new ActionError("errors.import.noHeader", "csv");
  if (file.unterminatedQuoteLine !== null) throw new ActionError("errors.import.unclosedQuote", "csv");
  if (file.records.length > MAX_IMPORT_ROWS) throw new ActionError("errors.import.tooManyRows", "csv");
  return file;
}

type ImportAnalysis = {
  letter: ImportLetter;
  file: ImportFile;
  mapping: ImportMapping;
  check: ImportCheck;
  /** Registered organisations the good organisation rows name, by lower-cased name. */
  knownOrganisations: Map<string, OrganisationRef>;
  /** Good organisation rows that name no registered organisation: the import registers them. */
  newOrganisations: number;
  liveCount: number;
};

/**
 * Everything the preview shows and the import writes: the file read through the
 * mapping and checked against the letter's live signatures. Throws ActionError for a
 * file or mapping that cannot be read at all.
 */
export async function analyseImport(
  db: Executor,
  {
    letterId,
    csv,
    mapping,
    lock = false,
  }: { letterId: string; csv: string; mapping: ImportMapping; lock?: boolean },
): Promise<ImportAnalysis> {
  const letter = await getImportLetter(db, { letterId, lock });
  if (!letter) throw new ActionError("errors.import.letterNotFound", "letterId");
  if (letter.status === "closed") throw new ActionError("errors.import.letterClosed", "letterId");
  const file = readImportSource(csv);
  const [problem] = mappingProblems(mapping, file.headers.length);
  if (problem) throw new ActionError(`errors.import.${problem.code}`, MAPPING_FIELD[problem.field]);

  const signed = await loadSignedKeys(db, { letterId });
  const check = checkImportRows({
    records: file.records,
    mapping,
    signers: letter.whoCanSign,
    signed: {
      emails: new Set(signed.emails),
      organisationNames: new Set(signed.organisationNames),
      people: new Set(signed.people),
    },
  });
  const organisationNames = check.good.filter((r) => r.kind === "organisation").map((r) => r.displayName);
  const knownOrganisations = await findOrganisationsByName(db, { names: organisationNames });
  const newOrganisations = organisationNames.filter((n) => !knownOrganisations.has(n.toLowerCase())).length;
  return { letter, file, mapping, check, knownOrganisations, newOrganisations, liveCount: signed.liveCount };
}

/** Problems counted by kind, for the audit log. */
function problemCounts(rows: readonly CheckedRow[]): Partial<Record<ImportProblemCode, number>> {
  const counts: Partial<Record<ImportProblemCode, number>> = {};
  for (const row of rows) for (const p of row.problems) counts[p.code] = (counts[p.code] ?? 0) + 1;
  return counts;
}

export type ImportOutcome = {
  letterId: string;
  letterTitle: string;
  campaignSlug: string;
  letterSlug: string;
  isPublic: boolean;
  imported: number;
  organisations: number;
  individuals: number;
  organisationsCreated: number;
  skipped: number;
  isSample: boolean;
  /** Organisations that now list this letter on their pages. */
  organisationSlugs: string[];
};

export const importSignaturesDefinition: ActionDefinition<typeof importSchema, ImportOutcome> = {
  name: "signature.import",
  access: { permission: "signature.import" },
  schema: importSchema,
  // Someone signed with an address or for an organisation in the file while it was importing.
  onConflict: { message: "errors.import.conflict" },
  tags: (_input, data) =>
    data.isPublic
      ? letterChangeTags({
          campaignSlug: data.campaignSlug,
          letterSlug: data.letterSlug,
          organisationSlugs: data.organisationSlugs,
        })
      : [],
  async run({ tx, input, audit }) {
    const analysis = await analyseImport(tx, {
      letterId: input.letterId,
      csv: input.csv,
      mapping: toMapping(input),
      lock: true,
    });
    const { letter, check, knownOrganisations } = analysis;
    if (check.good.length === 0) throw new ActionError("errors.import.nothingToImport");

    const organisationRows = check.good.filter((r) => r.kind === "organisation");
    const created = await createImportedOrganisations(tx, {
      organisations: organisationRows
        .filter((r) => !knownOrganisations.has(r.displayName.toLowerCase()))
        .map((r) => ({ name: r.displayName, country: r.country })),
      isSample: input.isSample,
    });
    const byName = new Map(knownOrganisations);
    for (const org of created) byName.set(org.name.toLowerCase(), org);

    const now = new Date();
    const rows: ImportedSignature[] = check.good.map((row) => {
      const org = row.kind === "organisation" ? byName.get(row.displayName.toLowerCase()) : undefined;
      return {
        letterId: letter.id,
        kind: row.kind,
        organisationId: org?.id ?? null,
        // A registered organisation is listed under its registered name.
        displayName: org?.name ?? row.displayName,
        titleAffiliation: row.titleAffiliation,
        country: row.country,
        email: row.email,
        emailNormalised: row.emailNormalised,
        visibility: row.visibility,
        // The coalition collected these sign-ons itself; staff importing them vouch for them.
        status: "confirmed",
        source: "import",
        letterVersion: letter.version,
        isSample: input.isSample,
        confirmedAt: now,
      };
    });
    await insertSignaturesInChunks(tx, { rows });

    const organisationSlugs = [
      ...new Set(organisationRows.map((r) => byName.get(r.displayName.toLowerCase())!.slug)),
    ];
    const outcome: ImportOutcome = {
      letterId: letter.id,
      letterTitle: letter.title,
      campaignSlug: letter.campaignSlug,
      letterSlug: letter.slug,
      isPublic: letter.isPublic,
      imported: rows.length,
      organisations: organisationRows.length,
      individuals: rows.length - organisationRows.length,
      organisationsCreated: created.length,
      skipped: check.problemRows.length,
      isSample: input.isSample,
      organisationSlugs,
    };
    audit({
      action: "signature.import",
      entityType: "letter",
      entityId: letter.id,
      before: { liveSignatures: analysis.liveCount },
      after: {
        liveSignatures: analysis.liveCount + rows.length,
        rowsInFile: check.counts.rows,
        imported: rows.length,
        organisations: outcome.organisations,
        individuals: outcome.individuals,
        skipped: outcome.skipped,
        isSample: input.isSample,
        problems: problemCounts(check.problemRows),
        organisationsCreated: created.map((o) => ({ id: o.id, slug: o.slug, name: o.name })),
      },
    });
    return outcome;
  },
};

// ── The import page's steps ──────────────────────────────────────────────────

/** A problem row as the preview lists it. */
export type PreviewProblemRow = {
  line: number;
  /** What identifies the row to a reader: its name, else its e-mail, else its first cell. */
  label: string;
  problems: CheckedRow["problems"];
};

/** The preview lists at most this many problem rows; the counts always cover all of them. */
export const PREVIEW_PROBLEM_LIMIT = 1_000;

type StepError = { error?: string; fieldErrors?: Record<string, string[]> };

/** Where the import page is, and what it carries from step to step (the CSV in a hidden field). */
export type ImportWizardState =
  | ({ step: "upload"; letterId?: string; csv?: string } & StepError)
  | ({
      step: "map";
      letterId: string;
      letterTitle: string;
      csv: string;
      headers: string[];
      /** The first data rows, so staff can see what each column holds. */
      samples: string[][];
      rowCount: number;
      mapping: Record<string, string>;
    } & StepError)
  | ({
      step: "preview";
      letterId: string;
      letterTitle: string;
      csv: string;
      headers: string[];
      mapping: Record<string, string>;
      counts: ImportCheck["counts"];
      newOrganisations: number;
      problems: PreviewProblemRow[];
    } & StepError)
  | { step: "done"; outcome: Omit<ImportOutcome, "organisationSlugs"> };
