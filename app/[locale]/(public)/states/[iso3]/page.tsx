import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StateHeader } from "@/components/state/state-header";
import { StateFigures, StateLetters } from "@/components/state/state-letters";
import { StatePositions } from "@/components/state/state-positions";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { Section } from "@/components/ui/section";
import { getStateRecord } from "@/db/queries/states";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { permanentRedirectInLocale } from "@/i18n/server-navigation";
import { statePath, TARGETS_PATH } from "@/lib/domain/urls";

/*
 * A state's page, the target page grown to the state: its positions on resolutions across
 * the years, the letters addressed to its governments and whether they answered. ISR like
 * the campaign pages, expired by position and letter writes (cacheTags.state, .targets)
 * and rolled over with the days, since "no response for N days" counts them.
 */
export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ iso3: string }> };

/** The state the address names, with the address as it was written (/states/KOR or /states/kor). */
async function loadState(params: Props["params"]) {
  const { iso3 } = await params;
  return { iso3, record: await getStateRecord(iso3) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const [{ record }, t] = await Promise.all([loadState(params), getTranslations("statePage")]);
  if (!record) return {};
  return sharedPageMetadata({
    title: record.state.name,
    description: t("metaDescription", { name: record.state.name }),
    canonical: statePath(record.state.iso3),
  });
}

export default async function StatePage({ params }: Props) {
  await routeLocale(params);
  const { iso3, record } = await loadState(params);
  if (!record) notFound();
  // One address per state: /states/KOR is /states/kor.
  if (iso3 !== iso3.toLowerCase()) await permanentRedirectInLocale(statePath(record.state.iso3));
  const t = await getTranslations("statePage");

  return (
    <article>
      <StateHeader state={record.state} />
      <div className="mx-auto flex max-w-5xl flex-col gap-14 px-4 py-12 sm:px-6">
        {record.letters.length > 0 ? <StateFigures figures={record.figures} /> : null}
        <StateLetters letters={record.letters} />
        <StatePositions positions={record.positions} />
        {record.targets.length > 0 ? (
          <Section id="targets-heading" heading={t("targets.heading")}>
            <ul className="mt-3 flex flex-col gap-1">
              {record.targets.map((target) => (
                <li key={target.slug}>{target.name}</li>
              ))}
            </ul>
            <p className="mt-3">
              <Link href={TARGETS_PATH}>{t("targets.link")}</Link>
            </p>
          </Section>
        ) : null}
      </div>
    </article>
  );
}
