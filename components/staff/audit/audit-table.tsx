import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { AuditEntryDto } from "@/db/queries/audit-log";
import { auditHref } from "./audit-query";

function pretty(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value, null, 2);
}

/** Audit entries, newest first: when, who, what, on which record, and before and after in a disclosure. */
export async function AuditTable({ entries, filtered }: { entries: AuditEntryDto[]; filtered: boolean }) {
  const [t, format] = await Promise.all([getTranslations("staffAudit.table"), getFormatter()]);
  if (entries.length === 0) {
    return (
      <EmptyState compact status className="mt-8">
        {filtered ? t("empty") : t("emptyAll")}
      </EmptyState>
    );
  }

  const who = (entry: AuditEntryDto) =>
    entry.actorEmail ? (
      <>
        <span className="block break-all">{entry.actorEmail}</span>
        {entry.actorName ? <span className="block text-sm text-ink-muted">{entry.actorName}</span> : null}
      </>
    ) : (
      <span className="text-ink-muted">{t("noActor")}</span>
    );
  const entity = (entry: AuditEntryDto) => (
    <>
      <span className="block">{entry.entityType}</span>
      {entry.entityId ? (
        <Link
          href={auditHref({ entityType: entry.entityType, entityId: entry.entityId })}
          className="block font-mono text-xs break-all"
          aria-label={t("historyOf", { type: entry.entityType, id: entry.entityId })}
        >
          {entry.entityId}
        </Link>
      ) : null}
    </>
  );

  return (
    <Table
      caption={t("caption")}
      className="mt-4"
      columns={[
        { label: t("when") },
        { label: t("who"), showFrom: "sm" },
        { label: t("action") },
        { label: t("entity"), showFrom: "sm" },
      ]}
    >
      <TableBody ruled={false}>
        {entries.map((entry) => {
          const hasChanges = entry.before !== null || entry.after !== null;
          return (
            <Fragment key={entry.id}>
              <TableRow className="border-t border-line">
                <RowHeader className="pt-3 pb-1">
                  <time dateTime={entry.at} className="block font-semibold sm:whitespace-nowrap">
                    {format.dateTime(new Date(entry.at), {
                      dateStyle: "medium",
                      timeStyle: "medium",
                      timeZone: "UTC",
                    })}
                  </time>
                  <span className="mt-1 block text-sm sm:hidden">{who(entry)}</span>
                </RowHeader>
                <TableCell showFrom="sm" className="pt-3 pb-1">
                  {who(entry)}
                </TableCell>
                <TableCell className="pt-3 pb-1">
                  <code className="font-mono text-sm font-semibold break-all">{entry.action}</code>
                  <span className="mt-1 block text-sm sm:hidden">{entity(entry)}</span>
                </TableCell>
                <TableCell showFrom="sm" className="pt-3 pb-1 text-sm">
                  {entity(entry)}
                </TableCell>
              </TableRow>
              <tr>
                <TableCell colSpan={4} className="pt-0 pb-3">
                  <details className="group">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent">
                      {hasChanges ? t("changes") : t("details")}
                      <span className="sr-only">
                        {" "}
                        {t("ofEntry", { action: entry.action, when: entry.at })}
                      </span>
                    </summary>
                    <div className="grid gap-3 md:grid-cols-2">
                      {(["before", "after"] as const).map((side) => (
                        <div key={side} className="min-w-0">
                          <p className="text-sm font-semibold text-ink-muted">{t(side)}</p>
                          {entry[side] === null || entry[side] === undefined ? (
                            <p className="text-sm text-ink-muted">{t("nothing")}</p>
                          ) : (
                            <pre className="mt-1 max-h-80 overflow-auto rounded-md border border-line bg-paper-deep p-3 text-xs">
                              {pretty(entry[side])}
                            </pre>
                          )}
                        </div>
                      ))}
                    </div>
                    {entry.ip ? (
                      <p className="mt-2 text-xs text-ink-muted">{t("ip", { ip: entry.ip })}</p>
                    ) : null}
                  </details>
                </TableCell>
              </tr>
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
