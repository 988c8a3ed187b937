import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { PublicOrganisationPage } from "@/db/queries/public-organisations";
import { MembershipGroups } from "./membership-list";

/** A coalition's membership: what it declares it represents, and who is registered here. */
export async function CoalitionMembers({ org }: { org: PublicOrganisationPage }) {
  const t = await getTranslations("organisationPage.members");
  const { current, past } = org.members;
  const registered = current.length;
  return (
    <Section id="members-heading" heading={t("heading")} large>
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

      <MembershipGroups
        current={current}
        past={past}
        headings={{ current: t("current"), past: t("past") }}
        noCurrent={<p className="mt-4 text-ink-muted">{t("none")}</p>}
      />
    </Section>
  );
}
