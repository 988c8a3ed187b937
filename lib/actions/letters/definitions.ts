import {
  countLiveSignatures,
  getCampaignForLetter,
  insertLetter,
  type LockedLetter,
  letterSlugTaken,
  lockLetter,
  type NewLetterValues,
  saveLetterVersion,
  signingOrganisationSlugs,
  updateLetterRow,
} from "@/db/queries/staff-letters";
import type { letters } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import type { ActionDefinition } from "@/lib/actions/safe-action";
import { refuseStaleEdit } from "@/lib/actions/stale-edit";
import { letterChangeTags } from "@/lib/domain/cache-tags";
import { precisePeriodStart } from "@/lib/domain/dates";
import { todayIn } from "@/lib/domain/deadlines";
import {
  type LetterTransition,
  needsNewVersion,
  sentLetterEditRefusal,
  transitionRefusal,
} from "@/lib/domain/letter-lifecycle";
import { slugify } from "@/lib/domain/slug";
import { zonedLocalToInstant } from "@/lib/domain/time-zones";
import {
  type CreateLetterInput,
  createLetterSchema,
  letterIdSchema,
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

async function requireLetter(tx: Parameters<typeof lockLetter>[0], id: string): Promise<LockedLetter> {
  const letter = await lockLetter(tx, { id });
  if (!letter) throw new ActionError("errors.letter.notFound");
  return letter;
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
    audit({ action: "letter.create", entityType: "letter", entityId: letter.id, after: auditView(letter) });
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
    const refusal = sentLetterEditRefusal(letter, columns);
    if (refusal) throw new ActionError(refusal.messageKey, refusal.field);
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
    audit({
      action: "letter.update",
      entityType: "letter",
      entityId: letter.id,
      ...auditDiff(letter, updated),
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

async function transition(
  tx: Parameters<typeof lockLetter>[0],
  {
    id,
    name,
    audit,
    changes,
    send,
  }: {
    id: string;
    name: LetterTransition;
    audit: (entry: {
      action: string;
      entityType: string;
      entityId: string;
      before: unknown;
      after: unknown;
    }) => void;
    /** The columns the transition sets, given the locked letter. */
    changes: (letter: LockedLetter) => Partial<NewLetterValues>;
    send?: { sentOn: string };
  },
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
      today: todayIn(letter.targetTimeZone, new Date()),
      deadlineRule: letter.deadlineRule,
      deadlineDate: letter.deadlineDate,
    },
  );
  if (refusal) throw new ActionError(refusal.messageKey, refusal.field);
  const updated = await updateLetterRow(tx, { id, values: changes(letter) });
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

/** draft → collecting: the letter becomes public and open for signatures from today. */
export const openSigningDefinition: ActionDefinition<typeof letterIdSchema, LetterChange> = {
  name: "letter.open_signing",
  access: { permission: "letter.manage" },
  schema: letterIdSchema,
  tags: changeTags,
  run: ({ tx, input, audit }) =>
    transition(tx, {
      id: input.id,
      name: "open_signing",
      audit,
      changes: (letter) => ({
        status: "collecting",
        openedOn: todayIn(letter.targetTimeZone, new Date()),
      }),
    }),
};

/** collecting → draft, only while nobody has signed: the letter leaves the public pages. */
export const returnToDraftDefinition: ActionDefinition<typeof letterIdSchema, LetterChange> = {
  name: "letter.return_to_draft",
  access: { permission: "letter.manage" },
  schema: letterIdSchema,
  tags: changeTags,
  run: ({ tx, input, audit }) =>
    transition(tx, {
      id: input.id,
      name: "return_to_draft",
      audit,
      changes: () => ({ status: "draft", openedOn: null }),
    }),
};

/**
 * collecting → sent: records the sending date and freezes the signatory list (signing
 * and withdrawing need status "collecting"); the response clock starts.
 */
export const sendLetterDefinition: ActionDefinition<typeof sendLetterSchema, LetterChange> = {
  name: "letter.send",
  access: { permission: "letter.manage" },
  schema: sendLetterSchema,
  tags: changeTags,
  run: ({ tx, input, audit }) => {
    // "March 2020" is stored as its first day, as every precise date is.
    const sentOn = precisePeriodStart({ date: input.sentOn, precision: input.sentPrecision });
    return transition(tx, {
      id: input.id,
      name: "send",
      audit,
      send: { sentOn },
      changes: () => ({ status: "sent", sentOn, sentPrecision: input.sentPrecision }),
    });
  },
};

/** sent → closed: the campaign is done with this letter; its record stays public. */
export const closeLetterDefinition: ActionDefinition<typeof letterIdSchema, LetterChange> = {
  name: "letter.close",
  access: { permission: "letter.manage" },
  schema: letterIdSchema,
  tags: changeTags,
  run: ({ tx, input, audit }) =>
    transition(tx, { id: input.id, name: "close", audit, changes: () => ({ status: "closed" }) }),
};
