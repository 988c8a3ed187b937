import "server-only";
import { z } from "zod";
import { unBodyKind, unSessionKind } from "@/db/schema";
import { isCalendarDate, POSITION_DATE_PRECISIONS } from "@/lib/domain/dates";
import { slugify } from "@/lib/domain/slug";
import { ADOPTION_METHODS, type PositionKind, type SponsorshipType } from "@/lib/domain/un/positions";
import {
  label,
  optionalDate,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredDate,
  title,
} from "@/lib/validations/campaigns";
import { blankToNull, optionalWholeNumber } from "@/lib/validations/fields";
import { nameField } from "@/lib/validations/names";

/*
 * The staff forms of the UN record: bodies, sessions, resolution lines and their texts,
 * and the lists of states pasted from UN documents (positions, and who sat on a body).
 * Like lib/validations/campaigns.ts, every field takes what a form posts: strings, with
 * "" meaning "not given". Messages are keys under "errors" in messages/en/core.json.
 * This module reads the schema's enums: client components import its types only.
 */

const id = z.uuid({ message: "choice.invalid" });

export const UN_BODY_KINDS = unBodyKind.enumValues;
export const UN_SESSION_KINDS = unSessionKind.enumValues;

// ── Bodies and sessions ──────────────────────────────────────────────────────

/** Staff add the bodies the app does not start with: a regional human rights body, a treaty body. */
export const bodyCreateSchema = z
  .object({
    name: nameField(label),
    shortName: nameField(optionalText(60)),
    slug: optionalSlug,
    kind: z.enum(UN_BODY_KINDS, { message: "choice.invalid" }).default("other"),
  })
  .transform((v, ctx) => {
    const slug = v.slug ?? slugify(v.shortName ?? v.name);
    if (!slug) ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.required" });
    return { ...v, slug };
  });

const sessionFields = {
  kind: z.enum(UN_SESSION_KINDS, { message: "choice.invalid" }).default("regular"),
  /** The 43rd regular session is 43; blank where the body does not number its sessions. */
  number: optionalWholeNumber({ min: 1, max: 10000, message: "number.invalid" }),
  label,
  startsOn: requiredDate,
  endsOn: requiredDate,
};

/** A session ends on or after the day it opens. */
function datesInOrder(v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx): void {
  if (isCalendarDate(v.startsOn) && isCalendarDate(v.endsOn) && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "session.endsBeforeStart" });
}

export const sessionCreateSchema = z.object({ bodyId: id, ...sessionFields }).superRefine(datesInOrder);
/** A session stays at its body; its number, label and dates can be corrected. */
export const sessionUpdateSchema = z.object({ id, ...sessionFields }).superRefine(datesInOrder);

// ── Resolution lines and texts ───────────────────────────────────────────────

export const resolutionCreateSchema = z
  .object({ bodyId: id, title, slug: optionalSlug, description: optionalText(5000) })
  .transform((v, ctx) => {
    const slug = v.slug ?? slugify(v.title);
    if (!slug) ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.required" });
    return { ...v, slug };
  });

const textFields = {
  /** "A/C.3/74/L.27". */
  draftSymbol: optionalText(100),
  /** "A/RES/74/166". */
  adoptedSymbol: optionalText(100),
  title,
  adoption: z.enum(ADOPTION_METHODS, { message: "choice.invalid" }).default("pending"),
  adoptedOn: optionalDate,
  yesCount: optionalWholeNumber({ min: 0, max: 1000, message: "vote.countInvalid" }),
  noCount: optionalWholeNumber({ min: 0, max: 1000, message: "vote.countInvalid" }),
  abstainCount: optionalWholeNumber({ min: 0, max: 1000, message: "vote.countInvalid" }),
  coreGroup: optionalText(1000),
  sourceUrl: optionalUrl,
  sourceLabel: optionalText(300),
};

/**
 * How a text was adopted decides what else it needs: a recorded vote its three counts,
 * any adoption its date; a text still pending has neither (counts typed before the
 * choice changed are dropped, not refused).
 */
function adoptionComplete<
  T extends {
    adoption: (typeof ADOPTION_METHODS)[number];
    adoptedOn: string | null;
    yesCount: number | null;
    noCount: number | null;
    abstainCount: number | null;
  },
