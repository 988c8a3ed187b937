import type { getTranslations } from "next-intl/server";
import type { EventKind, ResponseKind, TimelineEntry } from "@/lib/domain/timeline";

type TimelineTranslator = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

/** What kind of entry it is, in words: "Government action", "Response · Written reply". The page and the feed say the same. */
export function timelineKindLabel(t: TimelineTranslator, entry: TimelineEntry): string {
  if (entry.kind === "event" && entry.subkind) return t(`eventKind.${entry.subkind as EventKind}`);
  const label = t(`entryKind.${entry.kind}`);
  if (entry.kind === "response" && entry.subkind) {
    return `${label} · ${t(`responseKind.${entry.subkind as ResponseKind}`)}`;
  }
  return label;
}
