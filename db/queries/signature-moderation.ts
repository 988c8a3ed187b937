import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor, Tx } from "@/db";
import { campaigns, letters, organisations, signatures } from "@/db/schema";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { SignatureKind, SignatureVisibility } from "@/lib/domain/signatures";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";
import { fromSignaturesWithLetters } from "./joins";
import { awaitingApproval } from "./signature-filters";
import { type LetterRef, signatureLetterColumns } from "./signing";

/*
 * The staff approval queue: signatures confirmed by their signatory that wait for a
 * staff decision, and the decisions themselves (approve, reject), one or many at once.
 */

/** A signature waiting for a staff decision, as staff see it (e-mail included). */
export type PendingSignature = {
  id: string;
  kind: SignatureKind;
  displayName: string;
  titleAffiliation: string | null;
  country: string | null;
  email: string | null;
  organisationSlug: string | null;
  visibility: SignatureVisibility;
  flags: string[];
  createdAt: Date;
  confirmedAt: Date;
  letter: LetterRef & { status: LetterStatus };
};

/** The approval queue, oldest first: confirmed by the signatory, not yet decided by staff. */
export async function listPendingSignatures(
  db: Executor,
  { limit = 200 }: { limit?: number } = {},
): Promise<{ entries: PendingSignature[]; total: number }> {
  const [rows, [{ total }]] = await Promise.all([
    fromSignaturesWithLetters(
      db.select({
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
        letter: signatureLetterColumns,
      }),
    )
      .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(awaitingApproval)
      .orderBy(asc(signatures.confirmedAt), asc(signatures.id))
      .limit(limit),
    db.select({ total: count() }).from(signatures).where(awaitingApproval),
  ]);
  return {
    total,
    // The queue holds only signatures their signatory confirmed.
    entries: rows.map((r) => ({ ...r, confirmedAt: r.confirmedAt! })),
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
  return fromSignaturesWithLetters(
    tx.select({
      id: signatures.id,
      campaignSlug: campaigns.slug,
      letterSlug: letters.slug,
      organisationSlug: organisations.slug,
    }),
  )
    .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(inArray(signatures.id, [...ids]))
    .orderBy(asc(signatures.id));
}

/**
 * Of these letters, the ids of those whose signatories may still change, each locked
 * until the transaction ends. Letters first, then signatures: the order every signing
 * path takes its locks in.
 */
async function lockOpenLetters(tx: Tx, letterIds: string[]): Promise<string[]> {
  if (letterIds.length === 0) return [];
  const rows = await tx
    .select({ id: letters.id, status: letters.status })
    .from(letters)
    .where(inArray(letters.id, letterIds))
    .orderBy(asc(letters.id))
    .for("share");
  return rows.filter((l) => !signatoriesFrozen(l.status)).map((l) => l.id);
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
  const openLetters = await lockOpenLetters(
    tx,
    queued.map((q) => q.letterId),
  );
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
