import { getTranslations } from "next-intl/server";
import { TimelineEntryView } from "@/components/timeline/timeline-entry";
import { TimelineFilter } from "@/components/timeline/timeline-filter";
import { TIMELINE_KINDS, type TimelineEntry } from "@/lib/domain/timeline";

/** A campaign's whole timeline, oldest first, with a filter by kind once JavaScript runs. */
export async function Timeline({
  entries,
  campaignSlug,
  sourceLabels,
}: {
  entries: readonly TimelineEntry[];
  campaignSlug: string;
  sourceLabels: Record<string, string>;
}) {
  const t = await getTranslations("timeline");
  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-line-strong p-6 text-ink-muted">{t("empty")}</p>
    );
  }
  const kinds = TIMELINE_KINDS.flatMap((kind) => {
    const count = entries.filter((entry) => entry.kind === kind).length;
    return count > 0 ? [{ kind, label: t(`kinds.${kind}`), count }] : [];
  });
  const items = entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    node: <TimelineEntryView entry={entry} campaignSlug={campaignSlug} sourceLabels={sourceLabels} />,
  }));
  return <TimelineFilter kinds={kinds} items={items} />;
}
