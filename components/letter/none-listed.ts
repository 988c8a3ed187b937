import type { LetterSummary } from "@/db/queries/letter-summaries";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";

/**
 * Why a letter lists no one of a kind, for "letterPage.signatories.none.*": everyone of
 * that kind asked not to be named; the letter is sent and none signed; or none yet.
 */
export function noneListedReason(
  letter: Pick<LetterSummary, "status" | "tally">,
  kind: "organisations" | "individuals",
): "withheld" | "final" | "yet" {
  if (letter.tally.withheldByKind[kind] > 0) return "withheld";
  return signatoriesFrozen(letter.status) ? "final" : "yet";
}
