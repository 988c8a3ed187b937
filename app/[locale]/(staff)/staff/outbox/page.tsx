import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { RowHeader, Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { listOutbox } from "@/db/queries/outbox";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import type { EmailStatus } from "@/lib/domain/email";
import { mailMaxAttempts } from "@/lib/mail/retry-policy";
import { smtpUrl } from "@/lib/mail/transport";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("signing.outbox");
  return { title: t("title") };
}

const TONES: Record<EmailStatus, StatusTone> = {
  pending: "neutral",
  sent: "success",
  failed: "danger",
};

/** A line under a message's status. */
function Note({ children }: { children: ReactNode }) {
  return <span className="mt-1 block text-sm text-ink-muted">{children}</span>;
}

/** Every e-mail the site wrote, its single-use links masked: they work only in the e-mail itself. */
export default async function StaffOutboxPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("outbox.read", "/staff/outbox");
  const [t, { entries, total }] = await Promise.all([getTranslations("signing.outbox"), run(listOutbox)]);

  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      <Alert tone="info" className="mt-6 max-w-3xl">
        <p>{smtpUrl() ? t("smtp", { max: mailMaxAttempts() }) : t("noSmtp")}</p>
        <p className="mt-2">{t("linksHidden")}</p>
      </Alert>
      {/* With nothing written, the empty box below says so once. */}
      {total > 0 ? (
        <p className="mt-4 font-semibold">
          {t("count", { total })}
          {entries.length < total ? ` ${t("showing", { shown: entries.length, total })}` : null}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <EmptyState compact className="mt-8">
          {t("empty")}
        </EmptyState>
      ) : (
        <Table
          caption={t("caption")}
          minWidth="min-w-[44rem]"
          className="mt-6"
          columns={[
            { label: t("subject") },
            { label: t("to") },
            { label: t("status") },
            { label: t("created") },
          ]}
        >
          <TableBody>
            {entries.map((mail) => (
              <TableRow key={mail.id}>
                <RowHeader>
                  <span className="block font-semibold break-words">{mail.subject}</span>
                  <span className="block text-sm text-ink-muted">{mail.kind}</span>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-accent">{t("body")}</summary>
                    <pre className="mt-2 max-w-prose overflow-x-auto rounded-md bg-paper-deep p-3 text-sm whitespace-pre-wrap break-words">
                      {mail.text}
                    </pre>
                  </details>
                </RowHeader>
                <TableCell className="break-all">{mail.to}</TableCell>
                <TableCell>
                  <StatusBadge tone={TONES[mail.status]}>{t(`statuses.${mail.status}`)}</StatusBadge>
                  {mail.status === "failed" ? (
                    <Note>{t("gaveUp", { count: mail.attempts })}</Note>
                  ) : mail.attempts > 0 ? (
                    <Note>{t("attempts", { count: mail.attempts })}</Note>
                  ) : null}
                  {mail.status === "pending" && mail.attempts > 0 && mail.nextAttemptAt ? (
                    <Note>{t("nextAttempt", { at: mail.nextAttemptAt })}</Note>
                  ) : null}
                  {mail.sentAt ? <Note>{t("sentAt", { at: mail.sentAt })}</Note> : null}
                  {mail.lastError ? (
                    <span className="mt-1 block text-sm break-words text-danger">
                      {t("lastError", { error: mail.lastError })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <time dateTime={mail.createdAt.toISOString()}>
                    {mail.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </StaffPage>
  );
}
