import {
  createBody,
  createResolution,
  createResolutionText,
  createSession,
  recordMemberships,
  recordPositions,
  retractPosition,
  type UnRecordRefusal,
  updateSession,
} from "@/db/queries/resolutions";
import {
  getTextContext,
  listSessionTextIds,
  textDependents,
  updateResolutionText,
} from "@/db/queries/un-staff";
import { ActionError, type ErrorValues } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { refuseFuture, type StaffWrite, staffWritesNeeding, unique } from "@/lib/actions/staff-write";
import { cacheTags, positionChangeTags } from "@/lib/domain/cache-tags";
import { precisePeriodStart } from "@/lib/domain/dates";
import { stateByIso3 } from "@/lib/domain/un/states";
import { retractSchema } from "@/lib/validations/campaigns";
import {
  bodyCreateSchema,
  membershipRecordSchema,
  positionOfListKind,
  positionRecordSchema,
  resolutionCreateSchema,
  resolutionTextCreateSchema,
  resolutionTextUpdateSchema,
  sessionCreateSchema,
  sessionUpdateSchema,
} from "@/lib/validations/resolutions";

/*
 * The staff workspace's writes to the UN record: bodies and their sessions, resolution
 * lines and their texts, positions and who sat on a body. ./server.ts turns each into a
 * server action, and runs the two pasted lists' previews (./paste.ts) before their saves
 * here; tests run these with executeAction. The queries refuse what the record cannot
 * hold (db/queries/resolutions.ts); each refusal becomes a message beside its field.
 */

/** A refusal of the record, as the message beside the field it is about. */
function refusalError(refusal: UnRecordRefusal, values: ErrorValues = {}): ActionError {
  switch (refusal.reason) {
    case "not_found":
      return new ActionError(NOT_FOUND[refusal.what]);
    case "empty_list":
      return new ActionError("errors.paste.empty", "stateIso3s");
    case "future_date":
      return new ActionError("errors.date.future", "occurredOn");
    case "unknown_states":
      return new ActionError("errors.state.notFound", "stateIso3s");
    case "not_members":
      return new ActionError("errors.paste.notMembers", "stateIso3s", {
        ...values,
        states: refusal.iso3s.map((iso3) => stateByIso3(iso3)?.name ?? iso3).join(", "),
      });
    case "membership_unknown":
      return new ActionError("errors.paste.membershipUnknown", "listKind", values);
    case "session_of_other_body":
      return new ActionError("errors.session.otherBody", "sessionId");
    case "already_retracted":
      return new ActionError("errors.retract.already");
  }
}

const NOT_FOUND = {
  body: "errors.body.notFound",
  session: "errors.session.notFound",
  resolution: "errors.resolution.notFound",
  text: "errors.resolutionText.notFound",
  position: "errors.position.notFound",
} as const;

/** Every write to the UN record needs the one permission. */
const unRecordWrite = staffWritesNeeding("resolution.manage");

// ── Bodies and sessions ──────────────────────────────────────────────────────

/** A body with no lines shows on no public page yet: only the staff pages change. */
export const createBodyDefinition = unRecordWrite({
  name: "un_body.create",
  schema: bodyCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, audit }) => {
    const body = await createBody(tx, { values: input });
    audit({ action: "un_body.create", entityType: "un_body", entityId: body.id, after: body });
    return { id: body.id, tags: [] };
  },
});

/** A new session has no texts yet, so no public page shows it. */
export const createSessionDefinition = unRecordWrite({
  name: "un_session.create",
  schema: sessionCreateSchema,
  onConflict: { field: "number", message: "errors.session.exists" },
  run: async ({ tx, input, audit }) => {
    const session = await createSession(tx, { values: input });
    audit({ action: "un_session.create", entityType: "un_session", entityId: session.id, after: session });
    return { id: session.id, tags: [] };
  },
});

