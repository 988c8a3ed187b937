import "server-only";
import { z } from "zod";
import { editedFromField } from "@/lib/actions/stale-edit";
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_VISIBILITIES,
  type CampaignStatus,
  ORGANISATION_KINDS,
  TARGET_KINDS,
} from "@/lib/domain/campaigns";
import { type DateEntryChoice, isCalendarDate } from "@/lib/domain/dates";
import { isSlug, SLUG_MAX, slugify } from "@/lib/domain/slug";
import { ASK_OUTCOMES, EVENT_KINDS, RESPONSE_KINDS, RESPONSE_STANCES } from "@/lib/domain/timeline";
import { WANTED_POSITIONS } from "@/lib/domain/un/positions";
import {
  blankToNull,
  checkbox,
  monthPart,
  optionalWholeNumber,
  precisionChoice,
  rangeEnd,
  readPreciseDate,
  requiredText,
} from "./fields";
import { ASK_TARGET_FIELD, CAMPAIGN_TARGET_FIELD, type Holiday } from "./form-fields";
import { nameField } from "./names";

/*
 * The staff forms for campaigns, asks, events, responses, targets and organisations.
 * The same schemas parse FormData in the server actions and plain objects in tests, so
 * every field accepts what a form posts: strings, with "" meaning "not given". Messages
 * are keys under "errors" in messages/en/core.json.
 */

// ── Field helpers ────────────────────────────────────────────────────────────

const id = z.uuid({ message: "choice.invalid" });
const optionalId = z.preprocess(blankToNull, id.nullable());

export const title = requiredText(300, { message: "title.required" }, { message: "title.tooLong" });

export const label = requiredText(300, { message: "label.required" }, { message: "label.tooLong" });

/** Free text that may be left empty: null then. */
export const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string().trim().max(max, { message: "text.tooLong" }).nullable());

export const optionalSlug = z.preprocess(
  (value) => (typeof value === "string" ? (blankToNull(value.trim().toLowerCase()) as string | null) : value),
  z
    .string()
    .max(SLUG_MAX, { message: "slug.tooLong" })
    .refine(isSlug, { message: "slug.invalid" })
    .nullable()
    .default(null),
);

export const requiredDate = z
  .string({ message: "date.required" })
  .trim()
  .min(1, { message: "date.required" })
  .refine(isCalendarDate, { message: "date.invalid" });

export const optionalDate = z.preprocess(blankToNull, requiredDate.nullable());

export const precision = precisionChoice;

/** A date's precision choice, a range's last day and a part of a month, as readPreciseDate takes them. */
type PostedPrecise = { choice: DateEntryChoice; end: string | null; part: string | null };

/** Only web links: a javascript: or file: URL must never reach a public page. */
const webUrl = z
  .string()
  .trim()
  .max(2000, { message: "url.tooLong" })
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: "url.invalid" }));

export const optionalUrl = z.preprocess(blankToNull, webUrl.nullable());

const reason = requiredText(1000, { message: "reason.required" }, { message: "reason.tooLong" });

/** Two-letter ISO country code ("KR"), or nothing. */
const optionalCountry = z.preprocess(
  (value) => (typeof value === "string" ? blankToNull(value.trim().toUpperCase()) : blankToNull(value)),
  z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "country.invalid" })
    .nullable(),
);

/** One value or many (repeated form fields), without blanks or repeats. */
const listOf = <T extends z.ZodType>(array: T) =>
  z.preprocess((value) => {
    const list = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    return [...new Set(list.filter((v) => !(typeof v === "string" && v.trim() === "")))];
  }, array);
const idList = listOf(z.array(id).max(20, { message: "leads.tooMany" }));
/** Targets: every UN member state at most, and a few others. */
const targetIdList = listOf(z.array(id).max(250, { message: "targets.tooMany" }));

/**
 * Choices a form sends as one checkbox per option, named `${prefix}<id>` (so a failed
 * form can tick each again), gathered into `field`, unless `field` is given as such.
 */
function collectChecked(prefix: string, field: string) {
  return (value: unknown): unknown => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const input = value as Record<string, unknown>;
    if (field in input) return input;
    const checked = Object.entries(input).flatMap(([key, v]) => (key.startsWith(prefix) ? [v] : []));
    return { ...input, [field]: checked.flat() };
  };
}

