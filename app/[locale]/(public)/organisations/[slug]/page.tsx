import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CoalitionMembers } from "@/components/organisation/coalition-members";
import { OrganisationCoalitions } from "@/components/organisation/organisation-coalitions";
import { OrganisationProfile } from "@/components/organisation/organisation-profile";
import { SignedLetters } from "@/components/organisation/signed-letters";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getOrganisationPage, type PublicOrganisationPage } from "@/db/queries/public-organisations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { organisationPath } from "@/lib/domain/urls";

// ISR: rendered on first visit, then served from cache; writes revalidate the
// organisation's tag, and the interval keeps "days without response" current.
export const revalidate = 600;

// No page is built ahead of time: `next build` must not read the database.
export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string }> };

function hasMembership(org: PublicOrganisationPage): boolean {
  return (
    org.kind === "coalition" ||
    org.declaredMembership !== null ||
    org.members.current.length > 0 ||
    org.members.past.length > 0
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const { slug } = await params;
  const org = await getOrganisationPage(slug);
  if (!org) notFound();
  const t = await getTranslations("organisationPage");
  const name = org.shortName && org.shortName !== org.name ? `${org.name} (${org.shortName})` : org.name;
  return sharedPageMetadata({
    title: name,
    description: t(hasMembership(org) ? "metaDescriptionCoalition" : "metaDescription", { name }),
    canonical: organisationPath(org.slug),
  });
}

export default async function OrganisationPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const org = await getOrganisationPage(slug);
  if (!org) notFound();
  const coalition = hasMembership(org);

  return (
    <>
      <OrganisationProfile org={org} />
      <div className="mx-auto flex max-w-5xl flex-col gap-14 px-4 py-12 sm:px-6">
        {coalition ? <CoalitionMembers org={org} /> : null}
        <SignedLetters org={org} />
        {/* A coalition that belongs to no other coalition need not say so. */}
        {coalition && org.coalitions.current.length + org.coalitions.past.length === 0 ? null : (
          <OrganisationCoalitions org={org} />
        )}
      </div>
    </>
  );
}
