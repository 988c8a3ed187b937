import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getDb } from "@/db";
import { getImportLetter } from "@/db/queries/import-export";
import { ActionError, fieldErrorsFrom } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/safe-action";
import {
  decodeCsvBytes,
  guessMapping,
  isBlankRecord,
  MAX_UPLOAD_BYTES,
  readImportFile,
} from "@/lib/domain/import-signatories";
import { stripControlCharacters } from "@/lib/domain/text";
import {
  analyseImport,
  type ImportWizardState,
  importMappingSchema,
  importSignaturesDefinition,
  importSourceSchema,
  mappingFields,
  PREVIEW_PROBLEM_LIMIT,
  readImportSource,
  toMapping,
} from "./definitions";

/*
 * The import page's steps. Choosing a file, mapping its columns and previewing write
 * nothing, so they read the database directly; the import is the defineAction
 * "signature.import", which checks everything again inside its one transaction. No file
 * is kept on the server between steps: the CSV text travels in a hidden field of each
 * step's form. The caller (./server.ts) has checked the import permission.
 */

const runImport = defineAction(importSignaturesDefinition);

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

function fields(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, text(formData, key)]));
}

const MAPPING_KEYS = Object.keys(importMappingSchema.shape);

/** The uploaded file's text, whatever encoding the spreadsheet saved it in (decodeCsvBytes). */
async function fileText(file: Blob): Promise<string> {
  const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (text === null) throw new ActionError("errors.import.notCsv", "csv");
  return text;
}

function refusal(error: unknown): { error: string; fieldErrors?: Record<string, string[]> } {
  if (error instanceof ActionError) {
    return {
      error: error.messageKey,
      fieldErrors: error.field ? { [error.field]: [error.messageKey] } : undefined,
    };
  }
  console.error("[action signature.import_preview]", error);
  return { error: "errors.unexpected" };
}

/** Step 1 → 2: read the file (uploaded or pasted), and guess which column holds what. */
async function chooseFile(formData: FormData): Promise<ImportWizardState> {
  const letterId = text(formData, "letterId");
  const pasted = text(formData, "pasted");
  const upload = formData.get("file");
  const hasFile = upload instanceof File && upload.size > 0;
  const back = { step: "upload" as const, letterId, csv: hasFile ? undefined : pasted };
  if (hasFile && upload.size > MAX_UPLOAD_BYTES) {
    return { ...back, error: "errors.checkFields", fieldErrors: { csv: ["errors.import.csvTooLarge"] } };
  }
  try {
    // Control characters go now, so the text carried to the next steps is the text checked.
    const csv = stripControlCharacters(hasFile ? await fileText(upload) : pasted);
    const parsed = importSourceSchema.safeParse({ letterId, csv });
    if (!parsed.success)
      return { ...back, error: "errors.checkFields", fieldErrors: fieldErrorsFrom(parsed.error) };
    const letter = await getImportLetter(getDb(), { letterId: parsed.data.letterId });
    if (!letter) throw new ActionError("errors.import.letterNotFound", "letterId");
    if (letter.status === "closed") throw new ActionError("errors.import.letterClosed", "letterId");
    const file = readImportSource(parsed.data.csv);
    return {
      step: "map",
      letterId: letter.id,
      letterTitle: letter.title,
      csv: parsed.data.csv,
      headers: file.headers,
      samples: file.records.slice(0, 3).map((r) => r.fields),
      rowCount: file.records.filter((r) => !isBlankRecord(r)).length,
      mapping: mappingFields(guessMapping(file.headers)),
    };
  } catch (error) {
    unstable_rethrow(error);
    return { ...back, ...refusal(error) };
  }
}

/** Step 2 again, with the mapping as it was posted and, if any, what is wrong with it. */
async function mapStep(
  formData: FormData,
  problem: { error?: string; fieldErrors?: Record<string, string[]> } = {},
): Promise<ImportWizardState> {
  const letterId = text(formData, "letterId");
  const csv = text(formData, "csv");
  const file = readImportFile(csv);
  const letter = file ? await getImportLetter(getDb(), { letterId }) : null;
  if (!file || !letter)
    return { step: "upload", letterId, error: problem.error ?? "errors.import.startAgain" };
  return {
    step: "map",
    letterId,
    letterTitle: letter.title,
    csv,
    headers: file.headers,
    samples: file.records.slice(0, 3).map((r) => r.fields),
    rowCount: file.records.filter((r) => !isBlankRecord(r)).length,
    mapping: fields(formData, MAPPING_KEYS),
    ...problem,
  };
}

/** Step 2 → 3: check every row and list the problem ones. */
async function preview(formData: FormData): Promise<ImportWizardState> {
  const source = importSourceSchema.safeParse({
    letterId: text(formData, "letterId"),
    csv: text(formData, "csv"),
  });
  if (!source.success) return { step: "upload", error: "errors.import.startAgain" };
  const mapping = importMappingSchema.safeParse(fields(formData, MAPPING_KEYS));
  if (!mapping.success) {
    return mapStep(formData, { error: "errors.checkFields", fieldErrors: fieldErrorsFrom(mapping.error) });
  }
  try {
    const analysis = await analyseImport(getDb(), { ...source.data, mapping: toMapping(mapping.data) });
    const { check } = analysis;
    return {
      step: "preview",
      letterId: analysis.letter.id,
      letterTitle: analysis.letter.title,
      csv: source.data.csv,
      headers: analysis.file.headers,
      mapping: mappingFields(analysis.mapping, mapping.data.isSample),
      counts: check.counts,
      newOrganisations: analysis.newOrganisations,
      problems: check.problemRows.slice(0, PREVIEW_PROBLEM_LIMIT).map((row) => ({
        line: row.line,
        label: row.displayName || row.email || "",
        problems: row.problems,
      })),
    };
  } catch (error) {
    unstable_rethrow(error);
    const problem = refusal(error);
    if (error instanceof ActionError && (error.field === "letterId" || error.field === "csv")) {
      return { step: "upload", letterId: source.data.letterId, ...problem };
    }
    return mapStep(formData, problem);
  }
}

/** Step 3 → done: the import itself, in one transaction; on refusal, the preview again with why. */
async function runImportStep(formData: FormData): Promise<ImportWizardState> {
  const result = await runImport(null, formData);
  if (result.ok) {
    // Thousands of slugs are for the cache tags, not for the page.
    const { organisationSlugs: _slugs, ...outcome } = result.data;
    return { step: "done", outcome };
  }
  const again = await preview(formData);
  return { ...again, error: result.error } as ImportWizardState;
}

/** Runs the step the posted form names (each step's form says which it is). */
export async function importWizardStep(formData: FormData): Promise<ImportWizardState> {
  switch (text(formData, "step")) {
    case "map":
      return await chooseFile(formData);
    case "preview":
      return await preview(formData);
    case "remap":
      return await mapStep(formData);
    case "import":
      return await runImportStep(formData);
    default:
      return { step: "upload" };
  }
}
