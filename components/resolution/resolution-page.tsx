import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/campaign/campaign-status-badge";
import { BandBackLink, Eyebrow, PageBand } from "@/components/layout/page-band";
import { GroupFilter } from "@/components/resolution/group-filter";
import { markWords, PositionMarkLegend } from "@/components/resolution/position-mark";
import { ResolutionMatrixTable } from "@/components/resolution/resolution-matrix";
import { ResolutionTexts } from "@/components/resolution/resolution-texts";
import { SessionChanges } from "@/components/resolution/session-changes";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import type { ResolutionMatrixData } from "@/db/queries/resolutions";
import { sponsorshipChanges } from "@/lib/domain/un/position-changes";
import { resolutionMatrix } from "@/lib/domain/un/positions";
import type { RegionalGroup } from "@/lib/domain/un/states";
import { RESOLUTIONS_PATH, resolutionChangesPath } from "@/lib/domain/urls";

/**
 * A resolution line's page, for every state or one regional group's: the latest changes
 * first, then the matrix of states × sessions, then each session's text.
 */
export async function ResolutionPageView({
  data,
  group,
}: {
  data: ResolutionMatrixData;
  group: RegionalGroup | null;
}) {
  const [t, tGroups, words] = await Promise.all([
    getTranslations("resolutionPage"),
    getTranslations("regionalGroups"),
    markWords(),
  ]);
  const { resolution, texts, records } = data;
  const sessions = texts.map((text) => ({
    textId: text.id,
    sessionLabel: text.session.label,
    order: text.order,
  }));

  // Changes are read against every state's record, whatever is shown: a state "joins" when
  // any sponsor list came before, not only its own group's.
  const everyState = resolutionMatrix({ sessions, records, states: data.states });
  const rows = group ? everyState.rows.filter((row) => row.state.regionalGroup === group) : everyState.rows;
  const totals = group
    ? resolutionMatrix({
        sessions,
        records,
        states: data.states.filter((state) => state.regionalGroup === group),
      }).totals
    : everyState.totals;
  const changes = sponsorshipChanges({ rows }, records);

  // The latest session where any shown state has a position on record.
  let latest = -1;
  for (let i = texts.length - 1; i >= 0 && latest === -1; i--) {
    if (rows.some((row) => row.cells[i].sponsorship !== null || row.cells[i].vote !== null)) latest = i;
  }
  // The news first: the latest session where a shown state joined, dropped or returned;
  // failing that, the latest session on record (which then says nothing changed).
  const latestChange = [...texts].reverse().find((text) => changes.some((c) => c.textId === text.id));
  const latestText = latestChange ?? (latest === -1 ? null : texts[latest]);
  // The rest of the changes have a page of their own (every state's, with dates and sources).
  const changeCount = group ? sponsorshipChanges(everyState, records).length : changes.length;
  const hasSample =
    resolution.isSample || texts.some((text) => text.isSample) || records.some((r) => r.isSample);

  const groupName = group ? tGroups(group) : null;
  const caption = groupName
    ? t("matrix.captionGroup", { count: rows.length, sessions: texts.length, group: groupName })
    : t("matrix.caption", { count: rows.length, sessions: texts.length });

  return (
    <article>
      <PageBand>
        <BandBackLink label={t("breadcrumb")} href={RESOLUTIONS_PATH}>
          {t("allResolutions")}
        </BandBackLink>
        <Eyebrow className="mt-4">{resolution.body.name}</Eyebrow>
        <h1 className="mt-3 max-w-4xl text-3xl font-bold text-ink sm:text-4xl">{resolution.title}</h1>
        {resolution.description ? (
          <p className="mt-4 max-w-3xl text-lg text-ink-muted">{resolution.description}</p>
        ) : null}
        {resolution.isSample ? (
          <p className="mt-4">
            <SampleBadge />
          </p>
        ) : null}
        {hasSample ? (
          <p className="mt-5 max-w-3xl rounded-md border-l-4 border-warning bg-warning-soft px-4 py-3 text-warning">
            {t("sampleNotice")}
          </p>
        ) : null}
      </PageBand>

      <div className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-10 sm:px-6">
        <SessionChanges
          text={latestText}
          changes={changes.filter((c) => c.textId === latestText?.id)}
          words={words}
        />

        <Section id="matrix-heading" heading={t("matrix.heading")} className="flex min-w-0 flex-col gap-4">
          <GroupFilter resolutionSlug={resolution.slug} group={group} shown={rows.length} />
          <PositionMarkLegend words={words} />
          {texts.length === 0 ? (
            <EmptyState>{t("matrix.noTexts")}</EmptyState>
          ) : rows.length === 0 ? (
            <EmptyState>
              {groupName ? t("matrix.emptyGroup", { group: groupName }) : t("matrix.empty")}
            </EmptyState>
          ) : (
            <ResolutionMatrixTable
              texts={texts}
              rows={rows}
              totals={totals}
              words={words}
              caption={caption}
              bodyName={resolution.body.shortName ?? resolution.body.name}
              groupTotals={group !== null}
            />
          )}
          {changeCount > 0 ? (
            <p>
              <Link href={resolutionChangesPath(resolution.slug)} className="font-semibold">
                {t("changes.allLink", { count: changeCount })}
              </Link>
            </p>
          ) : null}
        </Section>

        {texts.length > 0 ? <ResolutionTexts texts={texts} totals={everyState.totals} /> : null}
      </div>
    </article>
  );
}