// ── Campaigns ────────────────────────────────────────────────────────────────

/**
 * Publishing is leaving "draft". Once published, a campaign may move between the other
 * statuses but never back to draft: public pages and other sites may already cite it.
 */
export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  return from === "draft" || to !== "draft";
}

const campaignFields = {
  title,
  slug: optionalSlug,
  summary: z.preprocess((value) => value ?? "", z.string().trim().max(5000, { message: "summary.tooLong" })),
  status: z.enum(CAMPAIGN_STATUSES, { message: "choice.invalid" }).default("draft"),
  visibility: z.enum(CAMPAIGN_VISIBILITIES, { message: "choice.invalid" }).default("public"),
  targetId: z
    .preprocess(blankToNull, z.uuid({ message: "target.required" }).nullable())
    .pipe(z.string({ message: "target.required" })),
  startedOn: optionalDate,
  leadIds: idList,
  /** The targets it presses besides the main one (the main one may be among them). */
  targetIds: targetIdList,
};

/** The slug typed, or one made from `field` (a campaign's title, a target's name) when left blank. */
function withDerivedSlug<K extends "title" | "name">(field: K) {
  return <T extends { slug: string | null } & Record<K, string>>(
    value: T,
    ctx: z.RefinementCtx,
  ): T & { slug: string } => {
    const slug = value.slug ?? slugify(value[field]);
    if (!slug) ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.required" });
    return { ...value, slug };
  };
}

/**
 * Lead organisations arrive as `leadIds`, or from a form as one field per choice
 * ("lead:0", "lead:1", … and "lead:new"), in the order they should be listed.
 */
function collectLeads(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  if ("leadIds" in input) return input;
  const leadIds = Object.entries(input).flatMap(([key, field]) => (key.startsWith("lead:") ? [field] : []));
  return { ...input, leadIds: leadIds.flat() };
}

/** Every target the campaign presses, the main one first: what campaign_targets holds. */
const withMainTarget = <T extends { targetId: string; targetIds: string[] }>(v: T): T => ({
  ...v,
  targetIds: [v.targetId, ...v.targetIds.filter((t) => t !== v.targetId)],
});

const collectCampaignTargets = collectChecked(CAMPAIGN_TARGET_FIELD, "targetIds");

export const campaignCreateSchema = z.preprocess(
  (value) => collectCampaignTargets(collectLeads(value)),
  z.object(campaignFields).transform(withDerivedSlug("title")).transform(withMainTarget),
);
/** On update a blank slug means "keep it": a published campaign's address never changes. */
export const campaignUpdateSchema = z.preprocess(
  (value) => collectCampaignTargets(collectLeads(value)),
  z.object({ id, editedFrom: editedFromField, ...campaignFields }).transform(withMainTarget),
);
export const campaignStatusSchema = z.object({
  id,
  status: z.enum(CAMPAIGN_STATUSES, { message: "choice.invalid" }),
});

// ── Asks ─────────────────────────────────────────────────────────────────────

const askFields = {
  title,
  description: optionalText(5000),
  venue: optionalText(300),
  decisionOn: optionalDate,
  decisionPrecision: precision,
  decisionOnEnd: rangeEnd,
  decisionOnPart: monthPart,
  /** Decided at this session: its last day is the decision date, and no date is typed. */
  sessionId: optionalId,
  /** The targets it is put to, among the campaign's; none means all of them. */
  targetIds: targetIdList,
  /** The text whose recorded positions decide the outcome, and the position wanted there. */
  resolutionTextId: optionalId,
  wantedPosition: z.preprocess(
    blankToNull,
    z.enum(WANTED_POSITIONS, { message: "choice.invalid" }).nullable().default(null),
  ),
};

type AskShape = {
  decisionOn: string | null;
  decisionPrecision: DateEntryChoice;
  decisionOnEnd: string | null;
  decisionOnPart: string | null;
  sessionId: string | null;
  resolutionTextId: string | null;
  wantedPosition: string | null;
};

/** A text and the position wanted on it go together; a session and a typed date do not. */
function askLinksAgree(v: AskShape, ctx: z.RefinementCtx) {
  if (v.resolutionTextId && !v.wantedPosition)
    ctx.addIssue({ code: "custom", path: ["wantedPosition"], message: "ask.wantedRequired" });
  if (v.wantedPosition && !v.resolutionTextId)
    ctx.addIssue({ code: "custom", path: ["resolutionTextId"], message: "ask.textRequired" });
  if (v.sessionId && v.decisionOn)
    ctx.addIssue({ code: "custom", path: ["decisionOn"], message: "ask.sessionOrDate" });
}

