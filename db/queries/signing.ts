import "server-only";
import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, gt, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db";
import { rateLimitHits } from "@/db/queries/rate-limits";
import { awaitingApproval } from "@/db/queries/signature-filters";
import {
  campaigns,
  emailOutbox,
  emailTokens,
  letters,
  organisations,
  signatures,
  targets,
  users,
} from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { normaliseEmail } from "@/lib/domain/email";
import { enqueueMail, type QueuedMail } from "@/lib/mail";
import { alreadySignedMail, confirmationMail } from "@/lib/mail/signing-mail";
import type { SigningLimits } from "@/lib/domain/rate-limit-config";
import {
  botFlags,
  CONFIRMATION_TTL_MS,
  needsApproval,
  type SignerKind,
  signatoriesFrozen,
  signingRefusal,
} from "@/lib/domain/signing-rules";
import { createToken, hashToken } from "@/lib/domain/tokens";
import type { IndividualSignatureInput, SignatureVisibility } from "@/lib/validations/signing";
import { possibleSlugs, publicCampaign, publicLetter } from "./public-visibility";

/*
 * Signing open letters. Every write takes the transaction of the action that calls it
 * (PGlite has one connection: never the plain client inside). "One live signature per
 * organisation / per person per letter" is decided by the partial unique indexes, with
 * INSERT … ON CONFLICT DO NOTHING rather than a prior SELECT (which races) or a caught
 * 23505 (which, in PostgreSQL, aborts the whole transaction unless wrapped in a savepoint).
 *
 * A signature's confirmedAt is when the signatory confirmed it: for an individual, the
 * e-mail link; for an organisation, the act of signing by its authorised member. Status
 * says whether it counts: pending with confirmedAt set is waiting for staff approval;
 * pending without it is waiting for the e-mail link.
 */

const LIVE = ["pending", "confirmed"] as const;
// The predicates of signatures_live_email_key and signatures_live_org_key, so that
// ON CONFLICT infers those indexes.
const LIVE_EMAIL_INDEX = sql.raw(`status in ('pending', 'confirmed') and email_normalised is not null`);
const LIVE_ORG_INDEX = sql.raw(`status in ('pending', 'confirmed') and organisation_id is not null`);

/** A letter as the signing code needs it, locked against being sent meanwhile. */
export type LetterForSigning = {
  id: string;
  slug: string;
  title: string;
  campaignSlug: string;
  status: "draft" | "collecting" | "sent" | "closed";
  whoCanSign: "organisations" | "individuals" | "both";
  requiresApproval: boolean;
  signingOpensAt: Date | null;
  signingClosesAt: Date | null;
  version: number;
};

const letterForSigningColumns = {
  id: letters.id,
  slug: letters.slug,
  title: letters.title,
  campaignSlug: campaigns.slug,
  status: letters.status,
  whoCanSign: letters.whoCanSign,
  requiresApproval: letters.requiresApproval,
  signingOpensAt: letters.signingOpensAt,
  signingClosesAt: letters.signingClosesAt,
  version: letters.version,
};

/**
 * Reads the letter and takes a share lock on it until the transaction ends: sending the
 * letter (an UPDATE) waits for signings in flight, and a signing that starts after it
 * sees "sent". With `publicOnly`, letters in draft or private campaigns are not found.
 */
async function lockLetter(
  tx: Tx,
  { letterId, publicOnly }: { letterId: string; publicOnly: boolean },
): Promise<LetterForSigning | null> {
  const conditions = [eq(letters.id, letterId)];
  if (publicOnly) conditions.push(publicCampaign);
  const [row] = await tx
    .select(letterForSigningColumns)
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(...conditions))
    .for("share", { of: letters });
  return row ?? null;
}

async function letterOpenTo(tx: Tx, letterId: string, kind: SignerKind, now: Date) {
  const letter = await lockLetter(tx, { letterId, publicOnly: true });
  return refuseUnlessOpen(letter, kind, now);
}

