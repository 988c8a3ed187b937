import { getLocale, getTranslations } from "next-intl/server";
import { BandBackLink, Eyebrow, PageBand } from "@/components/layout/page-band";
import { countryName } from "@/components/letter/country-name";
import { Link } from "@/components/ui/link";
import type { TargetRecord } from "@/db/queries/public-targets";
import { statePath, TARGETS_PATH } from "@/lib/domain/urls";

/** A target's name and kind, where it is, the calendar its deadlines run in, and its state's record. */
export async function TargetHeader({ target }: { target: TargetRecord["target"] }) {
  const [t, tTargets, locale] = await Promise.all([
    getTranslations("targetPage"),
    getTranslations("targetsPage"),
    getLocale(),
  ]);
  const country = countryName(target.country, locale);
  const facts: Array<[string, string]> = [[t("kind"), tTargets(`kind.${target.kind}`)]];
  if (country) facts.push([t("country"), country]);
  facts.push([t("timeZone"), target.timeZone]);
  return (
    <PageBand>
      <BandBackLink label={t("breadcrumb")} href={TARGETS_PATH}>
        {t("allTargets")}
      </BandBackLink>
      <Eyebrow className="mt-4">{tTargets(`kind.${target.kind}`)}</Eyebrow>
      <h1 className="mt-3 text-3xl font-bold break-words text-ink sm:text-5xl">{target.name}</h1>
      {target.description ? (
        <p className="mt-4 max-w-2xl text-lg text-ink-muted">{target.description}</p>
      ) : null}
      <dl className="mt-6 grid gap-x-10 gap-y-4 border-t border-line pt-5 sm:grid-cols-[auto_auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs font-bold tracking-wider text-ink-muted uppercase">{term}</dt>
            <dd className="mt-1 font-semibold break-words text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      {target.stateIso3 ? (
        <p className="mt-5">
          <Link href={statePath(target.stateIso3)} className="font-semibold">
            {t("stateLink")}
          </Link>
        </p>
      ) : null}
    </PageBand>
  );
}
