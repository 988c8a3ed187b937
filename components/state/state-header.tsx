import { getTranslations } from "next-intl/server";
import { BandBackLink, Eyebrow, PageBand } from "@/components/layout/page-band";
import type { UnState } from "@/lib/domain/un/states";
import { STATES_PATH } from "@/lib/domain/urls";

/** A state as the UN names it, with its Korean name, its regional group and its status. */
export async function StateHeader({ state }: { state: UnState }) {
  const [t, tGroups] = await Promise.all([getTranslations("statePage"), getTranslations("regionalGroups")]);
  return (
    <PageBand>
      <BandBackLink label={t("breadcrumb")} href={STATES_PATH}>
        {t("allStates")}
      </BandBackLink>
      <Eyebrow className="mt-4">{state.status === "observer" ? t("observer") : t("member")}</Eyebrow>
      <h1 className="mt-3 text-3xl font-bold text-ink sm:text-5xl">{state.name}</h1>
      <p lang="ko" className="mt-2 text-xl text-ink-muted">
        {state.nameKo}
      </p>
      <dl className="mt-6 grid gap-x-10 gap-y-4 border-t border-line pt-5 sm:grid-cols-[auto_auto_1fr]">
        <div>
          <dt className="text-xs font-bold tracking-wider text-ink-muted uppercase">{t("group")}</dt>
          <dd className="mt-1 font-semibold text-ink">
            {state.regionalGroup ? tGroups(state.regionalGroup) : t("noGroup")}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-bold tracking-wider text-ink-muted uppercase">{t("code")}</dt>
          <dd className="mt-1 font-semibold text-ink">{state.iso3}</dd>
        </div>
      </dl>
    </PageBand>
  );
}
