import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/db";
import {
  findLiveIndividualSignature,
  insertConfirmationToken,
  insertIndividualSignatures,
  type LetterForSigning,
  lockLettersReadingCounts,
  type NewIndividualSignature,
  replacePendingIndividualDetails,
} from "@/db/queries/signing-writes";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { normaliseEmail } from "@/lib/domain/email";
import { type Locale, localePath } from "@/lib/domain/locales";
import { retentionMonthsOf, siteRetentionMonths } from "@/lib/domain/personal-data";
import { SHARED_CONNECTION_CEILING, type SigningLimits } from "@/lib/domain/rate-limit-config";
import {
  BUSY_CONNECTION_FLAG,
  botFlags,
  CONFIRMATION_TTL_MS,
  refuseUnlessOpen,
  SigningRefused,
  signedText,
} from "@/lib/domain/signing-rules";
import { createToken } from "@/lib/domain/tokens";
import { confirmPath } from "@/lib/domain/urls";
import { deliverAfterResponse, enqueueMail, type QueuedMail } from "@/lib/mail";
import { withDataFooter } from "@/lib/mail/mail-text";
import { alreadySignedMail, confirmationMail } from "@/lib/mail/signing-mail";
import { pseudonym } from "@/lib/server/secrets";
import type { IndividualSignatureInput } from "@/lib/validations/signing";

/*
 * Signing as an individual around its queries: the rate limits, the confirmation token
 * and its e-mail, and what the signer learns. Also the one place where a signing
 * refusal (SigningRefused, thrown by the queries and the rules) becomes the action's
 * ActionError.
 */

/** A signing refusal as the action's error, with its message key and values. */
export function refusalAsActionError(refusal: SigningRefused): ActionError {
  return new ActionError(refusal.messageKey, refusal.field, refusal.values);
}

/** Runs signing work, turning its refusals into the action's error. */
export async function refusalsAsActionErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SigningRefused) throw refusalAsActionError(error);
    throw error;
  }
}

// ── Rate limits ──────────────────────────────────────────────────────────────

type LimitCheck = {
  limit: number;
  key: string;
  windowSeconds: number;
  message: string;
  field?: string;
  /**
   * A per-address limit: beyond it a signature waits for approval, and only past
   * SHARED_CONNECTION_CEILING times it is refused. Without it, the limit refuses.
   */
  shared?: boolean;
};

/** Minutes until the fixed window of a check that refused ends: when to try again. */
function minutesUntilReset(check: LimitCheck, now: Date): number {
  const ms = check.windowSeconds * 1000;
  const resetsAt = Math.floor(now.getTime() / ms) * ms + ms;
  return Math.max(1, Math.ceil((resetsAt - now.getTime()) / 60_000));
}

/**
 * The signing limits that apply to this signer, always in the same order. Keys hold
 * keyed hashes of the IP and e-mail addresses (pseudonym), never the addresses: the
 * counters table is not a list of who signed from where.
 */
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
      key: `sign:ip-letter:${pseudonym(ip)}:${letterId}`,
      windowSeconds: 60,
      message: "errors.signing.rateLimited",
      shared: true,
    },
    {
      limit: limits.perIpPer5Minutes,
      key: `sign:ip:${pseudonym(ip)}`,
      windowSeconds: 300,
      message: "errors.signing.rateLimited",
      shared: true,
    },
    {
      limit: limits.perEmailPerHour,
      key: `sign:email:${pseudonym(emailNormalised)}`,
      windowSeconds: 3600,
      message: "errors.signing.emailRateLimited",
      field: "email",
    },
  ];
  return checks.filter((check) => check.limit > 0);
}

// ── Signing ──────────────────────────────────────────────────────────────────

/** A fresh single-use link, to the page in the signer's language: the token goes in the e-mail, its hash in the database. */
function newConfirmationLink({ siteUrl, now, locale }: { siteUrl: string; now: Date; locale: Locale }) {
  const { token, hash } = createToken();
  return {
    link: `${siteUrl}${localePath(locale, confirmPath(token))}`,
    stored: { hash, expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS) },
  };
}

/** What the person who filled the form learns: always the same, whoever they are. */
export type IndividualSignResult = {
  status: "check_email";
  /** Outbox messages to deliver after commit; never sent to the browser. */
  mail: QueuedMail[];
};

/** One individual's signing, as the action has it once its input is valid. */
export type IndividualSigning = { input: IndividualSignatureInput; ip: string };

