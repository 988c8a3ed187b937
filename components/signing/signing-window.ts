import type { getTranslations } from "next-intl/server";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";
import type { Locale } from "@/lib/domain/locales";
import type { LetterSigners } from "@/lib/domain/signatures";
import { type SignerKind, signingRefusal } from "@/lib/domain/signing-rules";

/** What the signing pages need to know about a letter; dates as Date or ISO text. */
export type SigningWindowLetter = {
  status: Exclude<LetterStatus, "draft">;
  whoCanSign: LetterSigners;
  signingOpensAt: Date | string | null;
  signingClosesAt: Date | string | null;
};

/** Whether a letter can be signed now, and if not, why: the refusal the actions would give. */
export type SigningWindow =
  | { state: "open"; closesAt: Date | null }
  | { state: "notYetOpen"; opensAt: Date }
  | { state: "closed"; closedAt: Date }
  | { state: "sent" };

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The letter's signing window as of `now`, asked of the same rule the actions apply. */
export function signingWindow(letter: SigningWindowLetter, now: Date = new Date()): SigningWindow {
  const opensAt = asDate(letter.signingOpensAt);
  const closesAt = asDate(letter.signingClosesAt);
  const kind: SignerKind = letter.whoCanSign === "organisations" ? "organisation" : "individual";
  const refusal = signingRefusal(
    { ...letter, signingOpensAt: opensAt, signingClosesAt: closesAt },
    kind,
    now,
  );
  if (refusal === null) return { state: "open", closesAt };
  if (refusal === "errors.signing.notYetOpen" && opensAt) return { state: "notYetOpen", opensAt };
  if (refusal === "errors.signing.closed" && closesAt) return { state: "closed", closedAt: closesAt };
  return { state: "sent" };
}

/** Who may sign, as the two kinds of signer. */
export function acceptedKinds(whoCanSign: SigningWindowLetter["whoCanSign"]) {
  return {
    organisations: whoCanSign !== "individuals",
    individuals: whoCanSign !== "organisations",
  };
}

/** An instant as the target reads it, in the reader's language: "5 December 2026 at 09:00 GMT+9", "2026년 12월 5일 09:00 GMT+9". */
export function formatWindowInstant(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    // A 24-hour clock in every language, as en-GB writes it.
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}

type CtaTranslator = Awaited<ReturnType<typeof getTranslations<"signing.cta">>>;

/** Why a letter takes no signatures now (not yet open, closed, or sent), in the target's time. */
export function windowClosedText(
  t: CtaTranslator,
  signing: Exclude<SigningWindow, { state: "open" }>,
  timeZone: string,
  locale: Locale,
): string {
  const when = (at: Date) => formatWindowInstant(at, timeZone, locale);
  if (signing.state === "notYetOpen") return t("notYetOpen", { date: when(signing.opensAt) });
  if (signing.state === "closed") return t("closed", { date: when(signing.closedAt) });
  return t("sent");
}
