import { acceptsSignatures, type LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { LetterSigners, SignatureKind } from "@/lib/domain/signatures";

/*
 * Who may sign a letter, and when; what makes a signature look automated. Pure rules:
 * the actions, the route handler and the pages ask the same questions, and tests need
 * no server. Refusals are "errors.*" message keys.
 */

export type SignerKind = SignatureKind;

/** What the rules need to know about a letter. */
export type SigningLetter = {
  status: LetterStatus;
  whoCanSign: LetterSigners;
  signingOpensAt: Date | null;
  signingClosesAt: Date | null;
};

/** How long a confirmation link works. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A person reads a letter and types their name and address in no less than this. */
export const MIN_FILL_MS = 3_000;

/** Why this kind of signatory may not sign the letter now, or null when they may. */
export function signingRefusal(
  letter: SigningLetter,
  kind: SignerKind,
  now: Date = new Date(),
): string | null {
  // A draft is not public: whoever holds its id learns nothing more than for a missing letter.
  if (letter.status === "draft") return "errors.signing.letterNotFound";
  if (!acceptsSignatures(letter.status)) return "errors.signing.letterSent";
  if (letter.signingOpensAt && now < letter.signingOpensAt) return "errors.signing.notYetOpen";
  if (letter.signingClosesAt && now >= letter.signingClosesAt) return "errors.signing.closed";
  if (kind === "organisation" && letter.whoCanSign === "individuals") return "errors.signing.individualsOnly";
  if (kind === "individual" && letter.whoCanSign === "organisations")
    return "errors.signing.organisationsOnly";
  return null;
}

/**
 * A signing step refused for a reason the signatory should read: the message key, the
 * field it concerns and the values the message names. The signing queries throw it, so
 * whatever they wrote in the transaction (a claimed token, a counted hit) rolls back;
 * lib/actions/signing turns it into the action's error.
 */
export class SigningRefused extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly values?: Record<string, string | number | Date>,
  ) {
    super(messageKey);
    this.name = "SigningRefused";
  }
}

/** The letter, when this kind of signatory may sign it now; otherwise refused (a missing letter too). */
export function refuseUnlessOpen<L extends SigningLetter>(letter: L | null, kind: SignerKind, now: Date): L {
  if (!letter) throw new SigningRefused("errors.signing.letterNotFound", "letterId");
  const refusal = signingRefusal(letter, kind, now);
  if (refusal) throw new SigningRefused(refusal, "letterId");
  return letter;
}

/**
 * Whether the list of signatories may still change (withdrawal, confirmation, approval):
 * until the letter is sent, even after the signing window has closed, so that someone
 * who signed in time can still confirm.
 */
export function signatoriesFrozen(status: LetterStatus): boolean {
  return !acceptsSignatures(status);
}

export type BotFlag = "honeypot" | "too_fast" | "no_start_time";

/**
 * A signature from a connection that has sent more than its limit: a shared one, or a
 * program. It waits for staff approval rather than being refused.
 */
export const BUSY_CONNECTION_FLAG = "busy_connection";

/**
 * Signals that a form was filled by a program: the hidden "website" field has a value,
 * or the form came back faster than a person could fill it (or without the time it was
 * shown). They send a signature to the approval queue; they never refuse it.
 */
export function botFlags({
  honeypotFilled,
  startedAt,
  now = new Date(),
  minFillMs = MIN_FILL_MS,
}: {
  honeypotFilled: boolean;
  /** When the form was shown, in ms since the epoch, as the form sent it back. */
  startedAt: number | undefined;
  now?: Date;
  minFillMs?: number;
}): BotFlag[] {
  const flags: BotFlag[] = [];
  if (honeypotFilled) flags.push("honeypot");
  if (startedAt === undefined) flags.push("no_start_time");
  // A start time in the future is as suspicious as one a second ago.
  else if (now.getTime() - startedAt < minFillMs) flags.push("too_fast");
  return flags;
}

/** Whether a confirmed signature counts at once or waits for staff. */
export function needsApproval({
  requiresApproval,
  flags,
}: {
  requiresApproval: boolean;
  flags: readonly string[];
}): boolean {
  return requiresApproval || flags.length > 0;
}

/** What the rules need to know of a letter's texts: its version, its original's language and its current translations'. */
export type SigningTexts = {
  version: number;
  originalLocale: string;
  /** The languages of the translations of its current version. */
  translationLocales: readonly string[];
};

/**
 * The text a signature endorses: the language and version the sign page showed. Without
 * them (a JSON client), the current original. Refused when the text shown is no longer
 * the letter's (a new version, or a translation withdrawn or left behind by one, while
 * the form was open): the signer must read the text they sign.
 */
export function signedText(
  letter: SigningTexts,
  shown: { textLocale?: string; letterVersion?: number },
): { textLocale: string; letterVersion: number } {
  const textLocale = shown.textLocale ?? letter.originalLocale;
  const exists = textLocale === letter.originalLocale || letter.translationLocales.includes(textLocale);
  if (!exists || (shown.letterVersion !== undefined && shown.letterVersion !== letter.version)) {
    throw new SigningRefused("errors.signing.textChanged");
  }
  return { textLocale, letterVersion: letter.version };
}
