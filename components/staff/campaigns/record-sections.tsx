import { useLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffSection } from "@/components/staff/staff-page";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { StaffCampaignDetail, StaffEvent, StaffResponse } from "@/db/queries/staff-campaigns";
import { retractEventAction, retractResponseAction } from "@/lib/actions/campaigns/server";
import { type PreciseDate, preciseDate } from "@/lib/domain/dates";
import { formatPreciseDate } from "@/lib/i18n/dates";
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

/**
 * One part of a campaign's record (asks, events, responses): "none yet" when empty, each
 * entry in a card (a retracted one edged in red), then the form that adds one.
 */
export function RecordSection<T extends { id: string; retractedAt: string | null }>({
  name,
  t,
  entries,
  entry,
  add,
}: {
  /** "asks": the section's anchor, and with "-heading" its heading's id. */
  name: string;
  /** The section's words: its heading, the line under it, and what it says when empty. */
  t: (key: "heading" | "intro" | "empty") => string;
  entries: readonly T[];
  entry: (entry: T, retracted: boolean, index: number) => ReactNode;
  add: ReactNode;
}) {
  return (
    <StaffSection id={`${name}-heading`} heading={t("heading")} intro={t("intro")} anchor={name}>
      {entries.length === 0 ? <Empty>{t("empty")}</Empty> : null}
      <ol className="mt-5 flex flex-col gap-4">
        {entries.map((e, index) => {
          const retracted = e.retractedAt !== null;
          return (
            <RecordCard key={e.id} retracted={retracted}>
              {entry(e, retracted, index)}
            </RecordCard>
          );
        })}
      </ol>
      <div className="mt-4">{add}</div>
    </StaffSection>
  );
}

/** One labelled value in a record's list of terms: "Venue" and what it is. */
export function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-ink-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The line above an event or a response: when (at the precision the source vouches
 * for), what kind, any badges, and whether it was retracted (`retracted`: the badge's label).
 */
function EntryLine({
  date,
  kind,
  retracted,
  children,
}: {
  date: PreciseDate;
  kind: string;
  retracted: string | null;
  children?: ReactNode;
}) {
  const locale = useLocale();
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
      <time dateTime={date.date} className="font-semibold text-ink">
        {formatPreciseDate(date, locale)}
      </time>
      <span aria-hidden="true">·</span>
      <span>{kind}</span>
      {children}
      {retracted ? <StatusBadge tone="danger">{retracted}</StatusBadge> : null}
    </p>
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
    <RecordSection
      name="events"
      t={t}
      entries={campaign.events}
      add={<EventForm campaignId={campaign.id} inDraft={campaign.status === "draft"} />}
      entry={(event: StaffEvent, retracted) => (
        <>
          <EntryLine
            date={preciseDate(event.occurredOn, event.precision, event.occurredEnd)}
            kind={tForms(`eventKinds.${event.kind}`)}
            retracted={retracted ? tForms("retract.badge") : null}
          />
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
        </>
      )}
    />
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
    <RecordSection
      name="responses"
      t={t}
      entries={campaign.responses}
      add={
        letters.length === 0 && asks.length === 0 ? (
          <Empty>{t("nothingToAnswer")}</Empty>
        ) : (
          <ResponseForm
            campaignId={campaign.id}
            letters={letters}
            asks={asks}
            inDraft={campaign.status === "draft"}
          />
        )
      }
      entry={(response: StaffResponse, retracted) => {
        const kind = tForms(`responseKinds.${response.kind}`);
        return (
          <>
            <EntryLine
              date={preciseDate(response.respondedOn, response.precision, response.respondedEnd)}
              kind={kind}
              retracted={retracted ? tForms("retract.badge") : null}
            >
              <StatusBadge tone={STANCE_TONE[response.stance]}>
                {t("stanceValue", { stance: tForms(`stances.${response.stance}`) })}
              </StatusBadge>
            </EntryLine>
            <p className={retracted ? "line-through decoration-1" : ""}>{response.summary}</p>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {response.letterTitle ? <Term label={t("letter")}>{response.letterTitle}</Term> : null}
              {response.targetId && targetNames.has(response.targetId) ? (
                <Term label={t("target")}>{targetNames.get(response.targetId)}</Term>
              ) : null}
              {response.askTitle ? <Term label={t("ask")}>{response.askTitle}</Term> : null}
              <Term label={t("source")}>
                {response.sourceUrl ? (
                  <Source url={response.sourceUrl} label={response.sourceUrl} />
                ) : (
                  <span className="text-warning">{t("noSource")}</span>
                )}
              </Term>
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
          </>
        );
      }}
    />
  );
}