/**
 * Records individuals' signatures, each pending until its e-mail link is confirmed,
 * with a hashed single-use token and the confirmation e-mail, in the caller's
 * transaction. The signings are taken in order, each as if it ran alone after the ones
 * before it: the letter's rules, then the rate limits, counting the hits of the
 * signings before it that were let through; a refusal (a SigningRefused in its place in
 * the answer) counts no hit and writes nothing. If the address (normalised) already has
 * a live signature on the letter, nothing is added and the answer is the same "check
 * your inbox": the mailbox gets a fresh link (not confirmed yet) or a note that it has
 * already signed. Only its owner learns which.
 * Round trips, however many signings: the letters' locks with the limits' counters,
 * then the signatures with their tokens, e-mails and hits; and a few more for each
 * address that had signed already.
 */
export async function signAsIndividuals(
  tx: Tx,
  signings: readonly IndividualSigning[],
  { limits, siteUrl, now = new Date() }: { limits: SigningLimits; siteUrl: string; now?: Date },
): Promise<Array<IndividualSignResult | SigningRefused>> {
  const prepared = signings.map(({ input, ip }) => {
    const emailNormalised = normaliseEmail(input.email);
    return {
      input,
      emailNormalised,
      checks: signingLimitChecks({ ip, letterId: input.letterId, emailNormalised, limits }),
    };
  });
  const keys = new Map(prepared.flatMap((p) => p.checks).map((check) => [check.key, check]));
  const locked = await lockLettersReadingCounts(tx, {
    letterIds: [...new Set(signings.map((s) => s.input.letterId))],
    hits: [...keys.values()],
    now,
  });
  const counts = locked.counts;
  const hits = new Map<string, number>();

  const outcomes: Array<IndividualSignResult | SigningRefused> = [];
  const rows: NewIndividualSignature[] = [];
  /** The signings let through, with the row each would write. */
  const through: Array<{ index: number; row: NewIndividualSignature; letter: LetterForSigning }> = [];
  const writing = new Set<string>();
  for (const [index, { input, emailNormalised, checks }] of prepared.entries()) {
    let letter: LetterForSigning;
    let text: ReturnType<typeof signedText>;
    try {
      letter = refuseUnlessOpen(locked.letters.get(input.letterId) ?? null, "individual", now);
      text = signedText(letter, input);
    } catch (error) {
      if (!(error instanceof SigningRefused)) throw error;
      outcomes[index] = error;
      continue;
    }
    const count = (check: LimitCheck) => (counts.get(check.key) ?? 0) + 1;
    const refusedBy = checks.find(
      (check) => count(check) > (check.shared ? check.limit * SHARED_CONNECTION_CEILING : check.limit),
    );
    if (refusedBy) {
      outcomes[index] = new SigningRefused(refusedBy.message, refusedBy.field, {
        minutes: minutesUntilReset(refusedBy, now),
      });
      continue;
    }
    // A busy connection (often a shared one) is not refused: its signatures wait for approval.
    const busy = checks.some((check) => check.shared && count(check) > check.limit);
    for (const check of checks) {
      counts.set(check.key, (counts.get(check.key) ?? 0) + 1);
      hits.set(check.key, (hits.get(check.key) ?? 0) + 1);
    }
    const { link, stored } = newConfirmationLink({ siteUrl, now, locale: input.locale });
    const mail = confirmationMail({
      name: input.name,
      letterTitle: letter.title,
      link,
      expiresAt: stored.expiresAt,
      siteUrl,
      retentionMonths: retentionMonthsOf(letter.retentionMonths, siteRetentionMonths()),
      locale: input.locale,
    });
    const row: NewIndividualSignature = {
      signature: {
        id: randomUUID(),
        letterId: letter.id,
        ...text,
        displayName: input.name,
        titleAffiliation: input.titleAffiliation ?? null,
        country: input.country ?? null,
        email: input.email,
        emailNormalised,
        visibility: input.visibility,
        locale: input.locale,
        flags: [
          ...botFlags({ honeypotFilled: input.website, startedAt: input.startedAt, now }),
          ...(busy ? [BUSY_CONNECTION_FLAG] : []),
        ],
      },
      token: stored,
      mail: withDataFooter(
        { ...mail, id: randomUUID(), to: input.email },
        { siteUrl, now, locale: input.locale },
      ),
    };
    through.push({ index, row, letter });
    // The same address twice in one batch: the second finds the first's signature below.
    const live = `${letter.id} ${emailNormalised}`;
    if (!writing.has(live)) {
      writing.add(live);
      rows.push(row);
    }
  }

  const written = await insertIndividualSignatures(tx, {
    rows,
    hits: [...keys.values()].map((check) => ({ ...check, count: hits.get(check.key) ?? 0 })),
    now,
  });
  for (const { index, row, letter } of through) {
    const { signature, mail } = row;
    if (written.has(signature.id)) {
      const queued = { ...mail, kind: "signature_confirmation", attempts: 0 };
      outcomes[index] = { status: "check_email", mail: [queued] };
    } else {
      const { input, emailNormalised } = prepared[index]!;
      outcomes[index] = await answerSignedAlready(tx, {
        email: input.email,
        emailNormalised,
        signing: signature,
        letter,
        siteUrl,
        now,
      });
    }
  }
  return outcomes;
}

