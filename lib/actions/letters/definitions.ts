import type { z } from "zod";
import { recordNews } from "@/db/queries/notifications";
import { listBodyMembers } from "@/db/queries/resolutions";
import {
  countLiveSignatures,
  existingTargetIds,
  getCampaignForLetter,
  getSessionBody,
  governmentTargetsOf,
  insertGovernmentTargets,
  insertLetter,
  type LockedLetter,
  letterSlugTaken,
  listLetterTargetLines,
  lockLetter,
  type NewLetterValues,
  replaceLetterTargets,
  saveLetterVersion,
  signingOrganisationSlugs,
  updateLetterRow,
} from "@/db/queries/staff-letters";
import type { letters } from "@/db/schema";
import { ActionError, found } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { refuseStaleEdit } from "@/lib/actions/stale-edit";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import { precisePeriodEnd } from "@/lib/domain/dates";
import { todayIn } from "@/lib/domain/deadlines";
import { newsRecordKey } from "@/lib/domain/following";
import {
  type LetterTransition,
  needsNewVersion,
  openingOnRecord,
  sentLetterEditRefusal,
  transitionRefusal,
  wasSent,
} from "@/lib/domain/letter-lifecycle";
import {
  chosenFromLines,
  type LetterTargetLine,
  resolveTargetLines,
  sameTargetLines,
} from "@/lib/domain/letter-targets";
import { retentionChangeRefusal, siteRetentionMonths } from "@/lib/domain/personal-data";
import { slugify } from "@/lib/domain/slug";
import { zonedLocalToInstant } from "@/lib/domain/time-zones";
import {
  type ChosenTarget,
  type CreateLetterInput,
  createLetterSchema,
  letterIdSchema,
  MAX_LETTER_TARGETS,
  sendLetterSchema,
  type UpdateLetterInput,
  updateLetterSchema,
} from "@/lib/validations/letters";

/*
 * The staff's letter actions as plain definitions, so unit tests run them through
 * executeAction; ./server.ts turns them into server actions. Each locks the letter row
 * first: a signature arriving at the same moment waits, then sees the new status or
 * version.
 */

type LetterRow = typeof letters.$inferSelect;

/** What a letter change reports back, and what its cache tags are computed from. */
export type LetterChange = {
  id: string;
  slug: string;
  status: LetterRow["status"];
  version: number;
  campaignSlug: string;
  /** Whether the public could see the letter before or after the change. */
  touchesPublicPages: boolean;
  organisationSlugs: string[];
};

export type LetterUpdate = LetterChange & {
  newVersion: boolean;
  /** The letter's new updatedAt, for the form's next save (lib/actions/stale-edit.ts). */
  updatedAt: string;
};

/** The tags of the public pages a letter change alters: none while it stays a draft. */
function changeTags(_input: unknown, data: LetterChange): string[] {
  if (!data.touchesPublicPages) return [];
  return letterChangeTags({
    campaignSlug: data.campaignSlug,
    letterSlug: data.slug,
    organisationSlugs: data.organisationSlugs,
  });
}

/** The form's fields as columns; signing-window times are read on the target's wall clock. */
function letterColumns(input: CreateLetterInput | UpdateLetterInput, timeZone: string) {
  return {
    title: input.title,
    addressee: input.addressee,
    bodyMarkdown: input.bodyMarkdown,
    whoCanSign: input.whoCanSign,
    requiresApproval: input.requiresApproval,
    signingOpensAt: input.signingOpensAt ? zonedLocalToInstant(input.signingOpensAt, timeZone) : null,
    signingClosesAt: input.signingClosesAt ? zonedLocalToInstant(input.signingClosesAt, timeZone) : null,
    deadlineRule: input.deadlineRule,
    deadlineDate: input.deadlineDate,
    deadlineDays: input.deadlineDays,
    retentionMonths: input.retentionMonths,
    sourceUrl: input.sourceUrl,
  } satisfies Partial<NewLetterValues>;
}

const AUDITED = [
  "slug",
  "title",
  "addressee",
  "bodyMarkdown",
  "version",
  "status",
  "whoCanSign",
  "requiresApproval",
  "signingOpensAt",
  "signingClosesAt",
  "openedOn",
  "sentOn",
  "sentPrecision",
  "deadlineRule",
  "deadlineDate",
  "deadlineDays",
  "retentionMonths",
  "closedAt",
  "sourceUrl",
] as const satisfies ReadonlyArray<keyof LetterRow>;

