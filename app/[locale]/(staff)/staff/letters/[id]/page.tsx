import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditLetterForm } from "@/components/staff/letters/letter-form";
import { LetterOverview } from "@/components/staff/letters/letter-overview";
import { LetterStatusBadge } from "@/components/staff/letters/letter-status-badge";
import { letterFormValues } from "@/components/staff/letters/letter-values";
import { LetterVersions } from "@/components/staff/letters/letter-versions";
import { LifecycleControls } from "@/components/staff/letters/lifecycle-controls";
import { SignatureCounts } from "@/components/staff/letters/signature-counts";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { LetterTranslations } from "@/components/staff/translations/letter-translations";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { countFollowers } from "@/db/queries/following";
import { run } from "@/db/queries/run";
import { getStaffLetter, listTargetChoices } from "@/db/queries/staff-letters";
import { listLetterTranslationStates } from "@/db/queries/staff-translations";
import { listSessionOptions } from "@/db/queries/un-staff";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { todayIn } from "@/lib/domain/deadlines";
import { isUuid } from "@/lib/domain/ids";
import { wasSent } from "@/lib/domain/letter-lifecycle";
import { siteRetentionMonths } from "@/lib/domain/personal-data";
import { letterPath } from "@/lib/domain/urls";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await routeLocale(params);
  // No letter title here: a draft's title is for staff, and metadata is not permission-checked.
  const t = await getTranslations("staffLetters");
  return { title: t("edit.metaTitle") };
}

type Props = {
  params: LocaleParams<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StaffLetterPage({ params, searchParams }: Props) {
  await routeLocale(params);
  const { id } = await params;
  await requirePermission("letter.manage", `/staff/letters/${encodeURIComponent(id)}`);
  if (!isUuid(id)) notFound();
  const [letter, t, query, targets, sessions] = await Promise.all([
    run(getStaffLetter, { id }),
    getTranslations("staffLetters"),
    searchParams,
    run(listTargetChoices),
    run(listSessionOptions),
  ]);
  if (!letter) notFound();
  const [followers, following, languages, translations] = await Promise.all([
    run(countFollowers, { campaignId: letter.campaign.id }),
    getTranslations("following.staff"),
    run(listLetterTranslationStates, { letterId: letter.id }),
    getTranslations("staffTranslations.letterSection"),
  ]);
  const ours = followers.letters.get(letter.id) ?? { responses: 0, all: 0, signers: 0 };
  // Its own targets first, in its order, then the campaign's others: each with a line.
  const ownIds = new Set(letter.targets.map((target) => target.id));
  const choices = [...letter.targets, ...letter.campaign.targets.filter((c) => !ownIds.has(c.id))];

  const publicPath =
    letter.status !== "draft" && letter.campaign.isPublic
      ? letterPath(letter.campaign.slug, letter.slug)
      : null;
  const today = todayIn(letter.target.timeZone, new Date());
  const live = letter.signatureCounts.pending + letter.signatureCounts.confirmed;

  return (
    <StaffPage>
      <StaffRecordHeader
        back={{
          href: `/staff/letters?campaign=${letter.campaign.id}`,
          label: t("edit.back", { campaign: letter.campaign.title }),
        }}
        title={letter.title}
      />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <LetterStatusBadge status={letter.status} />
        {publicPath ? (
          <Link href={publicPath}>{t("edit.publicLink")}</Link>
        ) : (
          <span className="text-ink-muted">
            {letter.status === "draft" ? t("edit.draftNotice") : t("edit.privateNotice")}
          </span>
        )}
      </div>
      <p className="mt-3 text-ink-muted">
        {following("letter", { followers: ours.responses + ours.all, signers: ours.signers })}
      </p>
      {query.created === "1" && letter.status === "draft" ? (
        <Alert tone="success" className="mt-6">
          {t("edit.created")}
        </Alert>
      ) : null}

      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="overview-heading">
          <h2 id="overview-heading" className="text-2xl font-bold">
            {t("overview.heading")}
          </h2>
          <Card className="mt-4">
            <LetterOverview letter={letter} />
          </Card>
        </section>
        <section aria-labelledby="lifecycle-heading">
          <h2 id="lifecycle-heading" className="text-2xl font-bold">
            {t("lifecycle.heading")}
          </h2>
          <Card className="mt-4">
            <LifecycleControls
              letterId={letter.id}
              status={letter.status}
              liveSignatures={live}
              pendingSignatures={letter.signatureCounts.pending}
              today={today}
              timeZone={letter.target.timeZone}
            />
          </Card>
        </section>
      </div>

      <StaffSection id="signatures-heading" heading={t("signatures.heading")}>
        <div className="mt-4">
          <SignatureCounts counts={letter.signatureCounts} />
        </div>
        {letter.signatureCounts.pending > 0 ? (
          <p className="mt-3">
            <Link href={`/staff/signatures?letter=${letter.id}`}>
              {t("signatures.moderate", { count: letter.signatureCounts.pending })}
            </Link>
          </p>
        ) : null}
      </StaffSection>

      <StaffSection id="edit-heading" heading={t("edit.heading")}>
        <Card className="mt-4">
          <EditLetterForm
            letterId={letter.id}
            chosen={letter.targets.map((target) => ({
              targetId: target.id,
              // While editable, the letter's own line shows as empty: it then follows that line.
              addressee:
                target.addressee === letter.addressee && !wasSent(letter.status) ? "" : target.addressee,
            }))}
            choices={choices}
            targets={targets}
            sessions={sessions}
            timeZone={letter.target.timeZone}
            campaignSlug={letter.campaign.slug}
            slugLocked={letter.status !== "draft"}
            textLocked={wasSent(letter.status)}
            updatedAt={letter.updatedAt}
            version={letter.version}
            liveOnCurrentVersion={letter.liveOnCurrentVersion}
            initial={letterFormValues(letter)}
            retentionDefault={siteRetentionMonths()}
          />
        </Card>
      </StaffSection>

      <StaffSection id="translations-heading" heading={translations("heading")} intro={translations("intro")}>
        <LetterTranslations letterId={letter.id} states={languages} />
      </StaffSection>

      <StaffSection id="versions-heading" heading={t("versions.heading")} intro={t("versions.intro")}>
        <div className="mt-4">
          <LetterVersions versions={letter.versions} current={letter.version} />
        </div>
      </StaffSection>
    </StaffPage>
  );
}
