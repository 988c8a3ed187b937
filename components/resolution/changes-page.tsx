import { getTranslations } from "next-intl/server";
import { BandBackLink, Eyebrow, PageBand } from "@/components/layout/page-band";
import { markWords, PositionMarkLegend } from "@/components/resolution/position-mark";
import { ChangesTable, sessionsWithChanges } from "@/components/resolution/session-changes";
import { EmptyState } from "@/components/ui/empty-state";
import type { ResolutionMatrixData } from "@/db/queries/resolutions";
import { sponsorshipChanges } from "@/lib/domain/un/position-changes";
import { resolutionMatrix } from "@/lib/domain/un/positions";
import { resolutionPath } from "@/lib/domain/urls";

/**
 * Every change in a line's co-sponsors, session by session, with the date and source of
 * each record: the resolution page shows the latest session's and links here for the rest.
 */
export async function ResolutionChangesView({ data }: { data: ResolutionMatrixData }) {
  const [t, tPage, words] = await Promise.all([
    getTranslations("resolutionChanges"),
    getTranslations("resolutionPage"),
    markWords(),
  ]);
  const { resolution, texts, records } = data;
  const matrix = resolutionMatrix({
    sessions: texts.map((text) => ({ textId: text.id, sessionLabel: text.session.label, order: text.order })),
    records,
    states: data.states,
  });
  const sessions = sessionsWithChanges(texts, sponsorshipChanges(matrix, records));

  return (
    <article>
      <PageBand>
        <BandBackLink label={tPage("breadcrumb")} href={resolutionPath(resolution.slug)}>
          {resolution.title}
        </BandBackLink>
        <Eyebrow className="mt-4">{resolution.body.name}</Eyebrow>
        <h1 className="mt-3 max-w-4xl text-3xl font-bold text-ink sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-ink-muted">{t("lead")}</p>
      </PageBand>
      <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-10 sm:px-6">
        {sessions.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ChangesTable
            sessions={sessions}
            words={words}
            caption={t("caption", { sessions: sessions.length })}
          />
        )}
        <PositionMarkLegend words={words} />
      </div>
    </article>
  );
}
