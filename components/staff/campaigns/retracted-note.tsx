import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/dates";

/** Shown on a retracted ask, event or response: it stays on the record, with its reason. */
export async function RetractedNote({ at, reason }: { at: string; reason: string | null }) {
  const [t, locale] = await Promise.all([getTranslations("staffCampaignForms.retract"), getLocale()]);
  const date = formatDay(new Date(at), locale);
  return (
    <p className="mt-3 rounded-md border-l-4 border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      <span className="font-semibold">{t("retractedOn", { date })}</span> {reason}
    </p>
  );
}
