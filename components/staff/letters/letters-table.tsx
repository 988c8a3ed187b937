import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LetterState } from "@/components/letter/letter-state";
import type { StaffLetterListItem } from "@/db/queries/staff-letters";
import { LetterStatusBadge } from "./letter-status-badge";

/** Every letter with where it stands; titles open the letter's staff page. */
export async function LettersTable({ letters }: { letters: StaffLetterListItem[] }) {
  const t = await getTranslations("staffLetters");
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[18rem] border-collapse text-left">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
              {t("list.letter")}
            </th>
            <th scope="col" className="hidden px-3 py-3 font-semibold sm:px-4 md:table-cell">
              {t("list.status")}
            </th>
            <th scope="col" className="hidden px-3 py-3 font-semibold sm:px-4 lg:table-cell">
              {t("list.state")}
            </th>
            <th scope="col" className="hidden px-3 py-3 text-right font-semibold sm:table-cell sm:px-4">
              {t("list.signatures")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {letters.map((letter) => (
            <tr key={letter.id} className="align-top">
              <th scope="row" className="px-3 py-4 text-left font-normal sm:px-4">
                <Link href={`/staff/letters/${letter.id}`} className="font-semibold break-words">
                  {letter.title}
                </Link>
                <span className="mt-1 block text-sm break-words text-ink-muted">{letter.campaignTitle}</span>
                <span className="mt-1 block text-sm tabular-nums sm:hidden">
                  {t("list.signatureCount", { count: letter.confirmedSignatures })}
                  {letter.pendingSignatures > 0 ? (
                    <>
                      {" · "}
                      <span className="text-warning">
                        {t("list.pending", { count: letter.pendingSignatures })}
                      </span>
                    </>
                  ) : null}
                </span>
                <span className="mt-2 flex flex-wrap gap-2 md:hidden">
                  <LetterStatusBadge status={letter.status} />
                </span>
                {letter.clock && letter.clock.state !== "collecting" ? (
                  <span className="mt-2 flex flex-wrap gap-2 lg:hidden">
                    <LetterState clock={letter.clock} />
                  </span>
                ) : null}
              </th>
              <td className="hidden px-3 py-4 sm:px-4 md:table-cell">
                <LetterStatusBadge status={letter.status} />
              </td>
              <td className="hidden px-3 py-4 sm:px-4 lg:table-cell">
                {letter.clock && letter.clock.state !== "collecting" ? (
                  <LetterState clock={letter.clock} />
                ) : (
                  <span className="text-ink-muted">
                    {letter.status === "draft"
                      ? t("list.notPublic")
                      : letter.clock
                        ? t("list.collecting")
                        : t("list.privateCampaign")}
                  </span>
                )}
              </td>
              <td className="hidden px-3 py-4 text-right tabular-nums sm:table-cell sm:px-4">
                <span className="block font-semibold">
                  {t("list.confirmed", { count: letter.confirmedSignatures })}
                </span>
                {letter.pendingSignatures > 0 ? (
                  <span className="block text-sm text-warning">
                    {t("list.pending", { count: letter.pendingSignatures })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
