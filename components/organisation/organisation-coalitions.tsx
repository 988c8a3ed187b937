import { getTranslations } from "next-intl/server";
import type { PublicOrganisationPage } from "@/db/queries/public-organisations";
import { MembershipList } from "./membership-list";

/** The coalitions an organisation belongs to, or used to. */
export async function OrganisationCoalitions({ org }: { org: PublicOrganisationPage }) {
  const t = await getTranslations("organisationPage.coalitions");
  const { current, past } = org.coalitions;
  return (
    <section aria-labelledby="coalitions-heading">
      <h2 id="coalitions-heading" className="text-3xl font-bold">
        {t("heading")}
      </h2>
      {current.length === 0 && past.length === 0 ? (
        <p className="mt-3 text-ink-muted">{t("none", { name: org.shortName ?? org.name })}</p>
      ) : null}
      {current.length > 0 ? (
        <>
          <h3 className="mt-5 text-xl font-bold">{t("current")}</h3>
          <MembershipList items={current} />
        </>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("past")}</h3>
          <MembershipList items={past} />
        </>
      ) : null}
    </section>
  );
}