const normaliseDecision = <T extends AskShape>(v: T, ctx: z.RefinementCtx) => {
  const { decisionOnEnd: end, decisionOnPart: part, ...rest } = v;
  const posted: PostedPrecise = { choice: v.decisionPrecision, end, part };
  const decision = readPreciseDate({ date: v.decisionOn, ...posted }, "decisionOn", ctx);
  if (v.decisionOn && !decision) return z.NEVER;
  return {
    ...rest,
    decisionOn: decision?.date ?? null,
    decisionPrecision: decision?.precision ?? "day",
    decisionEnd: decision?.end ?? null,
  };
};

const collectAskTargets = collectChecked(ASK_TARGET_FIELD, "targetIds");

export const askCreateSchema = z.preprocess(
  collectAskTargets,
  z
    .object({ campaignId: id, ...askFields })
    .superRefine(askLinksAgree)
    .transform(normaliseDecision),
);
export const askUpdateSchema = z.preprocess(
  collectAskTargets,
  z
    .object({ id, ...askFields })
    .superRefine(askLinksAgree)
    .transform(normaliseDecision),
);

/** An outcome other than "pending" says when it was decided and where that is documented. */
export const askOutcomeSchema = z
  .object({
    id,
    outcome: z.enum(ASK_OUTCOMES, { message: "choice.invalid" }),
    outcomeOn: optionalDate,
    outcomeSourceUrl: optionalUrl,
    outcomeNote: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "pending") return;
    if (!v.outcomeOn) ctx.addIssue({ code: "custom", path: ["outcomeOn"], message: "date.required" });
    if (!v.outcomeSourceUrl)
      ctx.addIssue({ code: "custom", path: ["outcomeSourceUrl"], message: "source.required" });
  })
  // Back to pending clears the decision: nothing is left that the record would contradict.
  .transform((v) =>
    v.outcome === "pending" ? { ...v, outcomeOn: null, outcomeSourceUrl: null, outcomeNote: null } : v,
  );

/** Asks, events and responses are retracted, never deleted; the reason stays on the record. */
export const retractSchema = z.object({ id, reason });

// ── Events ───────────────────────────────────────────────────────────────────

const sourceRow = z
  .preprocess(
    (row) => {
      const r = (row && typeof row === "object" ? row : {}) as { url?: unknown; label?: unknown };
      return { url: blankToNull(r.url), label: blankToNull(r.label) };
    },
    z.object({
      url: z.string({ message: "url.invalid" }).nullable(),
      label: z.string().trim().max(300, { message: "text.tooLong" }).nullable(),
    }),
  )
  .superRefine((row, ctx) => {
    if (row.url === null) {
      if (row.label !== null) ctx.addIssue({ code: "custom", path: ["url"], message: "url.required" });
      return;
    }
    const parsed = webUrl.safeParse(row.url);
    if (!parsed.success)
      ctx.addIssue({ code: "custom", path: ["url"], message: parsed.error.issues[0].message });
  });

/**
 * Sources arrive as an array, or from a form as flat fields "sources.0.url",
 * "sources.0.label", …; blank rows are dropped after validation so that an error's
 * path ("sources.1.url") still names the row the person typed in.
 */
const sources = z.preprocess(
  (value) => (Array.isArray(value) ? value : []),
  z
    .array(sourceRow)
    .max(20, { message: "sources.tooMany" })
    .transform((rows) =>
      rows.flatMap((r) =>
        r.url ? [r.label ? { url: r.url.trim(), label: r.label } : { url: r.url.trim() }] : [],
      ),
    ),
);

function collectSources(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  if (Array.isArray(input.sources)) return input;
  const rows: Array<{ url?: unknown; label?: unknown }> = [];
  for (const [key, field] of Object.entries(input)) {
    const match = /^sources\.(\d{1,2})\.(url|label)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows[index] = { ...rows[index], [match[2]]: field };
  }
  return { ...input, sources: Array.from(rows, (row) => row ?? {}) };
}

