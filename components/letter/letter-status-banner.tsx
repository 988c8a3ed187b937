import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dayTag } from "@/components/organisation/precise-time";
import { Icon, type IconName } from "@/components/timeline/icon";
import type { LetterSummary } from "@/db/queries/letter-summaries";
import type { PublicResponse } from "@/db/queries/public-letters";
import type { LetterClock } from "@/lib/domain/deadlines";
import type { Locale } from "@/lib/domain/locales";
import { formatDay } from "@/lib/i18n/dates";
import { letterStateWords } from "./letter-state-text";
import { ResponseSource } from "./response-source";

/*
 * What a sent letter opens with, under its title: that it went unanswered past its
 * deadline ("No response for 2,470 days. Deadline 2 April 2020, as of 6 December 2026"),
 * or the response, as prominently, with its stance and source; or that the answer is
 * still awaited. A letter to several targets adds a line per target. Icon and words say
 * it, the tint only repeats them. A letter still collecting opens with its sign action
 * instead (SignCallToAction).
 */

type Tone = "danger" | "success" | "warning";

const BOX: Record<Tone, string> = {
  danger: "border-danger/40 border-l-danger bg-danger-soft",
  success: "border-success/40 border-l-success bg-success-soft",
  warning: "border-warning/40 border-l-warning bg-warning-soft",
};
const HEADLINE: Record<Tone, string> = {
  danger: "text-danger",
  success: "text-success",
  warning: "text-warning",
};

export async function LetterStatusBanner({
  letter,
  responses,
}: {
  letter: LetterSummary;
  /** The letter's responses on record, oldest first. */
  responses: readonly PublicResponse[];
}) {
  const { clock } = letter;
  if (clock.state !== "overdue" && clock.state !== "answered" && clock.state !== "awaiting") return null;
  const [t, tState, locale] = await Promise.all([
    getTranslations("letterPage.banner"),
    getTranslations("letterState"),
    getLocale(),
  ]);
  const day = (date: string) => formatDay(date, locale);
  const several = letter.targets.length > 1;
  const tone: Tone =
    clock.state === "overdue" ? "danger" : clock.state === "answered" ? "success" : "warning";
  const icon: IconName =
    clock.state === "overdue" ? "non_response" : clock.state === "answered" ? "response" : "pending";
  const headline = letterStateWords(tState, locale, clock, several ? letter.targetCounts : undefined);
  const asOf = { today: day(letter.asOf), todayTag: dayTag(letter.asOf) };
  // With one target, the response that ended its clock; with several, each has a line below.
  const answer =
    !several && clock.state === "answered"
      ? (responses.find((r) => r.id === letter.targets[0]!.responseId) ?? responses[0])
      : undefined;

  let detail: ReactNode = null;
  if (!several && clock.state === "overdue") {
    detail = t.rich("deadlineAsOf", {
      deadline: day(clock.deadline),
      deadlineTag: dayTag(clock.deadline),
      ...asOf,
    });
  } else if (!several && clock.state === "awaiting") {
    detail = clock.deadline
      ? t.rich("deadlineAsOf", {
          deadline: day(clock.deadline),
          deadlineTag: dayTag(clock.deadline),
          ...asOf,
        })
      : t.rich("asOf", asOf);
  }

  return (
    <section
      aria-labelledby="letter-status-heading"
      className={`rounded-lg border border-l-4 px-4 py-4 sm:px-6 sm:py-5 ${BOX[tone]}`}
    >
      <h2
        id="letter-status-heading"
        className={`flex items-start gap-2.5 font-serif text-2xl leading-tight font-bold sm:text-3xl ${HEADLINE[tone]}`}
      >
        <Icon name={icon} className="mt-0.5 size-6 sm:size-7" />
        <span>{clock.state === "overdue" && !several ? `${headline}.` : headline}</span>
      </h2>
      {detail ? <p className="mt-2 text-ink">{detail}</p> : null}
      {answer ? <ResponseSummary response={answer} /> : null}
      {several ? (
        <ul className="mt-3 flex flex-col gap-1.5 text-ink">
          {letter.targets.map((target) => (
            <li key={target.targetId}>
              <strong className="font-semibold">{target.name}:</strong>{" "}
              {targetLine({ tState, t, locale }, target.clock, target.deadline, responses, target.responseId)}
            </li>
          ))}
        </ul>
      ) : null}
      {several ? <p className="mt-2 text-sm text-ink-muted">{t.rich("asOf", asOf)}</p> : null}
    </section>
  );
}

type BannerTranslator = Awaited<ReturnType<typeof getTranslations<"letterPage.banner">>>;
type StateTranslator = Parameters<typeof letterStateWords>[0];

/** One target's state in a line: its words, its deadline, or its answer's stance. */
function targetLine(
  { tState, t, locale }: { tState: StateTranslator; t: BannerTranslator; locale: Locale },
  clock: LetterClock,
  deadline: string | null,
  responses: readonly PublicResponse[],
  responseId: string | null,
): ReactNode {
  const words = letterStateWords(tState, locale, clock);
  if (clock.state === "answered") {
    const stance = responses.find((r) => r.id === responseId)?.stance;
    return stance ? t("answeredStance", { state: words, stance: t(`stances.${stance}`) }) : words;
  }
  if ((clock.state === "overdue" || clock.state === "awaiting") && deadline) {
    return t.rich("withDeadline", {
      state: words,
      deadline: formatDay(deadline, locale),
      deadlineTag: dayTag(deadline),
    });
  }
  return words;
}

/** The response that answered the letter: its kind, stance and source, and what it said. */
async function ResponseSummary({ response }: { response: PublicResponse }) {
  const t = await getTranslations("letterPage.responses");
  // Its date is the headline's ("Answered 20 December 2017").
  return (
    <div className="mt-2 text-ink">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <strong className="font-semibold">{t(`kind.${response.kind}`)}</strong>
        <strong className="font-semibold">{t("stance", { stance: t(`stances.${response.stance}`) })}</strong>
      </p>
      <p className="mt-1 line-clamp-4">{response.summary}</p>
      <ResponseSource url={response.sourceUrl} className="mt-1" />
    </div>
  );
}