function auditView(letter: LetterRow): Record<string, unknown> {
  const view: Record<string, unknown> = { campaignId: letter.campaignId };
  for (const key of AUDITED) {
    const value = letter[key];
    view[key] = value instanceof Date ? value.toISOString() : value;
  }
  return view;
}

/** Only the fields that changed, before and after. */
function auditDiff(before: LetterRow, after: LetterRow) {
  const b = auditView(before);
  const a = auditView(after);
  const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return {
    before: Object.fromEntries(changed.map((k) => [k, b[k]])),
    after: Object.fromEntries(changed.map((k) => [k, a[k]])),
  };
}

type Tx = Parameters<typeof lockLetter>[0];
type Audit = Parameters<(typeof createLetterDefinition)["run"]>[0]["audit"];

/**
 * The targets the letter is to be addressed to, each with its line: the ones chosen on the
 * form (or, when the form left them alone, the ones on record), then every government
 * member of the body at the session asked for. A member state with no government target
 * gets one ("Government of <its UN name>", linked to it, its time zone left at UTC for
 * staff to set): staff asked for every member, and a member left out would be a silent
 * gap in the letter. Null when the form neither chose targets nor asked for members.
 */
async function targetLinesFor(
  tx: Tx,
  {
    input,
    recorded,
    audit,
  }: {
    input: CreateLetterInput | UpdateLetterInput;
    /** The targets on record, as chosen (a line equal to the letter's own is null). */
    recorded: ChosenTarget[];
    audit: Audit;
  },
): Promise<{ lines: LetterTargetLine[]; created: string[] } | null> {
  if (input.targets === null && input.membersSessionId === null) return null;
  const chosen: ChosenTarget[] = [...(input.targets ?? recorded)];
  const known = await existingTargetIds(tx, { ids: chosen.map((c) => c.targetId) });
  if (chosen.some((c) => !known.has(c.targetId)))
    throw new ActionError("errors.letter.targetNotFound", "targets");

  const created: string[] = [];
  if (input.membersSessionId !== null) {
    const session = await getSessionBody(tx, { sessionId: input.membersSessionId });
    if (!session) throw new ActionError("errors.letter.sessionNotFound", "membersSessionId");
    const members = await listBodyMembers(tx, { bodyId: session.bodyId, sessionId: session.id });
    if (members.length === 0) {
      throw new ActionError("errors.letter.noMembers", "membersSessionId", { session: session.label });
    }
    const governments = await governmentTargetsOf(tx, { iso3s: members.map((m) => m.iso3) });
    const missing = members.filter((m) => !governments.has(m.iso3));
    const made = await insertGovernmentTargets(tx, {
      states: missing.map((m) => ({ iso3: m.iso3, iso2: m.iso2, name: `Government of ${m.name}` })),
    });
    for (const target of made) {
      governments.set(target.stateIso3!, target.id);
      created.push(target.id);
      audit({ action: "target.create", entityType: "target", entityId: target.id, after: target });
    }
    for (const member of members) {
      chosen.push({ targetId: governments.get(member.iso3)!, addressee: input.membersAddressee });
    }
  }
  const lines = resolveTargetLines(input.addressee, chosen);
  if (lines.length > MAX_LETTER_TARGETS) throw new ActionError("errors.letter.tooManyTargets", "targets");
  return { lines, created };
}

async function requireLetter(tx: Tx, id: string): Promise<LockedLetter> {
  return found(await lockLetter(tx, { id }), "errors.letter.notFound");
}

// ── Create and edit ──────────────────────────────────────────────────────────

export const createLetterDefinition: ActionDefinition<
  typeof createLetterSchema,
  { id: string; slug: string }
> = {
  name: "letter.create",
  access: { permission: "letter.manage" },
  schema: createLetterSchema,
  onConflict: { field: "slug", message: "errors.letter.slugTaken" },
  // A new letter is a draft: no public page shows it yet.
  tags: () => [],
  async run({ tx, input, actor, audit }) {
    const campaign = await getCampaignForLetter(tx, { id: input.campaignId });
    if (!campaign) throw new ActionError("errors.letter.campaignNotFound", "campaignId");
    const slug = input.slug || slugify(input.title);
    if (!slug) throw new ActionError("errors.letter.slugRequired", "slug");
    if (await letterSlugTaken(tx, { campaignId: campaign.id, slug })) {
      throw new ActionError("errors.letter.slugTaken", "slug");
    }
    const letter = await insertLetter(tx, {
      values: { ...letterColumns(input, campaign.timeZone), campaignId: campaign.id, slug },
      createdBy: actor?.id ?? null,
    });
    // Without a choice on the form, a letter is addressed to its campaign's main target.
    const addressed = await targetLinesFor(tx, {
      input,
      recorded: [{ targetId: campaign.targetId, addressee: null }],
      audit,
    });
    const lines =
      addressed?.lines ??
      resolveTargetLines(input.addressee, [{ targetId: campaign.targetId, addressee: null }]);
    await replaceLetterTargets(tx, { letterId: letter.id, lines });
    audit({
      action: "letter.create",
      entityType: "letter",
      entityId: letter.id,
      after: { ...auditView(letter), targets: lines },
    });
    return { id: letter.id, slug };
  },
};