const eventFields = {
  kind: z.enum(EVENT_KINDS, { message: "choice.invalid" }),
  title,
  description: optionalText(5000),
  occurredOn: requiredDate,
  precision,
  occurredOnEnd: rangeEnd,
  occurredOnPart: monthPart,
  sources,
};

type OccurredShape = {
  occurredOn: string;
  precision: DateEntryChoice;
  occurredOnEnd: string | null;
  occurredOnPart: string | null;
};

const normaliseOccurred = <T extends OccurredShape>(v: T, ctx: z.RefinementCtx) => {
  const { occurredOnEnd: end, occurredOnPart: part, ...rest } = v;
  const occurred = readPreciseDate({ date: v.occurredOn, choice: v.precision, end, part }, "occurredOn", ctx);
  if (!occurred) return z.NEVER;
  return { ...rest, occurredOn: occurred.date, precision: occurred.precision, occurredEnd: occurred.end };
};

export const eventCreateSchema = z.preprocess(
  collectSources,
  z.object({ campaignId: id, ...eventFields }).transform(normaliseOccurred),
);
export const eventUpdateSchema = z.preprocess(
  collectSources,
  z.object({ id, ...eventFields }).transform(normaliseOccurred),
);

// ── Responses ────────────────────────────────────────────────────────────────

const responseFields = {
  letterId: optionalId,
  askId: optionalId,
  /** Which of the letter's targets answered; may be left out when the letter has only one. */
  targetId: optionalId,
  kind: z.enum(RESPONSE_KINDS, { message: "choice.invalid" }),
  stance: z.enum(RESPONSE_STANCES, { message: "choice.invalid" }),
  respondedOn: requiredDate,
  precision,
  respondedOnEnd: rangeEnd,
  respondedOnPart: monthPart,
  summary: requiredText(5000, { message: "summary.required" }, { message: "summary.tooLong" }),
  sourceUrl: optionalUrl,
};

/** A response answers a letter, an ask, or both: never nothing. */
function linksSomething(v: { letterId: string | null; askId: string | null }, ctx: z.RefinementCtx) {
  if (!v.letterId && !v.askId) ctx.addIssue({ code: "custom", path: ["letterId"], message: "link.required" });
}

type RespondedShape = {
  respondedOn: string;
  precision: DateEntryChoice;
  respondedOnEnd: string | null;
  respondedOnPart: string | null;
};

const normaliseResponded = <T extends RespondedShape>(v: T, ctx: z.RefinementCtx) => {
  const { respondedOnEnd: end, respondedOnPart: part, ...rest } = v;
  const responded = readPreciseDate(
    { date: v.respondedOn, choice: v.precision, end, part },
    "respondedOn",
    ctx,
  );
  if (!responded) return z.NEVER;
  return {
    ...rest,
    respondedOn: responded.date,
    precision: responded.precision,
    respondedEnd: responded.end,
  };
};

export const responseCreateSchema = z
  .object({ campaignId: id, ...responseFields })
  .superRefine(linksSomething)
  .transform(normaliseResponded);
export const responseUpdateSchema = z
  .object({ id, ...responseFields })
  .superRefine(linksSomething)
  .transform(normaliseResponded);

// ── Targets ──────────────────────────────────────────────────────────────────

/**
 * Names staff type that IANA lacks, each with the zone that keeps its clock: IANA files
 * Geneva, where the UN bodies sit, under Europe/Zurich.
 */
const ZONES_IANA_LACKS: Record<string, string> = { "europe/geneva": "Europe/Zurich" };

/**
 * A time zone's IANA name as it is kept ("asia/seoul" → "Asia/Seoul"), or null when Intl
 * does not know it. Offsets ("+09:00") are refused: they ignore daylight saving. A current
 * name the runtime knows only as an alias of an older one ("Europe/Kyiv" for
 * "Europe/Kiev", "Asia/Kolkata" for "Asia/Calcutta") is kept as typed when it is written
 * as IANA writes it, each part capitalised, rather than swapped for the older spelling.
 */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  try {
    const timeZone = ZONES_IANA_LACKS[value.toLowerCase()] ?? value;
    const resolved = new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
    const writtenAsIana = timeZone.split("/").every((part) => /^[A-Z]/.test(part));
    return resolved.toLowerCase() !== timeZone.toLowerCase() && writtenAsIana ? timeZone : resolved;
  } catch {
    return null;
  }
}

