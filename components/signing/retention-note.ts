import { getLocale, getTranslations } from "next-intl/server";
import type { RetentionPlan } from "@/lib/domain/personal-data";
import { formatDay } from "@/lib/i18n/dates";

/**
 * How long a letter's signers' e-mail addresses are kept, as a sentence: "Your e-mail
 * address is kept until 12 months after this letter closes, then erased; …", or the date
 * once it has closed, or when it was erased.
 */
export async function retentionSentence(plan: RetentionPlan): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("privacy.retention"), getLocale()]);
  if (plan.state === "until_closed") return t("untilClosed", { months: plan.months });
  return t(plan.state, { date: formatDay(plan.at, locale), months: plan.months });
}
