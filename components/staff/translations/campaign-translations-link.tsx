import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/domain/locales";
import { translationListPath } from "./paths";

/** From a campaign's staff page: every record of the campaign and its text in the other language. */
export async function CampaignTranslationsLink({ campaignId }: { campaignId: string }) {
  const t = await getTranslations("staffTranslations");
  const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE) ?? DEFAULT_LOCALE;
  return (
    <Link href={translationListPath(locale, campaignId)} className={buttonClasses("secondary")}>
      {t("campaignLink")}
    </Link>
  );
}
