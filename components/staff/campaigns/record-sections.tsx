import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffSection } from "@/components/staff/staff-page";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { StaffCampaignDetail, StaffEvent, StaffResponse } from "@/db/queries/staff-campaigns";
import { retractEventAction, retractResponseAction } from "@/lib/actions/campaigns/server";
import { formatPreciseDate } from "@/lib/domain/dates";
import { EventForm } from "./event-form";
import { ResponseForm } from "./response-form";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";

/*
 * The campaign's record as staff keep it: events and responses (asks: ./asks-section),
 * each with what the public sees and the forms to change it. Retracted entries stay
 * listed, struck through, with their reason; they can no longer be edited.
 */

const STANCE_TONE: Record<StaffResponse["stance"], StatusTone> = {
  positive: "success",
  negative: "danger",
  mixed: "warning",
  noncommittal: "neutral",
};

export function RecordCard({ retracted, children }: { retracted: boolean; children: ReactNode }) {
  return (
    <li
      className={`flex flex-col gap-3 rounded-lg border bg-surface p-4 sm:p-5 ${retracted ? "border-danger/40" : "border-line"}`}
    >
      {children}
    </li>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="mt-5 rounded-lg border border-dashed border-line-strong p-5 text-ink-muted">{children}</p>
  );
}

export function Source({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} rel="external noopener noreferrer" className="break-all">
      {label}
    </a>
  );
}

export async function EventsSection({ campaign }: { campaign: StaffCampaignDetail }) {
  const t = await getTranslations("staffCampaigns.event");
  const tForms = await getTranslations("staffCampaignForms");
  return (
    <StaffSection id="events-heading" heading={t("heading")} intro={t("intro")} anchor="events">
      {campaign.events.length === 0 ? <Empty>{t("empty")}</Empty> : null}
      <ol className="mt-5 flex flex-col gap-4">
        {campaign.events.map((event: StaffEvent) => {
          const retracted = event.retractedAt !== null;
          return (
            <RecordCard key={event.id} retracted={retracted}>
              <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                <time dateTime={event.occurredOn} className="font-semibold text-ink">
                  {formatPreciseDate({ date: event.occurredOn, precision: event.precision })}
                </time>
                <span aria-hidden="true">·</span>
                <span>{tForms(`eventKinds.${event.kind}`)}</span>
                {retracted ? <StatusBadge tone="danger">{tForms("retract.badge")}</StatusBadge> : null}
              </p>
              <h3 className={`text-lg font-bold ${retracted ? "line-through decoration-1" : ""}`}>
                {event.title}
              </h3>
              {event.description ? <p className="text-sm">{event.description}</p> : null}
              {event.sources.length > 0 ? (
                <ul className="flex flex-col gap-1 text-sm">
                  {event.sources.map((s) => (
                    <li key={s.url}>
                      {t("sourceItem")} <Source url={s.url} label={s.label ?? s.url} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-warning">{t("noSources")}</p>
              )}
              {retracted ? (
                <RetractedNote at={event.retractedAt!} reason={event.retractionReason} />
              ) : (
                <div className="flex flex-col gap-2">
                  <EventForm campaignId={campaign.id} event={event} />
                  <RetractForm action={retractEventAction} id={event.id} label={event.title} />
                </div>
              )}
            </RecordCard>
          );
        })}
      </ol>
      <div className="mt-4">
        <EventForm campaignId={campaign.id} />
      </div>
    </StaffSection>
  );
}

export async function ResponsesSection({ campaign }: { campaign: StaffCampaignDetail }) {
  const t = await getTranslations("staffCampaigns.response");
  const tForms = await getTranslations("staffCampaignForms");
  const letters = campaign.letters
    .filter((l) => l.status === "sent" || l.status === "closed")
    .map((l) => ({ id: l.id, title: l.title, targets: l.targets }));
  const targetNames = new Map(letters.flatMap((l) => l.targets.map((target) => [target.id, target.name])));
  const asks = campaign.asks.filter((a) => a.retractedAt === null).map((a) => ({ id: a.id, title: a.title }));
  return (
    <StaffSection id="responses-heading" heading={t("heading")} intro={t("intro")} anchor="responses">
      {campaign.responses.length === 0 ? <Empty>{t("empty")}</Empty> : null}
      <ol className="mt-5 flex flex-col gap-4">
        {campaign.responses.map((response: StaffResponse) => {
          const retracted = response.retractedAt !== null;
          const kind = tForms(`responseKinds.${response.kind}`);
          return (
            <RecordCard key={response.id} retracted={retracted}>
              <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                <time dateTime={response.respondedOn} className="font-semibold text-ink">
                  {formatPreciseDate({ date: response.respondedOn, precision: response.precision })}
                </time>
                <span aria-hidden="true">·</span>
                <span>{kind}</span>
                <StatusBadge tone={STANCE_TONE[response.stance]}>
                  {t("stanceValue", { stance: tForms(`stances.${response.stance}`) })}
                </StatusBadge>
                {retracted ? <StatusBadge tone="danger">{tForms("retract.badge")}</StatusBadge> : null}
              </p>
              <p className={retracted ? "line-through decoration-1" : ""}>{response.summary}</p>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                {response.letterTitle ? (
                  <>
                    <dt className="font-semibold text-ink-muted">{t("letter")}</dt>
                    <dd>{response.letterTitle}</dd>
                  </>
                ) : null}
                {response.targetId && targetNames.has(response.targetId) ? (
                  <>
                    <dt className="font-semibold text-ink-muted">{t("target")}</dt>
                    <dd>{targetNames.get(response.targetId)}</dd>
                  </>
                ) : null}
                {response.askTitle ? (
                  <>
                    <dt className="font-semibold text-ink-muted">{t("ask")}</dt>
                    <dd>{response.askTitle}</dd>
                  </>
                ) : null}
                <dt className="font-semibold text-ink-muted">{t("source")}</dt>
                <dd>
                  {response.sourceUrl ? (
                    <Source url={response.sourceUrl} label={response.sourceUrl} />
                  ) : (
                    <span className="text-warning">{t("noSource")}</span>
                  )}
                </dd>
              </dl>
              {retracted ? (
                <RetractedNote at={response.retractedAt!} reason={response.retractionReason} />
              ) : (
                <div className="flex flex-col gap-2">
                  <ResponseForm campaignId={campaign.id} response={response} letters={letters} asks={asks} />
                  <RetractForm
                    action={retractResponseAction}
                    id={response.id}
                    label={`${kind}: ${response.summary.slice(0, 60)}`}
                  />
                </div>
              )}
            </RecordCard>
          );
        })}
      </ol>
      <div className="mt-4">
        {letters.length === 0 && asks.length === 0 ? (
          <Empty>{t("nothingToAnswer")}</Empty>
        ) : (
          <ResponseForm campaignId={campaign.id} letters={letters} asks={asks} />
        )}
      </div>
    </StaffSection>
  );
}
