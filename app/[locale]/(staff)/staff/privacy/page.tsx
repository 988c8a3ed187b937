import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErasureQueue } from "@/components/staff/privacy/erasure-queue";
import { StaffPage, StaffPageHeader } from "@/components/staff/staff-page";
import { listOpenErasureRequests } from "@/db/queries/data-subject";
import { run } from "@/db/queries/run";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("privacy.staff");
  return { title: t("title") };
}

/** The requests to erase an address's data, oldest first, each with what erasing it does. */
export default async function StaffPrivacyPage({ params }: { params: LocaleParams }) {
  await routeLocale(params);
  await requirePermission("privacy.manage", "/staff/privacy");
  const [t, requests] = await Promise.all([getTranslations("privacy.staff"), run(listOpenErasureRequests)]);
  return (
    <StaffPage>
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      <ErasureQueue requests={requests} />
    </StaffPage>
  );
}
