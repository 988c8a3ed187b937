import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { ErasureRequestEntry } from "@/db/queries/data-subject";
import { DeclineRequestForm } from "./decline-request-form";
import { EraseRequestForm } from "./erase-request-form";

/** The open erasure requests: who asked, when, what erasing will remove, and the button. */
export async function ErasureQueue({ requests }: { requests: readonly ErasureRequestEntry[] }) {
  const t = await getTranslations("privacy.staff");
  if (requests.length === 0)
    return (
      <EmptyState compact status className="mt-8">
        {t("empty")}
      </EmptyState>
    );
  return (
    <>
      <p className="mt-4 font-semibold" role="status">
        {t("count", { count: requests.length })}
      </p>
      <Table
        caption={t("caption")}
        minWidth="min-w-[40rem]"
        className="mt-6"
        columns={[
          { label: t("address") },
          { label: t("requested") },
          { label: t("effect") },
          { label: t("action") },
        ]}
      >
        <TableBody>
          {requests.map((r) => (
            <TableRow key={r.id}>
              <RowHeader>
                <span className="break-all">{r.email}</span>
              </RowHeader>
              <TableCell>{t("requestedAt", { at: r.requestedAt })}</TableCell>
              <TableCell>
                <ul className="flex flex-col gap-1 text-sm">
                  <li>{t("signatures", { count: r.signatures })}</li>
                  {r.onSentLetters > 0 ? (
                    <li className="font-semibold">{t("onSentLetters", { count: r.onSentLetters })}</li>
                  ) : null}
                  {r.organisationSignatures > 0 ? (
                    <li>{t("organisationSignatures", { count: r.organisationSignatures })}</li>
                  ) : null}
                  {r.hasAccount ? <li>{t("account")}</li> : null}
                </ul>
              </TableCell>
              <TableCell>
                <div className="flex flex-col gap-3">
                  <EraseRequestForm requestId={r.id} email={r.email} />
                  <DeclineRequestForm requestId={r.id} email={r.email} />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
