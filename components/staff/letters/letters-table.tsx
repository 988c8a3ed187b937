import { getTranslations } from "next-intl/server";
import { LetterState } from "@/components/letter/letter-state";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { StaffLetterListItem } from "@/db/queries/staff-letters";
import { LetterStatusBadge } from "./letter-status-badge";

/** Every letter with where it stands; titles open the letter's staff page. */
export async function LettersTable({ letters }: { letters: StaffLetterListItem[] }) {
  const t = await getTranslations("staffLetters");
  return (
    <Table
      caption={t("list.caption")}
      columns={[
        { label: t("list.letter") },
        { label: t("list.status"), showFrom: "md" },
        { label: t("list.state"), showFrom: "lg" },
        { label: t("list.signatures"), showFrom: "sm", className: "text-right" },
      ]}
    >
      <TableBody>
        {letters.map((letter) => (
          <TableRow key={letter.id}>
            <RowHeader>
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
                  <LetterState clock={letter.clock} targets={letter.targetCounts ?? undefined} />
                </span>
              ) : null}
            </RowHeader>
            <TableCell showFrom="md">
              <LetterStatusBadge status={letter.status} />
            </TableCell>
            <TableCell showFrom="lg">
              {letter.clock && letter.clock.state !== "collecting" ? (
                <LetterState clock={letter.clock} targets={letter.targetCounts ?? undefined} />
              ) : (
                <span className="text-ink-muted">
                  {letter.status === "draft"
                    ? t("list.notPublic")
                    : letter.clock
                      ? t("list.collecting")
                      : t("list.privateCampaign")}
                </span>
              )}
            </TableCell>
            <TableCell showFrom="sm" className="text-right tabular-nums">
              <span className="block font-semibold">
                {t("list.confirmed", { count: letter.confirmedSignatures })}
              </span>
              {letter.pendingSignatures > 0 ? (
                <span className="block text-sm text-warning">
                  {t("list.pending", { count: letter.pendingSignatures })}
                </span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
