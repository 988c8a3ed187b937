import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TargetForm } from "@/components/staff/campaigns/target-forms";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffTargets");
  return { title: t("newTitle") };
}

export default async function NewTargetPage() {
  await requirePermission("target.manage", "/staff/targets/new");
  const t = await getTranslations("staffTargets");
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      {/* Narrower, for reading; it starts where every staff page does. */}
      <div className="max-w-3xl">
        <p>
          <Link href="/staff/targets">
            <span aria-hidden="true">← </span>
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-4 text-4xl font-bold">{t("newTitle")}</h1>
        <p className="mt-3 text-lg text-ink-muted">{t("newIntro")}</p>
        <Card className="mt-8">
          <TargetForm timeZones={Intl.supportedValuesOf("timeZone")} />
        </Card>
      </div>
    </div>
  );
}
