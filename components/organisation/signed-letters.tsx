import { getLocale, getTranslations } from "next-intl/server";
import { LabelledLetterState, LetterCard } from "@/components/campaign/letter-card";
import { LetterStateLegend } from "@/components/letter/letter-state";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicOrganisationPage, PublicOrganisationSignature } from "@/db/queries/public-organisations";
import { formatDay, formatPreciseDate } from "@/lib/i18n/dates";
import { dayTag, timeTag } from "./precise-time";

/** The published letters an organisation signed in its own name, each with where it stands now. */
export async function SignedLetters({ org }: { org: PublicOrganisationPage }) {
  const t = await getTranslations("organisationPage.signatures");
  const name = org.shortName ?? org.name;
  return (
    <section aria-labelledby="letters-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="letters-heading" className="text-3xl font-bold">
          {t("heading")}
        </h2>
        <p className="text-ink-muted">{t("count", { count: org.signatures.length })}</p>
      </div>
      <p className="mt-2 max-w-3xl text-ink-muted">{t("intro", { name })}</p>
      {org.signatures.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-line-strong p-6 text-ink-muted">
          {t("none", { name })}
        </p>
      ) : (
        <>
          <div className="mt-4">
            <LetterStateLegend />
          </div>
          <ul className="mt-6 flex flex-col gap-4">
            {org.signatures.map((s) => (
              <SignedLetter key={`${s.campaignSlug}/${s.letterSlug}`} signature={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

async function SignedLetter({ signature: s }: { signature: PublicOrganisationSignature }) {
  const [t, locale] = await Promise.all([getTranslations("organisationPage.signatures"), getLocale()]);
  return (
    <LetterCard
      campaign={{ slug: s.campaignSlug, title: s.campaignTitle }}
      letter={{ slug: s.letterSlug, title: s.letterTitle }}
      campaignLabel={t("campaign")}
      addressedTo={
        s.targetName === null
          ? t("addressedToSeveral", { addressee: s.addressee, count: s.targetCounts.total })
          : t("addressedTo", { addressee: s.addressee, target: s.targetName })
      }
      roomy
    >
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <LabelledLetterState label={t("state")} clock={s.clock} targets={s.targetCounts} />
        {s.isSample ? <StatusBadge tone="warning">{t("sampleLetter")}</StatusBadge> : null}
        <span className="text-sm text-ink-muted">
          {s.sent
            ? t.rich("sent", { date: formatPreciseDate(s.sent, locale), time: timeTag(s.sent) })
            : t("notSent")}
        </span>
        {s.signedOn ? (
          <span className="text-sm text-ink-muted">
            {t.rich("signed", {
              date: formatDay(s.signedOn, locale),
              time: dayTag(s.signedOn),
            })}
          </span>
        ) : null}
      </div>
    </LetterCard>
  );
}