function refuseUnlessOpen(letter: LetterForSigning | null, kind: SignerKind, now: Date): LetterForSigning {
  if (!letter) throw new ActionError("errors.signing.letterNotFound", "letterId");
  const refusal = signingRefusal(letter, kind, now);
  if (refusal) throw new ActionError(refusal, "letterId");
  return letter;
}

/** Where a letter's public page is, for cache tags and links. */
export type LetterRef = { letterId: string; campaignSlug: string; letterSlug: string; title: string };

const refOf = (letter: LetterForSigning): LetterRef => ({
  letterId: letter.id,
  campaignSlug: letter.campaignSlug,
  letterSlug: letter.slug,
  title: letter.title,
});

// ── Organisations ────────────────────────────────────────────────────────────

export type OrganisationSignResult = {
  signatureId: string;
  /** "pending" when the letter needs staff approval. */
  status: "pending" | "confirmed";
  letter: LetterRef;
  organisation: { id: string; slug: string; name: string };
};

/**
 * Signs a letter on an organisation's behalf. The caller has checked that `userId` may
 * sign for it. A second live signature is refused with who signed first, and when.
 */
export async function signForOrganisation(
  tx: Tx,
  {
    letterId,
    organisationId,
    visibility,
    userId,
    now = new Date(),
  }: {
    letterId: string;
    organisationId: string;
    visibility: SignatureVisibility;
    userId: string;
    now?: Date;
  },
): Promise<OrganisationSignResult> {
  const letter = await letterOpenTo(tx, letterId, "organisation", now);
  const [organisation] = await tx
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      country: organisations.country,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw new ActionError("errors.signing.organisationRequired", "organisationId");

  const status = letter.requiresApproval ? "pending" : "confirmed";
  const [inserted] = await tx
    .insert(signatures)
    .values({
      letterId,
      kind: "organisation",
      organisationId,
      signedByUserId: userId,
      displayName: organisation.name,
      country: organisation.country,
      visibility,
      status,
      source: "web",
      letterVersion: letter.version,
      confirmedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [signatures.letterId, signatures.organisationId], where: LIVE_ORG_INDEX })
    .returning({ id: signatures.id });

  if (!inserted) {
    const [existing] = await tx
      .select({ at: signatures.createdAt, name: users.name, email: users.email })
      .from(signatures)
      .leftJoin(users, eq(users.id, signatures.signedByUserId))
      .where(
        and(
          eq(signatures.letterId, letterId),
          eq(signatures.organisationId, organisationId),
          inArray(signatures.status, [...LIVE]),
        ),
      );
    // Only someone who may sign for the organisation gets here: a colleague's name is theirs to see.
    const by = existing?.name ?? existing?.email;
    const at = existing?.at ?? now;
    throw by
      ? new ActionError("errors.signing.organisationAlreadySigned", "organisationId", {
          organisation: organisation.name,
          by,
          at,
        })
      : new ActionError("errors.signing.organisationAlreadyListed", "organisationId", {
          organisation: organisation.name,
          at,
        });
  }

  return {
    signatureId: inserted.id,
    status,
    letter: refOf(letter),
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
  };
}

export type WithdrawResult = {
  signatureId: string;
  /** Whether it was on the public list (confirmed) before. */
  wasConfirmed: boolean;
  letter: LetterRef;
  organisation: { id: string; slug: string };
};

