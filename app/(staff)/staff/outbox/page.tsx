import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffPage } from "@/components/staff/staff-page";
import { Alert } from "@/components/ui/alert";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { getDb } from "@/db";
import { listOutbox } from "@/db/queries/outbox";
import { requirePermission } from "@/lib/auth/session";
import { mailMaxAttempts } from "@/lib/mail/retry-policy";
import { smtpUrl } from "@/lib/mail/transport";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signing.outbox");
  return { title: t("title") };
}

const TONES: Record<"pending" | "sent" | "failed", StatusTone> = {
  pending: "neutral",
  sent: "success",
  failed: "danger",
};

/** Every e-mail the site wrote: without a mail server, this is where the messages are read. */
export default async function StaffOutboxPage() {
  await requirePermission("outbox.read", "/staff/outbox");
  const [t, { entries, total }] = await Promise.all([getTranslations("signing.outbox"), listOutbox(getDb())]);

  return (
    <StaffPage>
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t("intro")}</p>
      <Alert tone="info" className="mt-6 max-w-3xl">
        {smtpUrl() ? t("smtp", { max: mailMaxAttempts() }) : t("noSmtp")}
      </Alert>
      {/* With nothing written, the empty box below says so once. */}
      {total > 0 ? (
        <p className="mt-4 font-semibold">
          {t("count", { total })}
          {entries.length < total ? ` ${t("showing", { shown: entries.length, total })}` : null}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line-strong px-4 py-3 text-ink-muted">
          {t("empty")}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-line bg-paper-deep text-sm text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-3 font-semibold">
                  {t("subject")}
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  {t("to")}
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-3 font-semibold">
                  {t("created")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {entries.map((mail) => (
                <tr key={mail.id} className="align-top">
                  <th scope="row" className="px-3 py-4 text-left font-normal">
                    <span className="block font-semibold break-words">{mail.subject}</span>
                    <span className="block text-sm text-ink-muted">{mail.kind}</span>
                    <details className="mt-2">
                      <summary className="cursor-pointer text-accent">{t("body")}</summary>
                      <pre className="mt-2 max-w-prose overflow-x-auto rounded-md bg-paper-deep p-3 text-sm whitespace-pre-wrap break-words">
                        {mail.text}
                      </pre>
                    </details>
                  </th>
                  <td className="px-3 py-4 break-all">{mail.to}</td>
                  <td className="px-3 py-4">
                    <StatusBadge tone={TONES[mail.status]}>{t(`statuses.${mail.status}`)}</StatusBadge>
                    {mail.status === "failed" ? (
                      <span className="mt-1 block text-sm text-ink-muted">
                        {t("gaveUp", { count: mail.attempts })}
                      </span>
                    ) : mail.attempts > 0 ? (
                      <span className="mt-1 block text-sm text-ink-muted">
                        {t("attempts", { count: mail.attempts })}
                      </span>
                    ) : null}
                    {mail.status === "pending" && mail.attempts > 0 && mail.nextAttemptAt ? (
                      <span className="mt-1 block text-sm text-ink-muted">
                        {t("nextAttempt", { at: mail.nextAttemptAt })}
                      </span>
                    ) : null}
                    {mail.sentAt ? (
                      <span className="mt-1 block text-sm text-ink-muted">
                        {t("sentAt", { at: mail.sentAt })}
                      </span>
                    ) : null}
                    {mail.lastError ? (
                      <span className="mt-1 block text-sm break-words text-danger">
                        {t("lastError", { error: mail.lastError })}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-4 whitespace-nowrap">
                    <time dateTime={mail.createdAt.toISOString()}>
                      {mail.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffPage>
  );
}
