import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { campaigns, emailTokens, letters, signatures, targets, users } from "@/db/schema";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locales";
import type { LetterSigners, SignatureVisibility } from "@/lib/domain/signatures";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";
import { hashToken } from "@/lib/domain/tokens";
import { fromLettersWithMainTarget, fromSignaturesWithLetters } from "./joins";
import { possibleSlugs, publicLetter } from "./public-visibility";
import {
  campaignWordingReader,
  type LetterLanguage,
  originalLetterColumns,
  readLetterTexts,
} from "./translations";

/*
 * What the signing pages read: the sign page's letter, an organisation's signatures,
 * and the confirmation link's preview. The writes are in ./signing-writes.ts, the staff
 * approval queue in ./signature-moderation.ts.
 *
 * A signature's confirmedAt is when the signatory confirmed it: for an individual, the
 * e-mail link; for an organisation, the act of signing by its authorised member. Status
 * says whether it counts: pending with confirmedAt set is waiting for staff approval;
 * pending without it is waiting for the e-mail link.
 */

/** A signature that holds its place on a letter: counted, or waiting to be. */
export const liveSignature: SQL = inArray(signatures.status, ["pending", "confirmed"]);

/** Where a letter's public page is, for cache tags and links. */
export type LetterRef = { letterId: string; campaignSlug: string; letterSlug: string; title: string };

/** A signature's letter, with its status, read from signatures joined to letters and campaigns. */
export const signatureLetterColumns = {
  letterId: letters.id,
  campaignSlug: campaigns.slug,
  letterSlug: letters.slug,
  title: letters.title,
  status: letters.status,
};

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
  letter: LetterRef & { status: LetterStatus };
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
  if (liveOnly) conditions.push(liveSignature);
  const rows = await fromSignaturesWithLetters(
    db.select({
      signatureId: signatures.id,
      organisationId: signatures.organisationId,
      status: signatures.status,
      visibility: signatures.visibility,
      signerName: users.name,
      signerEmail: users.email,
      signedAt: signatures.createdAt,
      withdrawnAt: signatures.withdrawnAt,
      rejectionReason: signatures.rejectionReason,
      letter: signatureLetterColumns,
    }),
  )
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
    letter: r.letter,
    canWithdraw: (r.status === "pending" || r.status === "confirmed") && !signatoriesFrozen(r.letter.status),
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
  whoCanSign: LetterSigners;
  requiresApproval: boolean;
  signingOpensAt: Date | null;
  signingClosesAt: Date | null;
  /** The zone the target reads dates in: the signing window is shown in it. */
  timeZone: string;
  isSample: boolean;
  /** The text being signed, shown on the sign page; title, addressee and text are in `language.shown`. */
  bodyMarkdown: string;
  /** The language of the text shown and its version: the sign forms post them, the signature records them. */
  language: LetterLanguage;
  /** Its own retention period in months; null: the site's. The page states it. */
  retentionMonths: number | null;
  closedAt: Date | null;
  personalDataErasedAt: Date | null;
};

/** A letter open for organisations to sign, with which of the given organisations have not signed it. */
export type LetterToSign = LetterRef & {
  campaignTitle: string;
  signingClosesAt: Date | null;
  /** The zone the target reads dates in: the closing time is shown in it. */
  timeZone: string;
  /** Of the organisations asked about, those without a live signature on the letter. */
  unsignedOrganisationIds: string[];
};

/**
 * Public letters organisations may sign now (collecting, inside their signing window)
 * that at least one of these organisations has not signed, soonest closing first.
 */
export async function listLettersToSign(
  db: Executor,
  { organisationIds, now = new Date() }: { organisationIds: readonly string[]; now?: Date },
): Promise<LetterToSign[]> {
  if (organisationIds.length === 0) return [];
  const open = await fromLettersWithMainTarget(
    db.select({
      ...signatureLetterColumns,
      campaignTitle: campaigns.title,
      signingClosesAt: letters.signingClosesAt,
      timeZone: targets.timeZone,
    }),
  )
    .where(
      and(
        publicLetter,
        eq(letters.status, "collecting"),
        ne(letters.whoCanSign, "individuals"),
        or(isNull(letters.signingOpensAt), lte(letters.signingOpensAt, now)),
        or(isNull(letters.signingClosesAt), gt(letters.signingClosesAt, now)),
      ),
    )
    .orderBy(sql`${letters.signingClosesAt} asc nulls last`, asc(letters.title));
  if (open.length === 0) return [];
  const signed = await db
    .select({ letterId: signatures.letterId, organisationId: signatures.organisationId })
    .from(signatures)
    .where(
      and(
        inArray(
          signatures.letterId,
          open.map((l) => l.letterId),
        ),
        inArray(signatures.organisationId, [...organisationIds]),
        liveSignature,
      ),
    );
  const done = new Set(signed.map((s) => `${s.letterId}|${s.organisationId}`));
  return open
    .map(({ status: _status, ...letter }) => ({
      ...letter,
      unsignedOrganisationIds: organisationIds.filter((id) => !done.has(`${letter.letterId}|${id}`)),
    }))
    .filter((letter) => letter.unsignedOrganisationIds.length > 0);
}