/** Withdraws an organisation's live signature, while the letter has not been sent. */
export async function withdrawOrganisationSignature(
  tx: Tx,
  {
    signatureId,
    organisationId,
    now = new Date(),
  }: { signatureId: string; organisationId: string; now?: Date },
): Promise<WithdrawResult> {
  const [signature] = await tx
    .select({ letterId: signatures.letterId, organisationSlug: organisations.slug })
    .from(signatures)
    .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(and(eq(signatures.id, signatureId), eq(signatures.organisationId, organisationId)));
  if (!signature) throw new ActionError("errors.signing.signatureNotFound");
  const letter = await lockLetter(tx, { letterId: signature.letterId, publicOnly: false });
  if (!letter || signatoriesFrozen(letter.status)) throw new ActionError("errors.signing.letterFrozen");

  const [before] = await tx
    .select({ status: signatures.status })
    .from(signatures)
    .where(eq(signatures.id, signatureId))
    .for("update");
  const [updated] = await tx
    .update(signatures)
    .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
    .where(and(eq(signatures.id, signatureId), inArray(signatures.status, [...LIVE])))
    .returning({ id: signatures.id });
  if (!updated) throw new ActionError("errors.signing.alreadyWithdrawn");
  return {
    signatureId,
    wasConfirmed: before?.status === "confirmed",
    letter: refOf(letter),
    organisation: { id: organisationId, slug: signature.organisationSlug },
  };
}

/** One of an organisation's signatures, for "My organisation's signatures". */
export type OrganisationSignatureEntry = {
  signatureId: string;
  organisationId: string;
  status: "pending" | "confirmed" | "rejected" | "withdrawn";
  visibility: SignatureVisibility;
  signedBy: string | null;
  signedAt: Date;
  withdrawnAt: Date | null;
  rejectionReason: string | null;
  letter: LetterRef & { status: "draft" | "collecting" | "sent" | "closed" };
  /** Live and the letter not sent yet. */
  canWithdraw: boolean;
};

/**
 * Every signature of these organisations, withdrawn ones included, newest first; or only
 * those on one letter, or only the live ones.
 */
export async function listOrganisationSignatures(
  db: Executor,
  {
    organisationIds,
    letterId,
    liveOnly = false,
  }: { organisationIds: readonly string[]; letterId?: string; liveOnly?: boolean },
): Promise<OrganisationSignatureEntry[]> {
  if (organisationIds.length === 0) return [];
  const conditions: SQL[] = [
    inArray(signatures.organisationId, [...organisationIds]),
    eq(signatures.kind, "organisation"),
  ];
  if (letterId) conditions.push(eq(signatures.letterId, letterId));
  if (liveOnly) conditions.push(inArray(signatures.status, [...LIVE]));
  const rows = await db
    .select({
      signatureId: signatures.id,
      organisationId: signatures.organisationId,
      status: signatures.status,
      visibility: signatures.visibility,
      signerName: users.name,
      signerEmail: users.email,
      signedAt: signatures.createdAt,
      withdrawnAt: signatures.withdrawnAt,
      rejectionReason: signatures.rejectionReason,
      letterId: letters.id,
      letterSlug: letters.slug,
      letterTitle: letters.title,
      letterStatus: letters.status,
      campaignSlug: campaigns.slug,
    })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(users, eq(users.id, signatures.signedByUserId))
    .where(and(...conditions))
    .orderBy(desc(signatures.createdAt));
  return rows.map((r) => ({
    signatureId: r.signatureId,
    organisationId: r.organisationId!,
    status: r.status,
    visibility: r.visibility,
    signedBy: r.signerName ?? r.signerEmail,
    signedAt: r.signedAt,
    withdrawnAt: r.withdrawnAt,
    rejectionReason: r.rejectionReason,
    letter: {
      letterId: r.letterId,
      campaignSlug: r.campaignSlug,
      letterSlug: r.letterSlug,
      title: r.letterTitle,
      status: r.letterStatus,
    },
    canWithdraw: (r.status === "pending" || r.status === "confirmed") && !signatoriesFrozen(r.letterStatus),
  }));
}

/** A public letter as its sign page needs it: who may sign, and when. */
export type SignPageLetter = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  campaignSlug: string;
  campaignTitle: string;
  status: "collecting" | "sent" | "closed";
  whoCanSign: "organisations" | "individuals" | "both";
  requiresApproval: boolean;
  signingOpensAt: Date | null;
  signingClosesAt: Date | null;
  /** The zone the target reads dates in: the signing window is shown in it. */
  timeZone: string;
  isSample: boolean;
};

