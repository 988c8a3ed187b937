import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { PublicOrganisationPage } from "@/db/queries/public-organisations";
import { MembershipGroups } from "./membership-list";

/** The coalitions an organisation belongs to, or used to. */
export async function OrganisationCoalitions({ org }: { org: PublicOrganisationPage }) {
  const t = await getTranslations("organisationPage.coalitions");
  const { current, past } = org.coalitions;
  return (
    <Section id="coalitions-heading" heading={t("heading")} large>
      {current.length === 0 && past.length === 0 ? (
        <p className="mt-3 text-ink-muted">{t("none", { name: org.shortName ?? org.name })}</p>
      ) : null}
      <MembershipGroups current={current} past={past} headings={{ current: t("current"), past: t("past") }} />
    </Section>
  );
}