/**
 * The answer to someone whose address has a live signature on the letter already. If
 * that signature still waits for its e-mail link, it takes this signing's details (the
 * latest signing says who is asked to confirm) and the address that signed first gets a
 * fresh link; otherwise that address gets a note that it has signed.
 */
async function answerSignedAlready(
  tx: Tx,
  {
    email,
    emailNormalised,
    signing,
    letter,
    siteUrl,
    now,
  }: {
    email: string;
    emailNormalised: string;
    /** The signature this signing would have written. */
    signing: NewIndividualSignature["signature"];
    letter: LetterForSigning;
    siteUrl: string;
    now: Date;
  },
): Promise<IndividualSignResult> {
  const existing = await findLiveIndividualSignature(tx, { letterId: letter.id, emailNormalised });
  if (!existing) return { status: "check_email", mail: [] };
  // Mail goes to the address that signed first: the link confirms that signature.
  const to = existing.email ?? email;
  if (existing.status === "pending" && existing.confirmedAt === null) {
    await replacePendingIndividualDetails(tx, {
      signatureId: existing.id,
      details: {
        displayName: signing.displayName,
        titleAffiliation: signing.titleAffiliation ?? null,
        country: signing.country ?? null,
        visibility: signing.visibility ?? "name_withheld",
      },
      text: {
        textLocale: signing.textLocale ?? letter.originalLocale,
        letterVersion: signing.letterVersion!,
      },
      flags: signing.flags ?? [],
      locale: signing.locale,
      now,
    });
    const resend = newConfirmationLink({ siteUrl, now, locale: signing.locale });
    await insertConfirmationToken(tx, { signatureId: existing.id, token: resend.stored });
    const again = confirmationMail({
      name: signing.displayName,
      letterTitle: letter.title,
      link: resend.link,
      expiresAt: resend.stored.expiresAt,
      siteUrl,
      retentionMonths: retentionMonthsOf(letter.retentionMonths, siteRetentionMonths()),
      locale: signing.locale,
    });
    const queued = await enqueueMail(tx, {
      ...again,
      locale: signing.locale,
      to,
      kind: "signature_confirmation",
      signatureId: existing.id,
    });
    return { status: "check_email", mail: queued ? [queued] : [] };
  }
  const note = alreadySignedMail({
    letterTitle: letter.title,
    awaitingApproval: existing.status === "pending",
    siteUrl,
    // The note answers this signing: in the language it was made in.
    locale: signing.locale,
  });
  const queued = await enqueueMail(tx, {
    ...note,
    locale: signing.locale,
    to,
    kind: "signature_already_signed",
    signatureId: existing.id,
  });
  return { status: "check_email", mail: queued ? [queued] : [] };
}

/** signAsIndividuals for one signing: its refusal is thrown. */
export async function signAsIndividual(
  tx: Tx,
  { input, ip, ...options }: IndividualSigning & { limits: SigningLimits; siteUrl: string; now?: Date },
): Promise<IndividualSignResult> {
  const [outcome] = await signAsIndividuals(tx, [{ input, ip }], options);
  if (outcome instanceof SigningRefused) throw outcome;
  return outcome!;
}

/** What a browser or API client learns from signing: never who has signed already. */
export type IndividualSignOutcome = { status: "check_email" };

/** After a committed individual signing: deliver its e-mail, and drop what the client must not see. */
export async function finishIndividualSignature(
  result: ActionResult<IndividualSignResult>,
  { db }: { db?: Db } = {},
): Promise<ActionResult<IndividualSignOutcome>> {
  // Say plainly that the signature was not saved, so the signer tries again.
  if (!result.ok && result.error === "errors.databaseUnavailable")
    return { ...result, error: "errors.signing.databaseUnavailable" };
  if (!result.ok) return result;
  await deliverAfterResponse(result.data.mail, { db });
  return { ok: true, data: { status: "check_email" } };
}