/**
 * A session's label and dates show on the pages of the lines with a text at it and of
 * the states with positions there; the asks decided at it move with its last day.
 */
export const updateSessionDefinition = unRecordWrite({
  name: "un_session.update",
  schema: sessionUpdateSchema,
  onConflict: { field: "number", message: "errors.session.exists" },
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    const result = await updateSession(tx, { id, values });
    if (!result.ok) throw refusalError(result.refusal);
    const { before, after, movedAsks } = result.data;
    audit({
      action: "un_session.update",
      entityType: "un_session",
      entityId: id,
      before,
      after: { ...after, movedAskIds: movedAsks.map((a) => a.id) },
    });
    const textIds = await listSessionTextIds(tx, { sessionId: id });
    const shown = await textDependents(tx, { textIds });
    const campaignSlugs = unique([...shown.campaignSlugs, ...movedAsks.map((a) => a.campaignSlug)]);
    const tags = [
      ...textIds.map(cacheTags.resolutionText),
      ...shown.resolutionSlugs.map(cacheTags.resolution),
      ...shown.stateIso3s.map(cacheTags.state),
      ...campaignSlugs.map(cacheTags.campaign),
    ];
    if (shown.resolutionSlugs.length > 0) tags.push(cacheTags.resolutionList);
    if (campaignSlugs.length > 0) tags.push(cacheTags.campaignList);
    return { id, tags: unique(tags) };
  },
});

// ── Resolution lines and texts ───────────────────────────────────────────────

export const createResolutionDefinition = unRecordWrite({
  name: "resolution.create",
  schema: resolutionCreateSchema,
  onConflict: { field: "slug", message: "errors.slug.taken" },
  run: async ({ tx, input, audit }) => {
    const resolution = await createResolution(tx, { values: input });
    audit({
      action: "resolution.create",
      entityType: "resolution",
      entityId: resolution.id,
      after: resolution,
    });
    // The public list names every line, with or without texts.
    return { id: resolution.id, tags: [cacheTags.resolutionList, cacheTags.resolution(resolution.slug)] };
  },
});

export const createResolutionTextDefinition = unRecordWrite({
  name: "resolution_text.create",
  schema: resolutionTextCreateSchema,
  onConflict: { field: "sessionId", message: "errors.resolutionText.exists" },
  run: async ({ tx, input, audit }) => {
    if (input.adoptedOn) refuseFuture(input.adoptedOn, "day", "adoptedOn");
    const result = await createResolutionText(tx, { values: input });
    if (!result.ok) throw refusalError(result.refusal);
    const { text, resolutionSlug } = result.data;
    audit({
      action: "resolution_text.create",
      entityType: "resolution_text",
      entityId: text.id,
      after: text,
    });
    return { id: text.id, tags: [cacheTags.resolution(resolutionSlug), cacheTags.resolutionList] };
  },
});

/** A text's symbols and adoption show on its line's page, its states' pages and its campaigns' pages. */
export const updateResolutionTextDefinition = unRecordWrite({
  name: "resolution_text.update",
  schema: resolutionTextUpdateSchema,
  run: async ({ tx, input, audit }) => {
    const { id, ...values } = input;
    if (values.adoptedOn) refuseFuture(values.adoptedOn, "day", "adoptedOn");
    const change = await updateResolutionText(tx, { id, values });
    if (!change) throw new ActionError(NOT_FOUND.text);
    audit({
      action: "resolution_text.update",
      entityType: "resolution_text",
      entityId: id,
      before: change.before,
      after: change.after,
    });
    const shown = await textDependents(tx, { textIds: [id] });
    const tags = shown.resolutionSlugs.flatMap((resolutionSlug) =>
      positionChangeTags({
        resolutionSlug,
        textIds: [id],
        stateIso3s: shown.stateIso3s,
        campaignSlugs: shown.campaignSlugs,
      }),
    );
    return { id, tags: unique(tags) };
  },
});