/** The letter behind a sign page, or null when the public may not see it (a draft, a private campaign). */
export async function getSignPageLetter(
  db: Executor,
  { campaignSlug, letterSlug }: { campaignSlug: string; letterSlug: string },
): Promise<SignPageLetter | null> {
  // An address no letter can have is not found, without a query.
  if (!possibleSlugs(campaignSlug, letterSlug)) return null;
  const [row] = await db
    .select({
      id: letters.id,
      slug: letters.slug,
      title: letters.title,
      addressee: letters.addressee,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      status: letters.status,
      whoCanSign: letters.whoCanSign,
      requiresApproval: letters.requiresApproval,
      signingOpensAt: letters.signingOpensAt,
      signingClosesAt: letters.signingClosesAt,
      timeZone: targets.timeZone,
      letterIsSample: letters.isSample,
      campaignIsSample: campaigns.isSample,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .where(and(eq(campaigns.slug, campaignSlug), eq(letters.slug, letterSlug), publicLetter))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const { letterIsSample, campaignIsSample, ...letter } = row;
  return { ...letter, status: row.status, isSample: letterIsSample || campaignIsSample };
}

/** An organisation's live signature on one letter, as its own signers see it. */
export type LiveOrganisationSignature = {
  signatureId: string;
  organisationId: string;
  /** "pending": waiting for staff approval. */
  status: "pending" | "confirmed";
  visibility: SignatureVisibility;
  /** The name (or, lacking one, the account) of the member who signed; null for imports. */
  signedBy: string | null;
  signedAt: Date;
};

/**
 * Which of these organisations have a live signature on the letter, by whom and when.
 * For the organisations' own signers only: it names the colleague who signed.
 */
export async function listLiveOrganisationSignatures(
  db: Executor,
  { letterId, organisationIds }: { letterId: string; organisationIds: readonly string[] },
): Promise<LiveOrganisationSignature[]> {
  const entries = await listOrganisationSignatures(db, { organisationIds, letterId, liveOnly: true });
  return entries.map((e) => ({
    signatureId: e.signatureId,
    organisationId: e.organisationId,
    status: e.status === "pending" ? "pending" : "confirmed",
    visibility: e.visibility,
    signedBy: e.signedBy,
    signedAt: e.signedAt,
  }));
}

// ── Individuals ──────────────────────────────────────────────────────────────

/** Rate-limit keys hold a hash, not the address: the counters table is not a mailing list. */
function emailKey(emailNormalised: string): string {
  return createHash("sha256").update(emailNormalised).digest("hex").slice(0, 32);
}

type LimitCheck = {
  limit: number;
  key: string;
  windowSeconds: number;
  message: string;
  field?: string;
};

/** The signing limits that apply to this signer, always in the same order. */
function signingLimitChecks({
  ip,
  letterId,
  emailNormalised,
  limits,
}: {
  ip: string;
  letterId: string;
  emailNormalised: string;
  limits: SigningLimits;
}): LimitCheck[] {
  const checks: LimitCheck[] = [
    {
      limit: limits.perIpPerLetterPerMinute,
      key: `sign:ip-letter:${ip}:${letterId}`,
      windowSeconds: 60,
      message: "errors.signing.rateLimited",
    },
    {
      limit: limits.perIpPer5Minutes,
      key: `sign:ip:${ip}`,
      windowSeconds: 300,
      message: "errors.signing.rateLimited",
    },
    {
      limit: limits.perEmailPerHour,
      key: `sign:email:${emailKey(emailNormalised)}`,
      windowSeconds: 3600,
      message: "errors.signing.emailRateLimited",
      field: "email",
    },
  ];
  return checks.filter((check) => check.limit > 0);
}

/**
 * lockLetter for an individual signing, counting the signer's hits on its limits in the
 * same statement: one round trip instead of two on the busiest write path. The caller
 * throws on a refusal, which rolls these hits back with everything else, so refusals do
 * not pile up. Counters are always taken in the same order, so two signings never wait
 * on each other's counters in a cycle.
 */
async function lockLetterCountingHits(
  tx: Tx,
  { letterId, checks, now }: { letterId: string; checks: LimitCheck[]; now: Date },
): Promise<{ letter: LetterForSigning | null; counts: number[] }> {
  if (checks.length === 0)
    return { letter: await lockLetter(tx, { letterId, publicOnly: true }), counts: [] };
  const hits = tx.$with("hits").as(rateLimitHits(tx, checks, now));
  const [row] = await tx
    .with(hits)
    .select({
      ...letterForSigningColumns,
      hits: sql<
        Array<{ key: string; count: number }>
      >`(select json_agg(json_build_object('key', ${hits.key}, 'count', ${hits.count})) from ${hits})`,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(letters.id, letterId), publicCampaign))
    .for("share", { of: letters });
  if (!row) return { letter: null, counts: [] };
  const { hits: counted, ...letter } = row;
  const byKey = new Map((counted ?? []).map((h) => [h.key, Number(h.count)]));
  return { letter, counts: checks.map((check) => byKey.get(check.key) ?? 0) };
}

/** A fresh link for a signature still waiting for confirmation (a resend). */
async function issueConfirmation(
  tx: Tx,
  {
    signatureId,
    to,
    name,
    letter,
    siteUrl,
    now,
  }: { signatureId: string; to: string; name: string; letter: LetterForSigning; siteUrl: string; now: Date },
): Promise<QueuedMail[]> {
  const { token, hash } = createToken();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS);
  await tx
    .insert(emailTokens)
    .values({ tokenHash: hash, purpose: "confirm_signature", signatureId, expiresAt });
  const mail = confirmationMail({
    name,
    letterTitle: letter.title,
    link: `${siteUrl}/confirm/${token}`,
    expiresAt,
  });
  const queued = await enqueueMail(tx, { ...mail, to, kind: "signature_confirmation" });
  return queued ? [queued] : [];
}

/**
 * The common case of a rush in one round trip: the signature (unless the address has a
 * live one on the letter, per signatures_live_email_key), its token and its e-mail, as
 * one statement. Null when the address had signed: nothing was written.
 */
async function insertSignatureWithConfirmation(
  tx: Tx,
  {
    letter,
    input,
    emailNormalised,
    flags,
    siteUrl,
    now,
  }: {
    letter: LetterForSigning;
    input: IndividualSignatureInput;
    emailNormalised: string;
    flags: string[];
    siteUrl: string;
    now: Date;
  },
): Promise<QueuedMail | null> {
  const { token, hash } = createToken();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS);
  const mail = confirmationMail({
    name: input.name,
    letterTitle: letter.title,
    link: `${siteUrl}/confirm/${token}`,
    expiresAt,
  });
  const at = now.toISOString();
  const result = await tx.execute<{ id: string }>(sql`
    with s as (
      insert into ${signatures} (letter_id, kind, display_name, title_affiliation, country, email,
        email_normalised, visibility, status, source, letter_version, flags, created_at, updated_at)
      values (${letter.id}, 'individual', ${input.name}, ${input.titleAffiliation ?? null}, ${input.country ?? null},
        ${input.email}, ${emailNormalised}, ${input.visibility}, 'pending', 'web', ${letter.version},
        ${JSON.stringify(flags)}::jsonb, ${at}::timestamptz, ${at}::timestamptz)
      on conflict (letter_id, email_normalised) where ${LIVE_EMAIL_INDEX} do nothing
      returning id
    ), token as (
      insert into ${emailTokens} (token_hash, purpose, signature_id, expires_at)
      select ${hash}::text, 'confirm_signature', id, ${expiresAt.toISOString()}::timestamptz from s
    )
    insert into ${emailOutbox} (to_address, subject, text_body, html_body, kind)
    select ${input.email}::text, ${mail.subject}::text, ${mail.text}::text, ${mail.html}::text,
      'signature_confirmation' from s
    returning id`);
  const row = result.rows[0];
  if (!row) return null;
  return { ...mail, id: row.id, to: input.email, kind: "signature_confirmation", attempts: 0 };
}