const timeZone = z
  .string({ message: "timezone.required" })
  .trim()
  .min(1, { message: "timezone.required" })
  .max(64, { message: "timezone.invalid" })
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value);
    if (!zone) {
      ctx.addIssue({ code: "custom", message: "timezone.invalid" });
      return z.NEVER;
    }
    return zone;
  });

const targetFields = {
  name: nameField(label),
  kind: z.enum(TARGET_KINDS, { message: "choice.invalid" }).default("government"),
  country: optionalCountry,
  /** The UN state a government target is the government of (ISO alpha-3), or none. */
  stateIso3: z.preprocess(
    (value) => (typeof value === "string" ? blankToNull(value.trim().toUpperCase()) : blankToNull(value)),
    z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "state.invalid" })
      .nullable()
      .default(null),
  ),
  timeZone,
  description: optionalText(5000),
};

export const targetCreateSchema = z
  .object({ slug: optionalSlug, ...targetFields })
  .transform(withDerivedSlug("name"));
/** A target's slug is fixed once created: public links use it. */
export const targetUpdateSchema = z.object({ id, ...targetFields });

/** "2026-01-01 New Year's Day", one a line; blank lines ignored, repeats merged. */
export function parseHolidayLines(text: string): Holiday[] | null {
  const byDay = new Map<string, Holiday>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$/.exec(line);
    if (!match || !isCalendarDate(match[1])) return null;
    const name = match[2]?.trim().slice(0, 200) || null;
    byDay.set(match[1], { day: match[1], name });
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

export const targetHolidaysSchema = z.object({
  id,
  holidays: z.preprocess(
    (value) => (typeof value === "string" ? parseHolidayLines(value) : (value ?? [])),
    z
      .array(z.object({ day: requiredDate, name: z.string().max(200).nullable() }), {
        message: "holidays.invalid",
      })
      .max(1000, { message: "holidays.tooMany" }),
  ),
});

// ── Organisations and coalitions ─────────────────────────────────────────────

const organisationFields = {
  name: nameField(label),
  shortName: nameField(optionalText(60)),
  kind: z.enum(ORGANISATION_KINDS, { message: "choice.invalid" }).default("ngo"),
  country: optionalCountry,
  website: optionalUrl,
  description: optionalText(5000),
  declaredMembership: optionalWholeNumber({ min: 1, max: 10_000_000, message: "number.invalid" }),
  declaredMembershipLabel: optionalText(100),
  isSample: checkbox.default(false),
};

/** Only coalitions and networks declare a membership (the database checks it too). */
function membershipFitsKind(
  v: { kind: string; declaredMembership: number | null; declaredMembershipLabel: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.kind === "coalition" || v.kind === "network") return;
  if (v.declaredMembership !== null)
    ctx.addIssue({ code: "custom", path: ["declaredMembership"], message: "membership.coalitionOnly" });
  if (v.declaredMembershipLabel !== null)
    ctx.addIssue({ code: "custom", path: ["declaredMembershipLabel"], message: "membership.coalitionOnly" });
}

/** A wording of the declared membership needs the number it stands for. */
function labelNeedsNumber(
  v: { declaredMembership: number | null; declaredMembershipLabel: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.declaredMembershipLabel !== null && v.declaredMembership === null)
    ctx.addIssue({ code: "custom", path: ["declaredMembership"], message: "membership.numberRequired" });
}

export const organisationCreateSchema = z
  .object({ slug: optionalSlug, ...organisationFields })
  .superRefine(membershipFitsKind)
  .superRefine(labelNeedsNumber)
  .transform(withDerivedSlug("name"));
/** An organisation's slug is fixed once created: its public page lives there. */
export const organisationUpdateSchema = z
  .object({ id, ...organisationFields })
  .superRefine(membershipFitsKind)
  .superRefine(labelNeedsNumber);

export const coalitionAddMemberSchema = z
  .object({
    coalitionId: id,
    memberId: z
      .preprocess(blankToNull, z.uuid({ message: "organisation.required" }).nullable())
      .pipe(z.string({ message: "organisation.required" })),
    joinedOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.coalitionId === v.memberId)
      ctx.addIssue({ code: "custom", path: ["memberId"], message: "membership.self" });
  });

export const coalitionEndMembershipSchema = z.object({ id, leftOn: requiredDate });
