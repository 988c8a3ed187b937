import { getLocale, getTranslations } from "next-intl/server";
import { Eyebrow, PageBand } from "@/components/layout/page-band";
import { countryName } from "@/components/letter/country-name";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicOrganisationPage } from "@/db/queries/public-organisations";

/** The address as people read it: "www.hrw.org" for "https://www.hrw.org/". */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return url;
  }
}

function isWebAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

/** The top of an organisation's page: what kind it is, its name, and the facts on record. */
export async function OrganisationProfile({ org }: { org: PublicOrganisationPage }) {
  const [t, locale] = await Promise.all([getTranslations("organisationPage"), getLocale()]);
  const website = org.website && isWebAddress(org.website) ? org.website : null;
  return (
    <PageBand spacing="listing">
      <div className="flex flex-wrap items-center gap-3">
        <Eyebrow>{t(`kind.${org.kind}`)}</Eyebrow>
        {org.isSample ? <StatusBadge tone="warning">{t("sample")}</StatusBadge> : null}
      </div>
      <h1 className="mt-3 max-w-3xl text-4xl font-bold text-ink sm:text-5xl">
        {org.name}
        {org.shortName && org.shortName !== org.name ? (
          <span className="block pt-2 text-2xl font-semibold text-ink-muted sm:text-3xl">
            {org.shortName}
          </span>
        ) : null}
      </h1>
      {org.description ? <p className="mt-5 max-w-2xl text-lg text-ink-muted">{org.description}</p> : null}
      {org.country || website ? (
        <dl aria-label={t("facts")} className="mt-6 flex flex-wrap gap-x-10 gap-y-3 text-base">
          {org.country ? (
            <div>
              <dt className="text-sm font-semibold text-ink-muted">{t("country")}</dt>
              <dd>{countryName(org.country, locale)}</dd>
            </div>
          ) : null}
          {website ? (
            <div className="min-w-0">
              <dt className="text-sm font-semibold text-ink-muted">{t("website")}</dt>
              <dd className="break-words">
                <a href={website} rel="noopener">
                  {displayUrl(website)}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </PageBand>
  );
}
