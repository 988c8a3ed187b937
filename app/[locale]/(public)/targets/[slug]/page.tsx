import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddressedLetters } from "@/components/targets/addressed-letters";
import { ClockFiguresSection } from "@/components/targets/clock-figures";
import { TargetHeader } from "@/components/targets/target-header";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { getTargetRecord } from "@/db/queries/public-targets";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { AWAITING_PATH, TARGETS_PATH, targetPath } from "@/lib/domain/urls";

/*
 * A target's page: its figures as /targets gives them, and every public letter addressed
 * to it with where that letter stands for this target. Cached like the other public
 * pages, expired by every letter and target write (cacheTags.targets) and rolled over with
 * the days, since "no response for N days" counts them.
 */
export const revalidate = 600;

/** No target is rendered at build time (the database is not there then); each is rendered on first visit. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: LocaleParams<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await routeLocale(params);
  const [record, t] = await Promise.all([
    getTargetRecord((await params).slug),
    getTranslations("targetPage"),
  ]);
  if (!record) return {};
  return sharedPageMetadata({
    title: record.target.name,
    description: t("metaDescription", { name: record.target.name }),
    canonical: targetPath(record.target.slug),
  });
}

export default async function TargetPage({ params }: Props) {
  await routeLocale(params);
  const record = await getTargetRecord((await params).slug);
  if (!record) notFound();
  const t = await getTranslations("targetPage");

  return (
    <article>
      <TargetHeader target={record.target} />
      <div className="mx-auto flex max-w-5xl flex-col gap-14 px-4 py-12 sm:px-6">
        <ClockFiguresSection
          figures={record.figures}
          heading={t("figures.heading")}
          note={t("figures.note")}
        />
        <AddressedLetters
          letters={record.letters}
          heading={t("letters.heading")}
          empty={t("letters.empty")}
          nameTarget={false}
        />
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href={TARGETS_PATH}>{t("targetsLink")}</Link>
          <Link href={AWAITING_PATH}>{t("awaitingLink")}</Link>
        </p>
      </div>
    </article>
  );
}
