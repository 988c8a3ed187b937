import "server-only";
import type { z } from "zod";
import { type Db, getDb } from "@/db";
import { listBodyMembers } from "@/db/queries/resolutions";
import { getTextContext } from "@/db/queries/un-staff";
import type { ActorDto } from "@/db/queries/users";
import { ActionError, type ActionResult, type ErrorValues, fieldErrorsFrom } from "@/lib/actions/result";
import { defineAction, executeAction } from "@/lib/actions/safe-action";
import { refuseFuture } from "@/lib/actions/staff-write";
import { can } from "@/lib/domain/permissions";
import { stripControlCharacters, stripNul } from "@/lib/domain/text";
import { matchStateNames, splitStateList } from "@/lib/domain/un/match-names";
import { stateByIso3, type UnState } from "@/lib/domain/un/states";
import {
  isVoteListKind,
  MAX_PASTED_NAMES,
  membershipListSchema,
  pastedList,
  positionListSchema,
} from "@/lib/validations/resolutions";
import { type RecordedList, recordMembershipsDefinition, recordPositionsDefinition } from "./definitions";

/*
 * Pasting a list of states as a UN document prints it: a sponsor list, a recorded vote,
 * the members of a body. One form serves three steps, each a round trip to the server, so
 * the whole of it works without JavaScript: "preview" matches every name to a state,
 * "save" records them all, "edit" goes back to the pasted text. Nothing is kept on the
 * server between steps: the list and each name's row travel in the form's fields
 * (`row.3.name`, `row.3.pick`, `row.3.other`, `row.3.drop`), and the preview is worked
 * out again from them every time. Fixing happens in the preview: a name that fits two
 * states is chosen between, one that fits none is replaced by a suggestion or a typed
 * name, or left out. The save is a defineAction ("position.record", "membership.record")
 * that checks everything again in its one transaction.
 */

// The saves are registered like every action, so both authorization walks cover them; a
// paste runs them with executeAction, for the caller whose session it has already read.
defineAction(recordPositionsDefinition);
defineAction(recordMembershipsDefinition);

export type StateOption = { iso3: string; name: string };

export type PasteRow = {
  /** The name as pasted. */
  name: string;
  /** Matched to one state, or fits several (choose one), or fits none (fix it). */
  status: "matched" | "ambiguous" | "unmatched";
  state: StateOption | null;
  /** Matched by a choice or a correction made in the preview, not as pasted. */
  fixed: boolean;
  /** Left out of the save. */
  dropped: boolean;
  /** The states the name could be: an ambiguous name's candidates, an unmatched one's suggestions. */
  choices: StateOption[];
  /** A name typed in the preview in place of the pasted one. */
  other: string;
};

export type PasteState = {
  phase: "edit" | "preview";
  /** What the form's own fields hold (the pasted list among them), to show again. */
  values: Record<string, string>;
  rows: PasteRow[];
  error?: string;
  errorValues?: ErrorValues;
  /** Beside the form's fields, and beside each row of the preview ("row.3"). */
  fieldErrors?: Record<string, string[]>;
  /** How many states the last save recorded. */
  saved?: number;
};

export type Caller = { actor: ActorDto | null; ip: string; db?: Db };

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? stripNul(value) : "";
}

const option = (state: UnState): StateOption => ({ iso3: state.iso3, name: state.name });

/** The form's own fields: everything but the preview's rows and the button pressed. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key.startsWith("row.")) continue;
    if (key === "rows" || key === "intent") continue;
    values[key] = stripNul(value);
  }
  return values;
}

/** A row of the preview, from the name as pasted and what was chosen or typed for it. */
function resolveRow({
  name,
  pick = "",
  other = "",
  dropped = false,
}: {
  name: string;
  pick?: string;
  other?: string;
  dropped?: boolean;
}): PasteRow {
  const [pasted] = matchStateNames([name]);
  if (pasted.state && (pick === "" || pick === pasted.state.iso3)) {
    return {
      name,
      status: "matched",
      state: option(pasted.state),
      fixed: false,
      dropped,
      choices: [],
      other,
    };
  }
  const choices = (pasted.candidates.length > 1 ? pasted.candidates : pasted.suggestions).map(option);
  const status = pasted.candidates.length > 1 ? "ambiguous" : "unmatched";
  const withChoice = (state: UnState, list: StateOption[]) =>
    list.some((c) => c.iso3 === state.iso3) ? list : [...list, option(state)];

  const picked = /^[A-Z]{3}$/.test(pick) ? stateByIso3(pick) : undefined;
  if (picked) {
    return {
      name,
      status,
      state: option(picked),
      fixed: true,
      dropped,
      choices: withChoice(picked, choices),
      other,
    };
  }
  const typed = other.trim();
  if (typed) {
    const [corrected] = matchStateNames([typed]);
    if (corrected.state) {
      const state = corrected.state;
      return {
        name,
        status,
        state: option(state),
        fixed: true,
        dropped,
        choices: withChoice(state, choices),
        other,
      };
    }
    // The typed name did not match either: offer what it could be instead.
    const offered = corrected.candidates.length > 1 ? corrected.candidates : corrected.suggestions;
    return {
      name,
      status: corrected.candidates.length > 1 ? "ambiguous" : "unmatched",
      state: null,
      fixed: false,
      dropped,
      choices: offered.length > 0 ? offered.map(option) : choices,
      other,
    };
  }
  return { name, status, state: null, fixed: false, dropped, choices, other };
}