export const updateLetterDefinition: ActionDefinition<typeof updateLetterSchema, LetterUpdate> = {
  name: "letter.update",
  access: { permission: "letter.manage" },
  schema: updateLetterSchema,
  onConflict: { field: "slug", message: "errors.letter.slugTaken" },
  tags: changeTags,
  async run({ tx, input, actor, audit }) {
    const letter = await requireLetter(tx, input.id);
    refuseStaleEdit(letter.updatedAt, input.editedFrom);
    const slug = input.slug || letter.slug;
    if (slug !== letter.slug) {
      // Once public, the address is cited elsewhere; it must keep working.
      if (letter.status !== "draft") throw new ActionError("errors.letter.slugFrozen", "slug");
      if (await letterSlugTaken(tx, { campaignId: letter.campaignId, slug, exceptId: letter.id })) {
        throw new ActionError("errors.letter.slugTaken", "slug");
      }
    }
    const columns = letterColumns(input, letter.targetTimeZone);
    const recordedLines = await listLetterTargetLines(tx, { letterId: letter.id });
    const recorded = chosenFromLines(letter.addressee, recordedLines);
    // Left alone on the form, lines that were the letter's own addressee line follow it.
    const addressed =
      wasSent(letter.status) && input.targets === null
        ? null
        : await targetLinesFor(tx, { input, recorded, audit });
    const lines = addressed?.lines ?? resolveTargetLines(columns.addressee, recorded);
    const refusal = sentLetterEditRefusal(
      { ...letter, targets: recordedLines },
      { ...columns, targets: addressed ? lines : null },
    );
    if (refusal) throw new ActionError(refusal.messageKey, refusal.field);
    const retentionRefusal = retentionChangeRefusal({
      current: letter.retentionMonths,
      next: columns.retentionMonths,
      siteMonths: siteRetentionMonths(),
      liveSignatures:
        letter.retentionMonths === columns.retentionMonths
          ? 0
          : await countLiveSignatures(tx, { letterId: letter.id }),
      erased: letter.personalDataErasedAt !== null,
    });
    if (retentionRefusal) throw new ActionError(retentionRefusal, "retentionMonths");
    const targetsChanged = !sameTargetLines(recordedLines, lines);
    if (targetsChanged) await replaceLetterTargets(tx, { letterId: letter.id, lines });
    let version = letter.version;
    if (columns.bodyMarkdown !== letter.bodyMarkdown) {
      const signaturesOnCurrentVersion = await countLiveSignatures(tx, {
        letterId: letter.id,
        version: letter.version,
      });
      if (
        needsNewVersion({
          currentBody: letter.bodyMarkdown,
          nextBody: columns.bodyMarkdown,
          signaturesOnCurrentVersion,
        })
      ) {
        // People endorsed the text they read; a changed text is a new version they have not.
        if (!input.confirmNewVersion) {
          throw new ActionError("errors.letter.confirmNewVersion", "confirmNewVersion");
        }
        version += 1;
      }
      await saveLetterVersion(tx, {
        letterId: letter.id,
        version,
        bodyMarkdown: columns.bodyMarkdown,
        createdBy: actor?.id ?? null,
      });
    }
    const updated = await updateLetterRow(tx, { id: letter.id, values: { ...columns, slug, version } });
    const diff = auditDiff(letter, updated);
    audit({
      action: "letter.update",
      entityType: "letter",
      entityId: letter.id,
      before: targetsChanged ? { ...diff.before, targets: recordedLines } : diff.before,
      after: targetsChanged ? { ...diff.after, targets: lines } : diff.after,
    });
    const isPublic = updated.status !== "draft";
    return {
      id: updated.id,
      slug: updated.slug,
      status: updated.status,
      version: updated.version,
      newVersion: updated.version !== letter.version,
      updatedAt: updated.updatedAt.toISOString(),
      campaignSlug: letter.campaignSlug,
      touchesPublicPages: isPublic,
      organisationSlugs: isPublic ? await signingOrganisationSlugs(tx, { letterId: letter.id }) : [],
    };
  },
};