/** What the person who filled the form learns: always the same, whoever they are. */
export type IndividualSignResult = {
  status: "check_email";
  /** Outbox messages to deliver after commit; never sent to the browser. */
  mail: QueuedMail[];
};

/**
 * Records an individual's signature, pending until the e-mail link is confirmed, with
 * a hashed single-use token and the confirmation e-mail, in the caller's transaction.
 * If the address (normalised) already has a live signature on the letter, nothing is
 * added and the answer is the same "check your inbox": the mailbox gets a fresh link
 * (not confirmed yet) or a note that it has already signed. Only its owner learns which.
 */
export async function signAsIndividual(
  tx: Tx,
  {
    input,
    ip,
    limits,
    siteUrl,
    now = new Date(),
  }: { input: IndividualSignatureInput; ip: string; limits: SigningLimits; siteUrl: string; now?: Date },
): Promise<IndividualSignResult> {
  const emailNormalised = normaliseEmail(input.email);
  const checks = signingLimitChecks({ ip, letterId: input.letterId, emailNormalised, limits });
  const locked = await lockLetterCountingHits(tx, { letterId: input.letterId, checks, now });
  const letter = refuseUnlessOpen(locked.letter, "individual", now);
  const over = checks.find((check, i) => locked.counts[i] > check.limit);
  if (over) throw new ActionError(over.message, over.field);
  const flags = botFlags({ honeypotFilled: input.website, startedAt: input.startedAt, now });

  const fresh = await insertSignatureWithConfirmation(tx, {
    letter,
    input,
    emailNormalised,
    flags,
    siteUrl,
    now,
  });
  if (fresh) return { status: "check_email", mail: [fresh] };

  const [existing] = await tx
    .select({
      id: signatures.id,
      status: signatures.status,
      confirmedAt: signatures.confirmedAt,
      email: signatures.email,
      displayName: signatures.displayName,
    })
    .from(signatures)
    .where(
      and(
        eq(signatures.letterId, letter.id),
        eq(signatures.emailNormalised, emailNormalised),
        inArray(signatures.status, [...LIVE]),
      ),
    );
  if (!existing) return { status: "check_email", mail: [] };
  // Mail goes to the address that signed first: the link confirms that signature.
  const to = existing.email ?? input.email;
  if (existing.status === "pending" && existing.confirmedAt === null) {
    const mail = await issueConfirmation(tx, {
      signatureId: existing.id,
      to,
      name: existing.displayName,
      letter,
      siteUrl,
      now,
    });
    return { status: "check_email", mail };
  }
  const note = alreadySignedMail({
    letterTitle: letter.title,
    awaitingApproval: existing.status === "pending",
  });
  const queued = await enqueueMail(tx, { ...note, to, kind: "signature_already_signed" });
  return { status: "check_email", mail: queued ? [queued] : [] };
}