/** The rows as the preview posted them back; none when the form holds only the pasted list. */
function rowsFromForm(formData: FormData): PasteRow[] | null {
  const count = Number(text(formData, "rows"));
  if (!Number.isInteger(count) || count <= 0) return null;
  const rows: PasteRow[] = [];
  for (let i = 0; i < Math.min(count, MAX_PASTED_NAMES); i++) {
    const name = stripControlCharacters(text(formData, `row.${i}.name`)).trim();
    if (!name) continue;
    rows.push(
      resolveRow({
        name,
        pick: text(formData, `row.${i}.pick`).trim().toUpperCase(),
        other: stripControlCharacters(text(formData, `row.${i}.other`)).slice(0, 200),
        dropped: text(formData, `row.${i}.drop`) !== "",
      }),
    );
  }
  return rows;
}

type Problems = { error?: string; errorValues: ErrorValues; fieldErrors: Record<string, string[]> };

const addError = (problems: Problems, field: string, key: string) => {
  problems.fieldErrors[field] = [...(problems.fieldErrors[field] ?? []), key];
};

/** The rows of a pasted list, or the list's own problem: nothing pasted, or too long. */
function rowsFromList(list: string, problems: Problems): PasteRow[] {
  const parsed = pastedList.safeParse(list);
  if (!parsed.success) {
    for (const keys of Object.values(fieldErrorsFrom(parsed.error)))
      for (const key of keys) addError(problems, "list", key);
    return [];
  }
  const names = splitStateList(stripControlCharacters(parsed.data));
  if (names.length === 0) addError(problems, "list", "errors.paste.empty");
  if (names.length > MAX_PASTED_NAMES) {
    addError(problems, "list", "errors.paste.tooMany");
    return [];
  }
  return names.map((name) => resolveRow({ name }));
}

/** What a kind of list needs besides its names: its own fields, a check of its rows, and its save. */
type PasteKind<S extends z.ZodType> = {
  schema: S;
  /** Problems of the rows that only the database can tell (a vote by a state not on the body). */
  checkRows?: (meta: z.output<S>, rows: PasteRow[], db: Db, problems: Problems) => Promise<void>;
  save: (meta: z.output<S>, stateIso3s: string[], caller: Caller) => Promise<ActionResult<RecordedList>>;
};