// ── Positions ────────────────────────────────────────────────────────────────

/** A saved list: how many states it recorded a position for. */
export type RecordedList = StaffWrite & { count: number };

/**
 * Records the position a checked list says for every state on it, in one statement: all
 * of them or none. The paste's preview (./paste.ts) has matched the names to states; the
 * query checks again what the record refuses (a date in the future, a vote by a state
 * that did not sit on the body at that session).
 */
export const recordPositionsDefinition: ActionDefinition<typeof positionRecordSchema, RecordedList> =
  unRecordWrite({
    name: "position.record",
    schema: positionRecordSchema,
    run: async ({ tx, input, actor, audit }) => {
      const context = await getTextContext(tx, { id: input.textId });
      if (!context) throw new ActionError(NOT_FOUND.text, "textId");
      const position = positionOfListKind(input.listKind);
      const occurredOn = precisePeriodStart({ date: input.occurredOn, precision: input.precision });
      const result = await recordPositions(tx, {
        textId: input.textId,
        ...position,
        occurredOn,
        precision: input.precision,
        sourceUrl: input.sourceUrl,
        sourceLabel: input.sourceLabel,
        stateIso3s: input.stateIso3s,
        recordedBy: actor?.id ?? null,
      });
      if (!result.ok)
        throw refusalError(result.refusal, { body: context.body.name, session: context.session.label });
      const recorded = result.data;
      audit({
        action: "position.record",
        entityType: "resolution_text",
        entityId: input.textId,
        after: {
          ...position,
          occurredOn,
          precision: input.precision,
          sourceUrl: input.sourceUrl,
          sourceLabel: input.sourceLabel,
          stateIso3s: recorded.stateIso3s,
          positionIds: recorded.ids,
        },
      });
      return {
        id: input.textId,
        count: recorded.ids.length,
        tags: positionChangeTags({ ...recorded, textIds: [input.textId] }),
      };
    },
  });

/** A wrong position is retracted with its reason, never deleted: the history stays. */
export const retractPositionDefinition = unRecordWrite({
  name: "position.retract",
  schema: retractSchema,
  run: async ({ tx, input, audit }) => {
    const result = await retractPosition(tx, { id: input.id, reason: input.reason });
    if (!result.ok) throw refusalError(result.refusal);
    const { before, after, resolutionSlug, campaignSlugs } = result.data;
    audit({ action: "position.retract", entityType: "position", entityId: input.id, before, after });
    return {
      id: input.id,
      tags: positionChangeTags({
        resolutionSlug,
        textIds: [before.textId],
        stateIso3s: [before.stateIso3],
        campaignSlugs,
      }),
    };
  },
});

// ── Who sat on a body ────────────────────────────────────────────────────────

/**
 * Records who sat on a body at a session or through a year, from a checked list; states
 * already on record there stay as they are. No public page shows membership itself:
 * it decides whose votes can be recorded and whom a letter "to every member" goes to.
 */
export const recordMembershipsDefinition: ActionDefinition<typeof membershipRecordSchema, RecordedList> =
  unRecordWrite({
    name: "membership.record",
    schema: membershipRecordSchema,
    run: async ({ tx, input, audit }) => {
      const where =
        input.sessionId !== null ? { sessionId: input.sessionId } : { year: input.year as number };
      const result = await recordMemberships(tx, {
        bodyId: input.bodyId,
        stateIso3s: input.stateIso3s,
        sourceUrl: input.sourceUrl,
        ...where,
      });
      if (!result.ok) throw refusalError(result.refusal);
      audit({
        action: "membership.record",
        entityType: "un_body",
        entityId: input.bodyId,
        after: {
          ...where,
          sourceUrl: input.sourceUrl,
          stateIso3s: result.data.stateIso3s,
          added: result.data.added,
        },
      });
      return { id: input.bodyId, count: result.data.stateIso3s.length, tags: [] };
    },
  });
