/*
 * A letter's life: draft → collecting → sent → closed, plus one way back (collecting →
 * draft) while nobody has signed. Pure rules with no database or framework, so the
 * actions and the staff page ask the same questions and tests need no server. The
 * answered/overdue states are derived elsewhere (lib/deadlines.ts) and never stored.
 */
import type { DeadlineRule } from "@/lib/domain/deadlines";
import { type LetterTargetLine, sameTargetLines } from "@/lib/domain/letter-targets";

/** A letter's stored statuses, in lifecycle order; db/schema.ts builds its enum from this list. */
export const LETTER_STATUSES = ["draft", "collecting", "sent", "closed"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export type LetterTransition = "open_signing" | "return_to_draft" | "send" | "close";

/** Each transition, from the one status it leaves to the one it reaches. */
export const LETTER_TRANSITIONS: Record<LetterTransition, { from: LetterStatus; to: LetterStatus }> = {
  open_signing: { from: "draft", to: "collecting" },
  return_to_draft: { from: "collecting", to: "draft" },
  send: { from: "collecting", to: "sent" },
  close: { from: "sent", to: "closed" },
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
  today: string;
  deadlineRule: DeadlineRule;
  deadlineDate: string | null;
};

/** Why a transition is refused: an "errors.*" message key and, when it belongs to one, the field. */
export type Refusal = { messageKey: string; field?: string };

const WRONG_STATUS: Record<LetterStatus, string> = {
  draft: "errors.letter.notDraft",
  collecting: "errors.letter.notCollecting",
  sent: "errors.letter.notSent",
  closed: "errors.letter.notSent",
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
  const { from } = LETTER_TRANSITIONS[transition];
  if (facts.status !== from) return { messageKey: WRONG_STATUS[from] };

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
      if (!send) return null;
      if (send.sentOn > send.today) return { messageKey: "errors.letter.sentInFuture", field: "sentOn" };
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
  return TRANSITION_ORDER.filter((t) => LETTER_TRANSITIONS[t].from === status);
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
