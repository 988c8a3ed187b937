import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";
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
      <p
        role="status"
        className="mt-8 rounded-lg border border-dashed border-line-strong px-4 py-3 text-ink-muted"
      >
        {filtered ? t("empty") : t("emptyAll")}
      </p>
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
    <div className="mt-4 overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[18rem] border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
              {t("when")}
            </th>
            <th scope="col" className="hidden px-3 py-3 font-semibold sm:table-cell sm:px-4">
              {t("who")}
            </th>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
              {t("action")}
            </th>
            <th scope="col" className="hidden px-3 py-3 font-semibold sm:table-cell sm:px-4">
              {t("entity")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const hasChanges = entry.before !== null || entry.after !== null;
            return (
              <Fragment key={entry.id}>
                <tr className="border-t border-line align-top">
                  <th scope="row" className="px-3 pt-3 pb-1 text-left font-normal sm:px-4">
                    <time dateTime={entry.at} className="block font-semibold sm:whitespace-nowrap">
                      {format.dateTime(new Date(entry.at), {
                        dateStyle: "medium",
                        timeStyle: "medium",
                        timeZone: "UTC",
                      })}
                    </time>
                    <span className="mt-1 block text-sm sm:hidden">{who(entry)}</span>
                  </th>
                  <td className="hidden px-3 pt-3 pb-1 sm:table-cell sm:px-4">{who(entry)}</td>
                  <td className="px-3 pt-3 pb-1 sm:px-4">
                    <code className="font-mono text-sm font-semibold break-all">{entry.action}</code>
                    <span className="mt-1 block text-sm sm:hidden">{entity(entry)}</span>
                  </td>
                  <td className="hidden px-3 pt-3 pb-1 text-sm sm:table-cell sm:px-4">{entity(entry)}</td>
                </tr>
                <tr>
                  <td colSpan={4} className="px-3 pb-3 sm:px-4">
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
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
