/*
 * A letter's life: draft → collecting → sent → closed, plus one way back (collecting →
 * draft) while nobody has signed, and one way past collecting (draft → sent) for a letter
 * from the record that staff enter as it happened. Pure rules with no database or
 * framework, so the actions and the staff page ask the same questions and tests need no
 * server. The answered/overdue states are derived elsewhere (lib/deadlines.ts) and never
 * stored.
 */
import { type PreciseDate, precisePeriodStart } from "@/lib/domain/dates";
import type { DeadlineRule } from "@/lib/domain/deadlines";
import { type LetterTargetLine, sameTargetLines } from "@/lib/domain/letter-targets";

/** A letter's stored statuses, in lifecycle order; db/schema.ts builds its enum from this list. */
export const LETTER_STATUSES = ["draft", "collecting", "sent", "closed"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export type LetterTransition = "open_signing" | "return_to_draft" | "send" | "close";

/** Each transition, from the statuses it leaves to the one it reaches. */
export const LETTER_TRANSITIONS: Record<
  LetterTransition,
  { from: readonly LetterStatus[]; to: LetterStatus }
> = {
  open_signing: { from: ["draft"], to: "collecting" },
  return_to_draft: { from: ["collecting"], to: "draft" },
  // Straight from draft: a letter from the record was sent without collecting names here.
  send: { from: ["draft", "collecting"], to: "sent" },
  close: { from: ["sent"], to: "closed" },
};

/** The order the staff page offers them in. */
export const TRANSITION_ORDER: readonly LetterTransition[] = [
  "open_signing",
  "send",
  "close",
  "return_to_draft",
];

/** What a transition needs to know about the letter. */
export type LetterFacts = {
  status: LetterStatus;
  title: string;
  addressee: string;
  bodyMarkdown: string;
  /** Pending and confirmed signatures: withdrawn and rejected ones no longer endorse anything. */
  liveSignatures: number;
};

/** What sending needs on top: the date given and today's date in the target's zone. */
export type SendFacts = {
  sentOn: string;
  /** For a letter from the record: the day signing opened, when the source gives it. */
  openedOn?: string | null;
  /** The last day the sending may have been: the day itself, or its month's or year's end. */
  sentBy?: string;
  today: string;
  deadlineRule: DeadlineRule;
  deadlineDate: string | null;
};

/** Why a transition is refused: an "errors.*" message key and, when it belongs to one, the field. */
export type Refusal = { messageKey: string; field?: string };

/** What each transition says to a letter in a status it does not leave. */
const WRONG_STATUS: Record<LetterTransition, string> = {
  open_signing: "errors.letter.notDraft",
  return_to_draft: "errors.letter.notCollecting",
  send: "errors.letter.alreadySent",
  close: "errors.letter.notSent",
};

/**
 * Why `transition` may not happen to a letter with these facts, or null when it may.
 * Sending also needs `send`; without it only the status rules are checked.
 */
export function transitionRefusal(
  transition: LetterTransition,
  facts: LetterFacts,
  send?: SendFacts,
): Refusal | null {
  if (!LETTER_TRANSITIONS[transition].from.includes(facts.status)) {
    return { messageKey: WRONG_STATUS[transition] };
  }

  switch (transition) {
    case "open_signing":
      // Nobody can be asked to sign a letter without a text and someone to send it to.
      if (facts.bodyMarkdown.trim() === "") return { messageKey: "errors.letter.needsText" };
      if (facts.addressee.trim() === "") return { messageKey: "errors.letter.needsAddressee" };
      return null;
    case "return_to_draft":
      // A draft is hidden from the public; signers would see their signature vanish.
      if (facts.liveSignatures > 0) return { messageKey: "errors.letter.hasSignatures" };
      return null;
    case "send":
      // A letter that never collected signatures here still went out with a text, to someone.
      if (facts.bodyMarkdown.trim() === "") return { messageKey: "errors.letter.needsTextToSend" };
      if (facts.addressee.trim() === "") return { messageKey: "errors.letter.needsAddresseeToSend" };
      if (!send) return null;
      if (send.sentOn > send.today) return { messageKey: "errors.letter.sentInFuture", field: "sentOn" };
      if (send.openedOn && send.openedOn > (send.sentBy ?? send.sentOn)) {
        return { messageKey: "errors.letter.openedAfterSent", field: "openedOn" };
      }
      if (send.deadlineRule === "date" && send.deadlineDate !== null && send.deadlineDate < send.sentOn) {
        return { messageKey: "errors.letter.deadlineBeforeSent", field: "sentOn" };
      }
      return null;
    case "close":
      return null;
  }
}

/** The transitions the letter's status allows (a refusal for other reasons is still possible). */
export function transitionsFrom(status: LetterStatus): LetterTransition[] {
  return TRANSITION_ORDER.filter((t) => LETTER_TRANSITIONS[t].from.includes(status));
}

/**
 * The day signing opened, as the record may show it beside the sending: only when it is
 * known to be no later than the sending. The stamp is the day staff opened the letter
 * here; a letter from the record, opened today to enter its signatories and then recorded
 * as sent in 2017, was not opened today, and its real opening is not known. A stamp inside
 * a month- or year-precision sending ("December 2026") may be after it, so it goes too.
 */
export function openingOnRecord(openedOn: string | null, sent: PreciseDate | null): string | null {
  if (openedOn === null || sent === null) return openedOn;
  return openedOn <= precisePeriodStart(sent) ? openedOn : null;
}

/** Whether people may sign or withdraw: only while collecting. The signing code asks the same. */
export function acceptsSignatures(status: LetterStatus): boolean {
  return status === "collecting";
}

/**
 * Whether saving `nextBody` must start a new text version: the text changed and people
 * have endorsed the current one. Otherwise the current version's text is corrected in place.
 */
export function needsNewVersion({
  currentBody,
  nextBody,
  signaturesOnCurrentVersion,
}: {
  currentBody: string;
  nextBody: string;
  signaturesOnCurrentVersion: number;
}): boolean {
  return currentBody !== nextBody && signaturesOnCurrentVersion > 0;
}

/** Whether a letter has gone to its addressee: its text and addressee are then the record. */
export function wasSent(status: LetterStatus): boolean {
  return status === "sent" || status === "closed";
}

/**
 * Why an edit to a letter cannot be saved, from its state alone: once sent, the text, the
 * addressee and the targets (each with its addressee line) are what the addressees
 * received and are kept as they were (corrections go on the record as events); a
 * response deadline given as a date cannot fall before the sending. `next.targets` is
 * absent when the edit leaves the targets alone. Null when the edit may go ahead.
 */
export function sentLetterEditRefusal(
  letter: {
    status: LetterStatus;
    bodyMarkdown: string;
    addressee: string;
    sentOn: string | null;
    targets?: readonly LetterTargetLine[];
  },
  next: {
    bodyMarkdown: string;
    addressee: string;
    deadlineRule: string;
    deadlineDate: string | null;
    targets?: readonly LetterTargetLine[] | null;
  },
): Refusal | null {
  if (!wasSent(letter.status)) return null;
  // Both sides come through the letter schema, which trims the addressee and gives the
  // text LF line breaks, so an untouched form compares equal.
  if (next.bodyMarkdown !== letter.bodyMarkdown) {
    return { messageKey: "errors.letter.textFrozen", field: "bodyMarkdown" };
  }
  if (next.addressee !== letter.addressee) {
    return { messageKey: "errors.letter.addresseeFrozen", field: "addressee" };
  }
  if (next.targets && letter.targets && !sameTargetLines(letter.targets, next.targets)) {
    return { messageKey: "errors.letter.targetsFrozen", field: "targets" };
  }
  if (next.deadlineRule === "date" && next.deadlineDate !== null && letter.sentOn !== null) {
    if (next.deadlineDate < letter.sentOn) {
      return { messageKey: "errors.letter.deadlineBeforeSending", field: "deadlineDate" };
    }
  }
  return null;
}
