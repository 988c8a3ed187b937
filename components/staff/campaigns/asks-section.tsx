import { getLocale, getTranslations } from "next-intl/server";
import { AskDecision } from "@/components/campaign/ask-decision";
import { AskStateOutcomes } from "@/components/campaign/ask-state-outcomes";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { StaffAsk, StaffCampaignDetail } from "@/db/queries/staff-campaigns";
import { retractAskAction } from "@/lib/actions/campaigns/server";
import { formatDay } from "@/lib/i18n/dates";
import { type AskChoices, AskForm, AskOutcomeForm } from "./ask-forms";
import { RecordSection, Source, Term } from "./record-sections";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";

/*
 * The campaign's asks as staff keep them: what the public sees of each, and the forms to
 * change it. A linked ask's outcome is derived from the positions recorded, shown per
 * state as on the public page, and never typed; retracted asks stay listed, struck
 * through, with their reason.
 */

const OUTCOME_TONE: Record<StaffAsk["outcome"], StatusTone> = {
  pending: "warning",
  met: "success",
  partially_met: "success",
  not_met: "danger",
  moot: "neutral",
};

export async function AsksSection({
  campaign,
  choices,
}: {
  campaign: StaffCampaignDetail;
  choices: Omit<AskChoices, "targets">;
}) {
  const t = await getTranslations("staffCampaigns.ask");
  const tForms = await getTranslations("staffCampaignForms");
  const locale = await getLocale();
  const askChoices: AskChoices = { ...choices, targets: campaign.targets };
  const targetName = new Map(campaign.targets.map((target) => [target.id, target.name]));
  return (
    <RecordSection
      name="asks"
      t={t}
      entries={campaign.asks}
      add={<AskForm campaignId={campaign.id} choices={askChoices} inDraft={campaign.status === "draft"} />}
      entry={(ask, retracted, index) => {
        // A linked ask's typed outcome fields are ignored: what the positions say stands.
        const outcome = ask.derived?.outcome ?? ask.outcome;
        return (
          <>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <h3 className={`text-lg font-bold ${retracted ? "line-through decoration-1" : ""}`}>
                <span className="mr-2 font-sans text-base text-ink-muted tabular-nums">{index + 1}.</span>
                {ask.title}
              </h3>
              <span className="flex shrink-0 flex-wrap gap-2">
                <StatusBadge tone={OUTCOME_TONE[outcome]}>{tForms(`outcomes.${outcome}`)}</StatusBadge>
                {retracted ? <StatusBadge tone="danger">{tForms("retract.badge")}</StatusBadge> : null}
              </span>
            </div>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <Term label={t("venue")}>{ask.venue ?? t("none")}</Term>
              <Term label={t("decision")}>
                {ask.decision ? <AskDecision decision={ask.decision} session={ask.session} /> : t("none")}
              </Term>
              {campaign.targets.length > 1 ? (
                <Term label={t("putTo")}>
                  {ask.targetIds.length === 0
                    ? t("allTargets")
                    : ask.targetIds.map((id) => targetName.get(id) ?? id).join(", ")}
                </Term>
              ) : null}
              {!ask.derived && ask.outcomeOn ? (
                <Term label={t("outcomeOn")}>{formatDay(ask.outcomeOn, locale)}</Term>
              ) : null}
              {!ask.derived && ask.outcomeSourceUrl ? (
                <Term label={t("outcomeSource")}>
                  <Source url={ask.outcomeSourceUrl} label={ask.outcomeSourceUrl} />
                </Term>
              ) : null}
            </dl>
            {!ask.derived && ask.outcomeNote ? <p className="text-sm">{ask.outcomeNote}</p> : null}
            {ask.derived ? <AskStateOutcomes derived={ask.derived} id={`staff-ask-${ask.id}`} /> : null}
            {retracted ? (
              <RetractedNote at={ask.retractedAt!} reason={ask.retractionReason} />
            ) : (
              <div className="flex flex-col gap-2">
                {ask.resolutionTextId ? (
                  <p className="rounded-md border border-line bg-paper px-4 py-3 text-sm text-ink-muted">
                    {t("derivedOutcome")}
                  </p>
                ) : (
                  <AskOutcomeForm ask={ask} />
                )}
                <AskForm campaignId={campaign.id} ask={ask} choices={askChoices} />
                <RetractForm action={retractAskAction} id={ask.id} label={ask.title} />
              </div>
            )}
          </>
        );
      }}
    />
  );
}