export type ConfirmResult = {
  /** "awaiting_approval" when staff must approve it before it counts. */
  status: "confirmed" | "awaiting_approval";
  letter: LetterRef;
};

/**
 * Confirms an individual's signature from the e-mail link's token: single use, within
 * its lifetime, while the letter has not been sent. It then counts, or waits for staff
 * approval when the letter requires it or bot signals were seen.
 */
export async function confirmIndividualSignature(
  tx: Tx,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<ConfirmResult> {
  const tokenHash = hashToken(token);
  const [claimed] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, "confirm_signature"),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ signatureId: emailTokens.signatureId });
  if (!claimed?.signatureId) {
    const [known] = await tx
      .select({ usedAt: emailTokens.usedAt })
      .from(emailTokens)
      .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, "confirm_signature")));
    if (!known) throw new ActionError("errors.signing.tokenInvalid");
    throw new ActionError(known.usedAt ? "errors.signing.tokenUsed" : "errors.signing.tokenExpired");
  }

  const [signature] = await tx
    .select({ letterId: signatures.letterId })
    .from(signatures)
    .where(eq(signatures.id, claimed.signatureId));
  if (!signature) throw new ActionError("errors.signing.tokenInvalid");
  const letter = await lockLetter(tx, { letterId: signature.letterId, publicOnly: false });
  // Throwing rolls back the token's use too; it stays as it was.
  if (!letter || signatoriesFrozen(letter.status)) throw new ActionError("errors.signing.letterFrozen");

  const [current] = await tx
    .select({ status: signatures.status, confirmedAt: signatures.confirmedAt, flags: signatures.flags })
    .from(signatures)
    .where(eq(signatures.id, claimed.signatureId))
    .for("update");
  if (!current || current.status === "rejected" || current.status === "withdrawn") {
    throw new ActionError("errors.signing.tokenInvalid");
  }
  if (current.confirmedAt !== null) {
    // Confirmed already through another of its links: say where it stands.
    return {
      status: current.status === "confirmed" ? "confirmed" : "awaiting_approval",
      letter: refOf(letter),
    };
  }

  const wait = needsApproval({ requiresApproval: letter.requiresApproval, flags: current.flags });
  await tx
    .update(signatures)
    .set({ status: wait ? "pending" : "confirmed", confirmedAt: now, updatedAt: now })
    .where(eq(signatures.id, claimed.signatureId));
  // Its other links (resent ones) are spent too.
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.signatureId, claimed.signatureId), isNull(emailTokens.usedAt)));
  return { status: wait ? "awaiting_approval" : "confirmed", letter: refOf(letter) };
}

