import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffSection } from "@/components/staff/staff-page";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { StaffAsk, StaffCampaignDetail, StaffEvent, StaffResponse } from "@/db/queries/staff-campaigns";
import { retractAskAction, retractEventAction, retractResponseAction } from "@/lib/actions/campaigns/server";
import { formatPreciseDate } from "@/lib/domain/dates";
import { AskForm, AskOutcomeForm } from "./ask-forms";
import { EventForm } from "./event-form";
import { ResponseForm } from "./response-form";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";

/*
 * The campaign's record as staff keep it: asks, events and responses, each with what
 * the public sees and the forms to change it. Retracted entries stay listed, struck
 * through, with their reason; they can no longer be edited.
 */

const OUTCOME_TONE: Record<StaffAsk["outcome"], StatusTone> = {
  pending: "warning",
  met: "success",
  partially_met: "success",
  not_met: "danger",
  moot: "neutral",
};

const STANCE_TONE: Record<StaffResponse["stance"], StatusTone> = {
  positive: "success",
  negative: "danger",
  mixed: "warning",
  noncommittal: "neutral",
};

function RecordCard({ retracted, children }: { retracted: boolean; children: ReactNode }) {
  return (
    <li
      className={`flex flex-col gap-3 rounded-lg border bg-surface p-4 sm:p-5 ${retracted ? "border-danger/40" : "border-line"}`}
    >
      {children}
    </li>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="mt-5 rounded-lg border border-dashed border-line-strong p-5 text-ink-muted">{children}</p>
  );
}

function Source({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} rel="external noopener noreferrer" className="break-all">
      {label}
    </a>
  );
}

export async function AsksSection({ campaign }: { campaign: StaffCampaignDetail }) {
  const t = await getTranslations("staffCampaigns.ask");
  const tForms = await getTranslations("staffCampaignForms");
  return (
    <StaffSection id="asks-heading" heading={t("heading")} intro={t("intro")} anchor="asks">
      {campaign.asks.length === 0 ? <Empty>{t("empty")}</Empty> : null}
      <ol className="mt-5 flex flex-col gap-4">
        {campaign.asks.map((ask, index) => {
          const retracted = ask.retractedAt !== null;
          return (
            <RecordCard key={ask.id} retracted={retracted}>
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <h3 className={`text-lg font-bold ${retracted ? "line-through decoration-1" : ""}`}>
                  <span className="mr-2 font-sans text-base text-ink-muted tabular-nums">{index + 1}.</span>
                  {ask.title}
                </h3>
                <span className="flex shrink-0 flex-wrap gap-2">
                  <StatusBadge tone={OUTCOME_TONE[ask.outcome]}>
                    {tForms(`outcomes.${ask.outcome}`)}
                  </StatusBadge>
                  {retracted ? <StatusBadge tone="danger">{tForms("retract.badge")}</StatusBadge> : null}
                </span>
              </div>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold text-ink-muted">{t("venue")}</dt>
                <dd>{ask.venue ?? t("none")}</dd>
                <dt className="font-semibold text-ink-muted">{t("decision")}</dt>
                <dd>
                  {ask.decisionOn
                    ? formatPreciseDate({ date: ask.decisionOn, precision: ask.decisionPrecision })
                    : t("none")}
                </dd>
                {ask.outcomeOn ? (
                  <>
                    <dt className="font-semibold text-ink-muted">{t("outcomeOn")}</dt>
                    <dd>{formatPreciseDate({ date: ask.outcomeOn, precision: "day" })}</dd>
                  </>
                ) : null}
                {ask.outcomeSourceUrl ? (
                  <>
                    <dt className="font-semibold text-ink-muted">{t("outcomeSource")}</dt>
                    <dd>
                      <Source url={ask.outcomeSourceUrl} label={ask.outcomeSourceUrl} />
                    </dd>
                  </>
                ) : null}
              </dl>
              {ask.outcomeNote ? <p className="text-sm">{ask.outcomeNote}</p> : null}
              {retracted ? (
                <RetractedNote at={ask.retractedAt!} reason={ask.retractionReason} />
              ) : (
                <div className="flex flex-col gap-2">
                  <AskOutcomeForm ask={ask} />
                  <AskForm campaignId={campaign.id} ask={ask} />
                  <RetractForm action={retractAskAction} id={ask.id} label={ask.title} />
                </div>
              )}
            </RecordCard>
          );
        })}
      </ol>
      <div className="mt-4">
        <AskForm campaignId={campaign.id} />
      </div>
    </StaffSection>
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
    .map((l) => ({ id: l.id, title: l.title }));
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
