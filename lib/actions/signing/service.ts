import "server-only";
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/db";
import {
  findLiveIndividualSignature,
  insertConfirmationToken,
  insertIndividualSignature,
  lockLetterCountingHits,
} from "@/db/queries/signing-writes";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { normaliseEmail } from "@/lib/domain/email";
import type { SigningLimits } from "@/lib/domain/rate-limit-config";
import { botFlags, CONFIRMATION_TTL_MS, refuseUnlessOpen, SigningRefused } from "@/lib/domain/signing-rules";
import { createToken } from "@/lib/domain/tokens";
import { confirmPath } from "@/lib/domain/urls";
import { deliverAfterResponse, enqueueMail, type QueuedMail } from "@/lib/mail";
import { alreadySignedMail, confirmationMail } from "@/lib/mail/signing-mail";
import type { IndividualSignatureInput } from "@/lib/validations/signing";

/*
 * Signing as an individual around its queries: the rate limits, the confirmation token
 * and its e-mail, and what the signer learns. Also the one place where a signing
 * refusal (SigningRefused, thrown by the queries and the rules) becomes the action's
 * ActionError.
 */

/** Runs signing work, turning its refusals into the action's error (with their message keys and values). */
export async function refusalsAsActionErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SigningRefused) throw new ActionError(error.messageKey, error.field, error.values);
    throw error;
  }
}

// ── Rate limits ──────────────────────────────────────────────────────────────

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

// ── Signing ──────────────────────────────────────────────────────────────────

/** A fresh single-use link: the token goes in the e-mail, its hash in the database. */
function newConfirmationLink({ siteUrl, now }: { siteUrl: string; now: Date }) {
  const { token, hash } = createToken();
  return {
    link: `${siteUrl}${confirmPath(token)}`,
    stored: { hash, expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS) },
  };
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
 * Round trips in the common case: the letter's lock with the limits counted, then the
 * signature with its token and e-mail. Refusals are thrown as SigningRefused.
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
  const locked = await lockLetterCountingHits(tx, { letterId: input.letterId, hits: checks, now });
  const letter = refuseUnlessOpen(locked.letter, "individual", now);
  const over = checks.find((check, i) => locked.counts[i]! > check.limit);
  // Thrown, so the hits just counted roll back: refusals do not pile up.
  if (over) throw new SigningRefused(over.message, over.field);

  const { link, stored } = newConfirmationLink({ siteUrl, now });
  const mail = confirmationMail({
    name: input.name,
    letterTitle: letter.title,
    link,
    expiresAt: stored.expiresAt,
  });
  const outboxId = await insertIndividualSignature(tx, {
    signature: {
      letterId: letter.id,
      letterVersion: letter.version,
      displayName: input.name,
      titleAffiliation: input.titleAffiliation ?? null,
      country: input.country ?? null,
      email: input.email,
      emailNormalised,
      visibility: input.visibility,
      flags: botFlags({ honeypotFilled: input.website, startedAt: input.startedAt, now }),
    },
    token: stored,
    mail: { ...mail, to: input.email },
    now,
  });
  if (outboxId) {
    const queued = { ...mail, id: outboxId, to: input.email, kind: "signature_confirmation", attempts: 0 };
    return { status: "check_email", mail: [queued] };
  }

  const existing = await findLiveIndividualSignature(tx, { letterId: letter.id, emailNormalised });
  if (!existing) return { status: "check_email", mail: [] };
  // Mail goes to the address that signed first: the link confirms that signature.
  const to = existing.email ?? input.email;
  if (existing.status === "pending" && existing.confirmedAt === null) {
    const resend = newConfirmationLink({ siteUrl, now });
    await insertConfirmationToken(tx, { signatureId: existing.id, token: resend.stored });
    const again = confirmationMail({
      name: existing.displayName,
      letterTitle: letter.title,
      link: resend.link,
      expiresAt: resend.stored.expiresAt,
    });
    const queued = await enqueueMail(tx, { ...again, to, kind: "signature_confirmation" });
    return { status: "check_email", mail: queued ? [queued] : [] };
  }
  const note = alreadySignedMail({
    letterTitle: letter.title,
    awaitingApproval: existing.status === "pending",
  });
  const queued = await enqueueMail(tx, { ...note, to, kind: "signature_already_signed" });
  return { status: "check_email", mail: queued ? [queued] : [] };
}

/** What a browser or API client learns from signing: never who has signed already. */
export type IndividualSignOutcome = { status: "check_email" };

/** After a committed individual signing: deliver its e-mail, and drop what the client must not see. */
export async function finishIndividualSignature(
  result: ActionResult<IndividualSignResult>,
  { db }: { db?: Db } = {},
): Promise<ActionResult<IndividualSignOutcome>> {
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail, { db });
  return { ok: true, data: { status: "check_email" } };
}