/** What the confirmation page shows before anything is changed (a GET changes nothing). */
export type ConfirmationPreview =
  | {
      state: "ready" | "confirmed" | "awaiting_approval" | "frozen";
      letterTitle: string;
      displayName: string;
    }
  | { state: "used" | "expired" | "invalid" };

export async function getConfirmationPreview(
  db: Executor,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<ConfirmationPreview> {
  const [row] = await db
    .select({
      usedAt: emailTokens.usedAt,
      expiresAt: emailTokens.expiresAt,
      status: signatures.status,
      confirmedAt: signatures.confirmedAt,
      displayName: signatures.displayName,
      letterTitle: letters.title,
      letterStatus: letters.status,
    })
    .from(emailTokens)
    .innerJoin(signatures, eq(signatures.id, emailTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, "confirm_signature")));
  if (!row || row.status === "rejected" || row.status === "withdrawn") return { state: "invalid" };
  const shown = { letterTitle: row.letterTitle, displayName: row.displayName };
  if (row.confirmedAt !== null) {
    return { state: row.status === "confirmed" ? "confirmed" : "awaiting_approval", ...shown };
  }
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  if (signatoriesFrozen(row.letterStatus)) return { state: "frozen", ...shown };
  return { state: "ready", ...shown };
}

// ── Moderation ───────────────────────────────────────────────────────────────

/** A signature waiting for a staff decision, as staff see it (e-mail included). */
export type PendingSignature = {
  id: string;
  kind: "organisation" | "individual";
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  email: string | null;
  organisationSlug: string | null;
  visibility: SignatureVisibility;
  flags: string[];
  createdAt: Date;
  confirmedAt: Date;
  letter: LetterRef & { status: "draft" | "collecting" | "sent" | "closed" };
};

export { awaitingApproval };

