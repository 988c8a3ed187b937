import { getTranslations } from "next-intl/server";
import { formatPreciseDate } from "@/lib/domain/dates";
import type { RetentionPlan } from "@/lib/domain/personal-data";

/** A day as pages write it, from an instant (its UTC day). */
const day = (at: Date) => formatPreciseDate({ date: at.toISOString().slice(0, 10), precision: "day" });

/**
 * How long a letter's signers' e-mail addresses are kept, as a sentence: "Your e-mail
 * address is kept until 12 months after this letter closes, then erased; …", or the date
 * once it has closed, or when it was erased.
 */
export async function retentionSentence(plan: RetentionPlan): Promise<string> {
  const t = await getTranslations("privacy.retention");
  if (plan.state === "until_closed") return t("untilClosed", { months: plan.months });
  return t(plan.state, { date: day(plan.at), months: plan.months });
}
