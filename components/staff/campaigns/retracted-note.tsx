import { getTranslations } from "next-intl/server";

/** Shown on a retracted ask, event or response: it stays on the record, with its reason. */
export async function RetractedNote({ at, reason }: { at: string; reason: string | null }) {
  const t = await getTranslations("staffCampaignForms.retract");
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(at));
  return (
    <p className="mt-3 rounded-md border-l-4 border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      <span className="font-semibold">{t("retractedOn", { date })}</span> {reason}
    </p>
  );
}
