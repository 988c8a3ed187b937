import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/timeline/icon";
import { Link } from "@/components/ui/link";
import type { LinkedAskOutcome } from "@/db/queries/ask-outcomes";
import type { AskStateOutcome } from "@/lib/domain/un/positions";
import { resolutionPath, statePath } from "@/lib/domain/urls";

/** The order the groups are listed in: what was achieved first. */
const GROUPS: readonly AskStateOutcome[] = ["met", "not_met", "pending"];

const TONE: Record<AskStateOutcome, string> = {
  met: "text-success",
  not_met: "text-danger",
  pending: "text-warning",
};

/** Short lists are shown open; a long one (every Council member) opens on demand. */
const SHOWN_OPEN = 6;

/**
 * A linked ask's outcome per targeted state, derived from the positions recorded on its
 * text: "12 of 47 targeted states met it", and the states under met, not met and pending,
 * each group named in words beside its icon, each state linking to its page.
 */
export async function AskStateOutcomes({ derived, id }: { derived: LinkedAskOutcome; id: string }) {
  const t = await getTranslations("campaignPage.asks.states");
  const { text } = derived;
  const symbol = text.adoptedSymbol ?? text.draftSymbol;
  const total = derived.states.length;
  return (
    <div className="mt-4 border-t border-line pt-4 text-sm">
      <p className="text-ink">
        {t(`wanted.${derived.wanted}`)}{" "}
        <Link href={resolutionPath(text.resolution.slug)} className="font-semibold">
          {symbol
            ? t("textWithSymbol", { title: text.resolution.title, session: text.sessionLabel, symbol })
            : t("text", { title: text.resolution.title, session: text.sessionLabel })}
        </Link>
      </p>
      {total === 0 ? (
        <p className="mt-2 text-ink-muted">{t("none")}</p>
      ) : (
        <details open={total <= SHOWN_OPEN || undefined} className="group mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold text-ink">
            <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            {t("summary", { met: derived.met, total })}
          </summary>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            {GROUPS.map((outcome) => {
              const states = derived.states.filter((s) => s.outcome === outcome);
              if (states.length === 0) return null;
              const headingId = `${id}-${outcome}`;
              return (
                <div key={outcome}>
                  <p
                    id={headingId}
                    className={`inline-flex items-center gap-1.5 font-semibold ${TONE[outcome]}`}
                  >
                    <Icon name={outcome} className="size-4" />
                    {t(`outcome.${outcome}`, { count: states.length })}
                  </p>
                  <ul aria-labelledby={headingId} className="mt-1 flex flex-col gap-0.5">
                    {states.map((state) => (
                      <li key={state.iso3}>
                        <Link href={statePath(state.iso3)}>{state.name}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </details>
      )}
      <p className="mt-2 text-ink-muted">{t("derived")}</p>
    </div>
  );
}
