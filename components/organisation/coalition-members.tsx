import { getTranslations } from "next-intl/server";
import type { PublicOrganisationPage } from "@/db/queries/public-organisations";
import { MembershipList } from "./membership-list";

/** A coalition's membership: what it declares it represents, and who is registered here. */
export async function CoalitionMembers({ org }: { org: PublicOrganisationPage }) {
  const t = await getTranslations("organisationPage.members");
  const { current, past } = org.members;
  const registered = current.length;
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="text-3xl font-bold">
        {t("heading")}
      </h2>
      {org.declaredMembership ? (
        <div className="mt-4 border-l-4 border-accent bg-accent-soft px-4 py-3">
          <p className="text-lg font-semibold text-ink">
            {t("declared", { label: org.declaredMembership.label, registered })}
          </p>
          <p className="mt-1 text-sm text-ink-muted">{t("declaredNote")}</p>
        </div>
      ) : registered > 0 ? (
        <p className="mt-3 text-lg">{t("registeredOnly", { registered })}</p>
      ) : null}

      {registered > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("current")}</h3>
          <MembershipList items={current} />
        </>
      ) : (
        <p className="mt-4 text-ink-muted">{t("none")}</p>
      )}
      {past.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("past")}</h3>
          <MembershipList items={past} />
        </>
      ) : null}
    </section>
  );
}