/**
 * The letter behind a sign page, in `locale` where it has a current text in it (else its
 * original), or null when the public may not see it (a draft, a private campaign).
 */
export async function getSignPageLetter(
  db: Executor,
  {
    campaignSlug,
    letterSlug,
    locale = DEFAULT_LOCALE,
  }: { campaignSlug: string; letterSlug: string; locale?: Locale },
): Promise<SignPageLetter | null> {
  // An address no letter can have is not found, without a query.
  if (!possibleSlugs(campaignSlug, letterSlug)) return null;
  const [row] = await fromLettersWithMainTarget(
    db.select({
      ...originalLetterColumns,
      slug: letters.slug,
      campaignId: campaigns.id,
      campaignOriginalLocale: campaigns.originalLocale,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      status: letters.status,
      whoCanSign: letters.whoCanSign,
      requiresApproval: letters.requiresApproval,
      signingOpensAt: letters.signingOpensAt,
      signingClosesAt: letters.signingClosesAt,
      timeZone: targets.timeZone,
      retentionMonths: letters.retentionMonths,
      closedAt: letters.closedAt,
      personalDataErasedAt: letters.personalDataErasedAt,
      letterIsSample: letters.isSample,
      campaignIsSample: campaigns.isSample,
    }),
  )
    .where(and(eq(campaigns.slug, campaignSlug), eq(letters.slug, letterSlug), publicLetter))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const {
    letterIsSample,
    campaignIsSample,
    campaignId,
    campaignOriginalLocale,
    version: _version,
    originalLocale: _originalLocale,
    ...letter
  } = row;
  const [texts, wording] = await Promise.all([
    readLetterTexts(db, { letters: [row], locale }),
    campaignWordingReader(db, {
      campaign: { id: campaignId, originalLocale: campaignOriginalLocale },
      records: {},
      locale,
    }),
  ]);
  const text = texts.get(row.id)!;
  return {
    ...letter,
    title: text.title,
    addressee: text.addressee,
    bodyMarkdown: text.bodyMarkdown,
    language: text.language,
    campaignTitle: wording.text("campaign", campaignId, "title", row.campaignTitle),
    status: row.status,
    isSample: letterIsSample || campaignIsSample,
  };
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

/** What the confirmation page shows before anything is changed (a GET changes nothing). */
export type ConfirmationPreview =
  | {
      state: "ready" | "confirmed" | "awaiting_approval" | "frozen";
      letterTitle: string;
      /** The letter's campaign, which the signer is offered to follow once confirmed. */
      campaignTitle: string;
      /** Where the letter is, to pass on once signed. */
      campaignSlug: string;
      letterSlug: string;
      displayName: string;
      titleAffiliation: string | null;
      country: string | null;
      /** How the signature shows on the letter: by name, or counted without it. */
      visibility: SignatureVisibility;
    }
  | { state: "used" | "expired" | "invalid" };

/** The state of a confirmation link's signature, for the page the link opens. */
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
      titleAffiliation: signatures.titleAffiliation,
      country: signatures.country,
      visibility: signatures.visibility,
      letterTitle: letters.title,
      letterSlug: letters.slug,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      letterStatus: letters.status,
    })
    .from(emailTokens)
    .innerJoin(signatures, eq(signatures.id, emailTokens.signatureId))
    .innerJoin(letters, eq(letters.id, signatures.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, "confirm_signature")));
  if (!row || row.status === "rejected" || row.status === "withdrawn") return { state: "invalid" };
  const shown = {
    letterTitle: row.letterTitle,
    campaignTitle: row.campaignTitle,
    campaignSlug: row.campaignSlug,
    letterSlug: row.letterSlug,
    displayName: row.displayName,
    titleAffiliation: row.titleAffiliation,
    country: row.country,
    visibility: row.visibility,
  };
  if (row.confirmedAt !== null) {
    return { state: row.status === "confirmed" ? "confirmed" : "awaiting_approval", ...shown };
  }
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  if (signatoriesFrozen(row.letterStatus)) return { state: "frozen", ...shown };
  return { state: "ready", ...shown };
}
