import { getTranslations } from "next-intl/server";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import type { TranslationStatusRow } from "@/db/queries/staff-translations";
import { LOCALES, type Locale } from "@/lib/domain/locales";
import { OriginalLanguageForm } from "./original-language-form";
import { translationListPath } from "./paths";
import { TranslationStatusTable } from "./translation-status-table";

/**
 * The staff translations page: the records lacking a text in `locale` across public
 * campaigns, or every record of one campaign (`campaignId`) with how far it has got, and
 * the other languages to look at.
 */
export async function TranslationStatusList({
  rows,
  locale,
  campaign: chosen,
}: {
  rows: readonly TranslationStatusRow[];
  locale: Locale;
  /** The campaign whose records are listed, with the language it is written in. */
  campaign?: { id: string; originalLocale: Locale };
}) {
  const campaignId = chosen?.id;
  const [t, names] = await Promise.all([
    getTranslations("staffTranslations"),
    getTranslations("contentLanguage.language"),
  ]);
  const language = names(locale);
  const campaign = campaignId ? rows.find((r) => r.campaign.id === campaignId)?.campaign : undefined;
  return (
    <StaffPage>
      <StaffPageHeader
        back={
          campaignId
            ? { href: `/staff/campaigns/${campaignId}`, label: t("backToCampaign") }
            : { href: "/staff", label: t("backToDashboard") }
        }
        title={t("title")}
        intro={
          campaign ? t("introCampaign", { campaign: campaign.title, language }) : t("intro", { language })
        }
      >
        <nav aria-label={t("languages")} className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1">
          <span className="font-semibold">{t("languages")}</span>
          {LOCALES.map((l) => (
            <Link
              key={l}
              href={translationListPath(l, campaignId)}
              aria-current={l === locale ? "page" : undefined}
              className={l === locale ? "font-semibold no-underline" : undefined}
            >
              {names(l)}
            </Link>
          ))}
          {campaignId ? <Link href={translationListPath(locale)}>{t("backToAll")}</Link> : null}
        </nav>
      </StaffPageHeader>
      {chosen ? (
        <div className="mt-8 max-w-xl">
          <OriginalLanguageForm kind="campaign" id={chosen.id} originalLocale={chosen.originalLocale} />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState className="mt-8">{t("empty", { language })}</EmptyState>
      ) : (
        <div className="mt-8">
          <TranslationStatusTable rows={rows} locale={locale} showCampaign={!campaignId} />
        </div>
      )}
    </StaffPage>
  );
}
