import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PositionPasteForm } from "@/components/staff/resolutions/list-paste-forms";
import { PositionsTable } from "@/components/staff/resolutions/positions-table";
import { TextForm } from "@/components/staff/resolutions/resolution-forms";
import { StaffPage, StaffRecordHeader, StaffSection } from "@/components/staff/staff-page";
import { recordLoader, type StaffRecordProps } from "@/components/staff/staff-record";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { getStaffText } from "@/db/queries/un-staff";
import { routeLocale } from "@/i18n/route-locale";
import { requirePermission } from "@/lib/auth/session";
import { ADOPTION_METHODS } from "@/lib/domain/un/positions";
import { formatDay } from "@/lib/i18n/dates";
import { PASTE_LIST_KINDS } from "@/lib/validations/resolutions";

const load = recordLoader(getStaffText);

export async function generateMetadata({ params }: StaffRecordProps): Promise<Metadata> {
  await routeLocale(params);
  const t = await getTranslations("staffResolutions");
  const found = await load((await params).id);
  return {
    title: found ? t("text.title", { session: found.session.label, title: found.text.title }) : t("title"),
  };
}

/** A resolution text's page: what it is, the lists pasted onto it, and every position on record. */
export default async function StaffTextPage({ params, searchParams }: StaffRecordProps) {
  await routeLocale(params);
  const { id } = await params;
  await requirePermission("resolution.manage", `/staff/resolutions/texts/${id}`);
  const [t, tAdoption, found, { created }] = await Promise.all([
    getTranslations("staffResolutions"),
    getTranslations("staffResolutions.adoptions"),
    load(id),
    searchParams,
  ]);
  if (!found) notFound();
  const { text, resolution, session, body, positions } = found;
  const adoption =
    text.adoption === "recorded_vote"
      ? t("text.recordedVote", {
          yes: text.yesCount ?? 0,
          no: text.noCount ?? 0,
          abstain: text.abstainCount ?? 0,
        })
      : tAdoption(text.adoption);

  return (
    <StaffPage narrow>
      <StaffRecordHeader
        back={{ href: "/staff/resolutions", label: t("back") }}
        title={text.title}
        subtitle={
          <>
            {t("text.line", { line: resolution.title })} ·{" "}
            <Link href={`/staff/resolutions/bodies/${body.id}`}>{body.name}</Link> · {session.label}
          </>
        }
        created={created ? t("text.created") : null}
      />

      <StaffSection id="text-details" heading={t("text.details")} first>
        <Card className="mt-4">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("text.symbols")}</dt>
            <dd>{[text.draftSymbol, text.adoptedSymbol].filter(Boolean).join(" · ") || "—"}</dd>
            <dt className="font-semibold">{t("text.adoption")}</dt>
            <dd>
              {adoption}
              {text.adoptedOn ? `, ${formatDay(text.adoptedOn, await getLocale())}` : null}
            </dd>
            {text.coreGroup ? (
              <>
                <dt className="font-semibold">{t("text.coreGroup")}</dt>
                <dd>{text.coreGroup}</dd>
              </>
            ) : null}
            {text.sourceUrl ? (
              <>
                <dt className="font-semibold">{t("text.source")}</dt>
                <dd>
                  <a href={text.sourceUrl} rel="noopener noreferrer">
                    {text.sourceLabel ?? text.sourceUrl}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <div className="mt-5">
            <TextForm summary={t("text.edit")} adoptions={ADOPTION_METHODS} text={text} />
          </div>
        </Card>
      </StaffSection>

      <StaffSection id="text-paste" heading={t("text.paste")} intro={t("text.pasteIntro")}>
        <Card className="mt-4">
          <PositionPasteForm textId={text.id} listKinds={PASTE_LIST_KINDS} />
        </Card>
      </StaffSection>

      <StaffSection id="text-positions" heading={t("text.positions")}>
        <PositionsTable positions={positions} />
      </StaffSection>
    </StaffPage>
  );
}