/** The approval queue, oldest first: confirmed by the signatory, not yet decided by staff. */
export async function listPendingSignatures(
  db: Executor,
  { limit = 200 }: { limit?: number } = {},
): Promise<{ entries: PendingSignature[]; total: number }> {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: signatures.id,
        kind: signatures.kind,
        displayName: signatures.displayName,
        titleAffiliation: signatures.titleAffiliation,
        country: signatures.country,
        email: signatures.email,
        organisationSlug: organisations.slug,
        visibility: signatures.visibility,
        flags: signatures.flags,
        createdAt: signatures.createdAt,
        confirmedAt: signatures.confirmedAt,
        letterId: letters.id,
        letterSlug: letters.slug,
        letterTitle: letters.title,
        letterStatus: letters.status,
        campaignSlug: campaigns.slug,
      })
      .from(signatures)
      .innerJoin(letters, eq(letters.id, signatures.letterId))
      .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
      .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(awaitingApproval)
      .orderBy(asc(signatures.confirmedAt), asc(signatures.id))
      .limit(limit),
    db.select({ total: count() }).from(signatures).where(awaitingApproval),
  ]);
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      displayName: r.displayName,
      titleAffiliation: r.titleAffiliation,
      country: r.country,
      email: r.email,
      organisationSlug: r.organisationSlug,
      visibility: r.visibility,
      flags: r.flags,
      createdAt: r.createdAt,
      confirmedAt: r.confirmedAt!,
      letter: {
        letterId: r.letterId,
        campaignSlug: r.campaignSlug,
        letterSlug: r.letterSlug,
        title: r.letterTitle,
        status: r.letterStatus,
      },
    })),
  };
}

/** A signature a moderation decision changed. */
export type ModeratedSignature = {
  id: string;
  campaignSlug: string;
  letterSlug: string;
  organisationSlug: string | null;
};

export type ModerationResult = {
  changed: ModeratedSignature[];
  /** Asked for but not changed: decided already, not confirmed by the signatory, or the letter was sent. */
  skipped: number;
};

/** Slugs for cache tags of the signatures a decision changed. */
async function describeChanged(tx: Tx, ids: readonly string[]): Promise<ModeratedSignature[]> {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: signatures.id,
      campaignSlug: campaigns.slug,
      letterSlug: letters.slug,
      organisationSlug: organisations.slug,
    })
    .from(signatures)
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(inArray(signatures.id, [...ids]))
    .orderBy(asc(signatures.id));
}

/** Approves signatures in the queue, one or many; the letter must not have been sent. */
export async function approveSignatures(
  tx: Tx,
  { ids, now = new Date() }: { ids: readonly string[]; now?: Date },
): Promise<ModerationResult> {
  const requested = [...new Set(ids)];
  const queued = await tx
    .selectDistinct({ letterId: signatures.letterId })
    .from(signatures)
    .where(and(inArray(signatures.id, requested), awaitingApproval));
  // Letters first, then signatures: the order every signing path takes its locks in.
  const openLetters =
    queued.length === 0
      ? []
      : (
          await tx
            .select({ id: letters.id, status: letters.status })
            .from(letters)
            .where(
              inArray(
                letters.id,
                queued.map((q) => q.letterId),
              ),
            )
            .orderBy(asc(letters.id))
            .for("share")
        )
          .filter((l) => !signatoriesFrozen(l.status))
          .map((l) => l.id);
  const approved =
    openLetters.length === 0
      ? []
      : await tx
          .update(signatures)
          .set({ status: "confirmed", updatedAt: now })
          .where(
            and(
              inArray(signatures.id, requested),
              inArray(signatures.letterId, openLetters),
              awaitingApproval,
            ),
          )
          .returning({ id: signatures.id });
  const changed = await describeChanged(
    tx,
    approved.map((a) => a.id),
  );
  return { changed, skipped: requested.length - changed.length };
}

/**
 * Rejects pending signatures with a reason. Pending signatures are on no public list,
 * so this is allowed even after the letter was sent.
 */
export async function rejectSignatures(
  tx: Tx,
  { ids, reason, now = new Date() }: { ids: readonly string[]; reason: string; now?: Date },
): Promise<ModerationResult> {
  const requested = [...new Set(ids)];
  const rejected = await tx
    .update(signatures)
    .set({ status: "rejected", rejectionReason: reason, rejectedAt: now, updatedAt: now })
    .where(and(inArray(signatures.id, requested), eq(signatures.status, "pending")))
    .returning({ id: signatures.id });
  const changed = await describeChanged(
    tx,
    rejected.map((r) => r.id),
  );
  return { changed, skipped: requested.length - changed.length };
}