>(v: T, ctx: z.RefinementCtx): T {
  if (v.adoption !== "pending" && !v.adoptedOn)
    ctx.addIssue({ code: "custom", path: ["adoptedOn"], message: "adoption.dateRequired" });
  if (v.adoption === "recorded_vote") {
    for (const field of ["yesCount", "noCount", "abstainCount"] as const)
      if (v[field] === null) ctx.addIssue({ code: "custom", path: [field], message: "vote.countRequired" });
    return v;
  }
  return {
    ...v,
    adoptedOn: v.adoption === "pending" ? null : v.adoptedOn,
    yesCount: null,
    noCount: null,
    abstainCount: null,
  };
}

export const resolutionTextCreateSchema = z
  .object({ resolutionId: id, sessionId: id, ...textFields })
  .transform(adoptionComplete);
/** A text stays at its line and session; the rest can be corrected and completed. */
export const resolutionTextUpdateSchema = z.object({ id, ...textFields }).transform(adoptionComplete);

// ── Pasted lists of states ───────────────────────────────────────────────────

/**
 * What a pasted list records, as staff name it: each is a position kind, and for
 * co-sponsors whether they were original or additional sponsors.
 */
export const PASTE_LIST_KINDS = [
  "cosponsor_original",
  "cosponsor_additional",
  "withdrew_cosponsorship",
  "vote_yes",
  "vote_no",
  "vote_abstain",
  "vote_absent",
  "joined_consensus",
] as const;
export type PasteListKind = (typeof PASTE_LIST_KINDS)[number];

/** The position a list kind records. */
export function positionOfListKind(kind: PasteListKind): {
  kind: PositionKind;
  sponsorship: SponsorshipType | null;
} {
  if (kind === "cosponsor_original") return { kind: "cosponsor", sponsorship: "original" };
  if (kind === "cosponsor_additional") return { kind: "cosponsor", sponsorship: "additional" };
  return { kind, sponsorship: null };
}

/** Whether a list kind is a vote (or an absence from one), which only the body's members can cast. */
export function isVoteListKind(kind: PasteListKind): boolean {
  return kind.startsWith("vote_");
}

/** More than every state twice over: a list longer than this is not a UN sponsor list. */
export const MAX_PASTED_NAMES = 400;
export const MAX_PASTE_CHARS = 20_000;

/** The list as pasted: any text, checked for length here and for names by the preview. */
export const pastedList = z
  .string({ message: "paste.empty" })
  .max(MAX_PASTE_CHARS, { message: "paste.tooLong" })
  .refine((text) => text.trim() !== "", { message: "paste.empty" });

/** State codes, one or many (repeated form fields), without blanks or repeats. */
const stateCodes = z.preprocess(
  (value) => {
    const list = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    const codes = list.flatMap((v) => (typeof v === "string" && v.trim() ? [v.trim().toUpperCase()] : []));
    return [...new Set(codes)];
  },
  z
    .array(z.string().regex(/^[A-Z]{3}$/, { message: "state.invalid" }))
    .min(1, { message: "paste.empty" })
    .max(MAX_PASTED_NAMES, { message: "paste.tooMany" }),
);

/** What a pasted list of positions says, besides its names. */
export const positionListFields = {
  textId: id,
  listKind: z.enum(PASTE_LIST_KINDS, { message: "choice.invalid" }),
  occurredOn: requiredDate,
  /** A pasted list records one date for many states; the UN's documents give it to the day, month or year. */
  precision: z.enum(POSITION_DATE_PRECISIONS, { message: "choice.invalid" }).default("day"),
  sourceUrl: optionalUrl,
  sourceLabel: optionalText(300),
};

export const positionListSchema = z.object(positionListFields);

/** Records one position for every state named: the save of a checked paste. */
export const positionRecordSchema = z.object({ ...positionListFields, stateIso3s: stateCodes });

const membershipFields = {
  bodyId: id,
  sessionId: z.preprocess(blankToNull, id.nullable()),
  year: optionalWholeNumber({ min: 1945, max: 2200, message: "members.yearInvalid" }),
  sourceUrl: optionalUrl,
};

/** Membership is recorded per session, or per calendar year (the Council's members serve years). */
function sessionOrYear(v: { sessionId: string | null; year: number | null }, ctx: z.RefinementCtx): void {
  if ((v.sessionId === null) === (v.year === null))
    ctx.addIssue({ code: "custom", path: ["sessionId"], message: "members.sessionOrYear" });
}

/** Who sat on a body at one of its sessions, or through a calendar year, besides the names. */
export const membershipListSchema = z.object(membershipFields).superRefine(sessionOrYear);

export const membershipRecordSchema = z
  .object({ ...membershipFields, stateIso3s: stateCodes })
  .superRefine(sessionOrYear);