// ── The lifecycle ────────────────────────────────────────────────────────────

/** One step of the lifecycle: what it sets on the locked letter, and the sending date for "send". */
type TransitionStep = {
  changes: (letter: LockedLetter) => Partial<NewLetterValues>;
  send?: { sentOn: string; sentBy: string; openedOn?: string | null };
};

async function transition(
  tx: Tx,
  { id, name, audit, changes, send }: TransitionStep & { id: string; name: LetterTransition; audit: Audit },
): Promise<LetterChange> {
  const letter = await requireLetter(tx, id);
  const refusal = transitionRefusal(
    name,
    {
      status: letter.status,
      title: letter.title,
      addressee: letter.addressee,
      bodyMarkdown: letter.bodyMarkdown,
      liveSignatures: name === "return_to_draft" ? await countLiveSignatures(tx, { letterId: id }) : 0,
    },
    send && {
      sentOn: send.sentOn,
      openedOn: send.openedOn,
      sentBy: send.sentBy,
      today: todayIn(letter.targetTimeZone, new Date()),
      deadlineRule: letter.deadlineRule,
      deadlineDate: letter.deadlineDate,
    },
  );
  if (refusal) throw new ActionError(refusal.messageKey, refusal.field);
  const updated = await updateLetterRow(tx, { id, values: changes(letter) });
  if (name === "send")
    await recordNews(tx, {
      campaignId: letter.campaignId,
      letterId: id,
      kind: "letter_sent",
      recordId: id,
      recordKey: newsRecordKey.letterSent(id),
    });
  audit({ action: `letter.${name}`, entityType: "letter", entityId: id, ...auditDiff(letter, updated) });
  return {
    id,
    slug: updated.slug,
    status: updated.status,
    version: updated.version,
    campaignSlug: letter.campaignSlug,
    touchesPublicPages: true,
    organisationSlugs: await signingOrganisationSlugs(tx, { letterId: id }),
  };
}

/** The action "letter.<name>": a lifecycle step, which always changes the letter's public pages. */
function transitionDefinition<S extends typeof letterIdSchema | typeof sendLetterSchema>(
  name: LetterTransition,
  schema: S,
  step: (input: z.output<S>) => TransitionStep,
): ActionDefinition<S, LetterChange> {
  return {
    name: `letter.${name}`,
    access: { permission: "letter.manage" },
    schema,
    tags: changeTags,
    run: ({ tx, input, audit }) => transition(tx, { id: input.id, name, audit, ...step(input) }),
  };
}

/** draft → collecting: the letter becomes public and open for signatures from today. */
export const openSigningDefinition = transitionDefinition("open_signing", letterIdSchema, () => ({
  changes: (letter) => ({ status: "collecting", openedOn: todayIn(letter.targetTimeZone, new Date()) }),
}));

/** collecting → draft, only while nobody has signed: the letter leaves the public pages. */
export const returnToDraftDefinition = transitionDefinition("return_to_draft", letterIdSchema, () => ({
  changes: () => ({ status: "draft", openedOn: null }),
}));

/**
 * collecting → sent, or draft → sent for a letter from the record: records the sending
 * date and freezes the signatory list (signing and withdrawing need status "collecting");
 * the response clock starts. An opening stamp later than the sending is dropped (the
 * audit log keeps it): the public record must not date a past letter's opening today.
 */
export const sendLetterDefinition = transitionDefinition("send", sendLetterSchema, (input) => {
  const sent = { date: input.sentOn, precision: input.sentPrecision, end: input.sentEnd };
  return {
    send: { sentOn: sent.date, sentBy: precisePeriodEnd(sent), openedOn: input.openedOn },
    changes: (letter) => ({
      status: "sent",
      sentOn: sent.date,
      sentPrecision: sent.precision,
      sentEnd: sent.end,
      // The day the source gives, else the stamp when it can be true of a past letter.
      openedOn: input.openedOn ?? openingOnRecord(letter.openedOn, sent),
    }),
  };
});

/**
 * sent → closed: the campaign is done with this letter; its record stays public. Its
 * signers' personal data is kept for the letter's retention period from now.
 */
export const closeLetterDefinition = transitionDefinition("close", letterIdSchema, () => ({
  changes: () => ({ status: "closed", closedAt: new Date() }),
}));
