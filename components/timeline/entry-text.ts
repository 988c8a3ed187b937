import type { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/locales";
import type { EventKind, ResponseKind, TimelineEntry } from "@/lib/domain/timeline";
import type { PositionKind } from "@/lib/domain/un/positions";
import { formatTally } from "@/lib/i18n/tally";

export type TimelineTranslator = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

/*
 * The words of a timeline entry, from the message catalog, so the timeline page, the
 * home page's latest entry and the Atom feed say the same. lib/domain/timeline.ts gives
 * the facts (which letter, how many days, which outcome); these functions word them.
 */

/** What kind of entry it is, in words: "Government action", "Response · Written reply". */
export function timelineKindLabel(t: TimelineTranslator, entry: TimelineEntry): string {
  if (entry.kind === "event" && entry.subkind) return t(`eventKind.${entry.subkind as EventKind}`);
  const label = t(`entryKind.${entry.kind}`);
  if (entry.kind === "response" && entry.subkind) {
    return `${label} · ${t(`responseKind.${entry.subkind as ResponseKind}`)}`;
  }
  return label;
}

/**
 * The entry's headline and the line under it: "Letter sent: …", "67 organisations and 10
 * individuals"; the words the page's (or the feed's) language, `locale`.
 */
export function timelineEntryText(
  t: TimelineTranslator,
  entry: TimelineEntry,
  locale: Locale,
): { title: string; detail: string | null } {
  const subject = entry.subject ?? "";
  switch (entry.kind) {
    case "event":
      return { title: subject, detail: entry.detail };
    case "letter_opened":
      return {
        title: t("entry.letterOpened", { letter: subject }),
        detail: t("entry.addressedTo", { addressee: entry.addressee ?? "" }),
      };
    case "letter_sent":
      return {
        title: t("entry.letterSent", { letter: subject }),
        detail: entry.tally ? formatTally(entry.tally, locale) : entry.detail,
      };
    case "non_response":
      return {
        title: t("entry.nonResponse", { letter: subject }),
        detail: t("entry.daysWithoutResponse", {
          days: entry.daysWithoutResponse ?? 0,
          approximate: entry.approximate ? "yes" : "no",
        }),
      };
    case "ask_decision": {
      const outcome = t(`outcomes.${entry.outcome ?? "pending"}`);
      return {
        title: t("entry.askDecision", { ask: subject }),
        detail: entry.venue
          ? t("entry.outcomeAt", { venue: entry.venue, outcome })
          : t("entry.outcome", { outcome }),
      };
    }
    case "position":
      return positionEntryText(t, entry);
    case "response": {
      const kind = entry.subkind as ResponseKind;
      return {
        // "Written reply to “…”", "Vote following “…”": worded by the kind, not "Vote to".
        title:
          entry.subject === null
            ? t(`responseKind.${kind}`)
            : t("entry.responseTo", { kind, letter: entry.subject }),
        detail: entry.detail,
      };
    }
  }
}

/**
 * "Republic of Korea withdrew its co-sponsorship of A/C.3/74/L.27", with the line and
 * session under it. A drop is worded by what the record says: withdrew, or simply did not
 * co-sponsor.
 */
function positionEntryText(
  t: TimelineTranslator,
  entry: TimelineEntry,
): { title: string; detail: string | null } {
  const position = entry.position!;
  const text = position.symbol ?? t("entry.position.textAt", { session: position.session });
  const values = { state: entry.subject ?? "", text };
  let title: string;
  switch (position.change) {
    case "joined":
      title = t("entry.position.joined", values);
      break;
    case "returned":
      title = t("entry.position.returned", values);
      break;
    case "dropped":
      title =
        position.kind === "withdrew_cosponsorship"
          ? t("entry.position.withdrew", values)
          : t("entry.position.notCosponsor", values);
      break;
    default:
      title = t(`entry.position.vote.${position.kind as VoteKind}`, values);
  }
  return {
    title,
    detail: t("entry.position.on", { resolution: position.resolutionTitle, session: position.session }),
  };
}

type VoteKind = Exclude<
  PositionKind,
  "cosponsor" | "withdrew_cosponsorship" | "not_cosponsor" | "not_member"
>;
