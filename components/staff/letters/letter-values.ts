import type { StaffLetter } from "@/db/queries/staff-letters";
import type { LetterFormValues } from "./letter-fields";

/** What the edit form shows of a saved letter: its fields as the form's inputs hold them. */
export function letterFormValues(letter: StaffLetter): LetterFormValues {
  return {
    title: letter.title,
    slug: letter.slug,
    addressee: letter.addressee,
    bodyMarkdown: letter.bodyMarkdown,
    whoCanSign: letter.whoCanSign,
    requiresApproval: letter.requiresApproval,
    signingOpensAt: letter.signingOpensLocal,
    signingClosesAt: letter.signingClosesLocal,
    deadlineRule: letter.deadlineRule,
    deadlineDate: letter.deadlineDate ?? "",
    deadlineDays: letter.deadlineDays === null ? "" : String(letter.deadlineDays),
    retentionMonths: letter.retentionMonths === null ? "" : String(letter.retentionMonths),
    sourceUrl: letter.sourceUrl ?? "",
  };
}
