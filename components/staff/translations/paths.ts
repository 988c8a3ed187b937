import type { TranslatedKind } from "@/lib/domain/content-languages";
import type { Locale } from "@/lib/domain/locales";

/** The side-by-side editor of a record's text in one language. */
export function translationEditorPath(kind: TranslatedKind, id: string, locale: Locale): string {
  return `/staff/translations/${kind}/${id}/${locale}`;
}

/** The staff translations list: every public record lacking a text in `locale`, or all of one campaign's. */
export function translationListPath(locale: Locale, campaignId?: string): string {
  const query = new URLSearchParams({ locale });
  if (campaignId) query.set("campaign", campaignId);
  return `/staff/translations?${query}`;
}

/** Where staff edit the record itself: its letter's or campaign's page, at the record's section. */
export function staffRecordPath(kind: TranslatedKind, id: string, campaignId: string): string {
  if (kind === "letter") return `/staff/letters/${id}`;
  if (kind === "campaign") return `/staff/campaigns/${id}`;
  return `/staff/campaigns/${campaignId}#${kind}s`;
}
