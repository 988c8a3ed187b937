import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TranslationStatusList } from "@/components/staff/translations/translation-status-list";
import { run } from "@/db/queries/run";
import { getCampaignOriginalLocale, listTranslationStatus } from "@/db/queries/staff-translations";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/domain/ids";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/lib/domain/locales";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffTranslations");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Public records lacking a text in a language; or every record of one campaign (?campaign=). */
export default async function StaffTranslationsPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: SearchParams;
}) {
  await routeLocale(params);
  await requirePermission("staff.access", "/staff/translations");
  const query = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const asked = one(query.locale);
  // The first language other than the default one, unless another is asked for.
  const locale = isLocale(asked) ? asked : (LOCALES.find((l) => l !== DEFAULT_LOCALE) ?? DEFAULT_LOCALE);
  const asCampaign = one(query.campaign);
  const campaignId = asCampaign && isUuid(asCampaign) ? asCampaign : undefined;
  const [rows, originalLocale] = await Promise.all([
    run(listTranslationStatus, { locale, campaignId }),
    campaignId ? run(getCampaignOriginalLocale, { id: campaignId }) : null,
  ]);
  const campaign = campaignId && originalLocale ? { id: campaignId, originalLocale } : undefined;
  return <TranslationStatusList rows={rows} locale={locale} campaign={campaign} />;
}