/** Runs the step the pressed button names, for a kind of list. */
async function pasteStep<S extends z.ZodType>(
  kind: PasteKind<S>,
  formData: FormData,
  caller: Caller,
): Promise<PasteState> {
  const { actor } = caller;
  if (!actor) return { phase: "edit", values: {}, rows: [], error: "errors.signInRequired" };
  if (!can(actor, "resolution.manage"))
    return { phase: "edit", values: {}, rows: [], error: "errors.notAllowed" };

  const intent = text(formData, "intent");
  const values = formValues(formData);
  if (intent === "edit") return { phase: "edit", values, rows: [] };

  const problems: Problems = { errorValues: {}, fieldErrors: {} };
  const meta = kind.schema.safeParse(values);
  if (!meta.success) {
    for (const [field, keys] of Object.entries(fieldErrorsFrom(meta.error)))
      for (const key of keys) addError(problems, field, key);
  }
  const rows = rowsFromForm(formData) ?? rowsFromList(values.list ?? "", problems);
  const active = rows.filter((r) => !r.dropped);
  if (rows.length > 0 && active.length === 0) addError(problems, "list", "errors.paste.empty");
  if (meta.success && kind.checkRows) {
    try {
      await kind.checkRows(meta.data, rows, caller.db ?? getDb(), problems);
    } catch (error) {
      if (!(error instanceof ActionError) || !error.field) throw error;
      addError(problems, error.field, error.messageKey);
      Object.assign(problems.errorValues, error.values);
    }
  }

  const saving = intent === "save";
  const unresolved = active.filter((r) => !r.state);
  if (saving) {
    rows.forEach((row, i) => {
      if (row.dropped || row.state) return;
      addError(
        problems,
        `row.${i}`,
        row.status === "ambiguous" ? "errors.paste.chooseState" : "errors.paste.fixName",
      );
    });
    if (unresolved.length > 0) {
      problems.error = "errors.paste.unresolved";
      problems.errorValues.count = unresolved.length;
    }
  }
  const preview = (extra: Partial<PasteState> = {}): PasteState => {
    const hasErrors = Object.keys(problems.fieldErrors).length > 0;
    return {
      phase: rows.length > 0 ? "preview" : "edit",
      values,
      rows,
      ...(hasErrors || problems.error
        ? {
            error: problems.error ?? "errors.checkFields",
            errorValues: problems.errorValues,
            fieldErrors: problems.fieldErrors,
          }
        : {}),
      ...extra,
    };
  };
  if (!saving || !meta.success || Object.keys(problems.fieldErrors).length > 0 || problems.error)
    return preview();

  const iso3s = active.map((r) => (r.state as StateOption).iso3);
  const result = await kind.save(meta.data, iso3s, caller);
  if (!result.ok) {
    // A refusal about the names as a whole is shown beside the list.
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, keys] of Object.entries(result.fieldErrors ?? {}))
      fieldErrors[field === "stateIso3s" ? "list" : field] = keys;
    return preview({ error: result.error, errorValues: result.errorValues, fieldErrors });
  }
  const { list: _list, ...kept } = values;
  return { phase: "edit", values: kept, rows: [], saved: result.data.count };
}

// ── The two kinds of list ────────────────────────────────────────────────────

/**
 * A list of positions on one text. A vote is recorded only for the body's members at the
 * text's session: each row that names another state says so, before anything is saved.
 */
const positionList: PasteKind<typeof positionListSchema> = {
  schema: positionListSchema,
  checkRows: async (meta, rows, db, problems) => {
    try {
      refuseFuture(meta.occurredOn, meta.precision, "occurredOn");
    } catch (error) {
      if (!(error instanceof ActionError) || !error.field) throw error;
      addError(problems, error.field, error.messageKey);
    }
    if (!isVoteListKind(meta.listKind)) return;
    const context = await getTextContext(db, { id: meta.textId });
    if (!context) throw new ActionError("errors.resolutionText.notFound", "textId");
    const where = { body: context.body.name, session: context.session.label };
    const members = await listBodyMembers(db, { bodyId: context.body.id, sessionId: context.session.id });
    if (members.length === 0) throw new ActionError("errors.paste.membershipUnknown", "listKind", where);
    const memberSet = new Set(members.map((m) => m.iso3));
    const outsiders: string[] = [];
    rows.forEach((row, i) => {
      if (row.dropped || !row.state || memberSet.has(row.state.iso3)) return;
      addError(problems, `row.${i}`, "errors.paste.notMember");
      outsiders.push(row.state.name);
    });
    Object.assign(problems.errorValues, where);
    if (outsiders.length > 0) {
      problems.error ??= "errors.paste.notMembers";
      problems.errorValues.states = outsiders.join(", ");
    }
  },
  save: (meta, stateIso3s, caller) =>
    executeAction(recordPositionsDefinition, { ...meta, stateIso3s }, caller),
};

/** A list of the states that sat on a body at a session or through a year. */
const membershipList: PasteKind<typeof membershipListSchema> = {
  schema: membershipListSchema,
  save: (meta, stateIso3s, caller) =>
    executeAction(recordMembershipsDefinition, { ...meta, stateIso3s }, caller),
};

/** A step of the positions paste on a text's page. */
export function pastePositionsStep(formData: FormData, caller: Caller): Promise<PasteState> {
  return pasteStep(positionList, formData, caller);
}

/** A step of the membership paste on a body's page. */
export function pasteMembershipsStep(formData: FormData, caller: Caller): Promise<PasteState> {
  return pasteStep(membershipList, formData, caller);
}
