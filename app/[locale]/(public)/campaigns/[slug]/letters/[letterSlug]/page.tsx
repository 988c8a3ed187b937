import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedDisclosure } from "@/components/embed/embed-disclosure";
import { FollowForm } from "@/components/following/follow-form";
import { LetterBody } from "@/components/letter/letter-body";
import { LetterPageBreadcrumb } from "@/components/letter/letter-breadcrumb";
import { LetterFacts } from "@/components/letter/letter-facts";
import { LetterResponses } from "@/components/letter/letter-responses";
import { type LetterRouteProps, letterMetadata, requireLetterPage } from "@/components/letter/letter-route";
import { LetterSignatories } from "@/components/letter/letter-signatories";
import { LetterStateLegend } from "@/components/letter/letter-state";
import { letterStateText } from "@/components/letter/letter-state-text";
import { LetterStatusBanner } from "@/components/letter/letter-status-banner";
import { LetterTally } from "@/components/letter/letter-tally";
import { LetterTargets } from "@/components/letter/letter-targets";
import { SignCallToAction } from "@/components/signing/sign-call-to-action";
import { FeedLink } from "@/components/timeline/feed-link";
import { ContentLanguageNote, LetterLanguages } from "@/components/translations/content-languages";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { routeLocale } from "@/i18n/route-locale";
import { addresseeNamesTarget } from "@/lib/domain/addressee";
import { letterEmbedPath, letterFeedPath, letterPath, letterPrintPath } from "@/lib/domain/urls";
import { formatTally } from "@/lib/i18n/tally";

// Served from the cache; the letter's writes revalidate its tag, and day counts roll over within 10 minutes.
export const revalidate = 600;

/** No letter is rendered at build time (the database is not there then); each is rendered on first visit. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  await routeLocale(params);
  return letterMetadata(params, async ({ letter }) => {
    const [t, timeline, state] = await Promise.all([
      getTranslations("letterPage"),
      getTranslations("timeline"),
      letterStateText(letter.clock, letter.targetCounts),
    ]);
    return {
      title: letter.title,
      description: t("metaDescription", {
        tally: formatTally(letter.tally, await getLocale()),
        state,
        addressee: letter.addressee,
        campaign: letter.campaignTitle,
      }),
      feed: {
        url: letterFeedPath(letter.campaignSlug, letter.slug),
        title: timeline("feed.letterLinkTitle", { letter: letter.title }),
      },
    };
  });
}

export default async function LetterPage({ params }: LetterRouteProps) {
  await routeLocale(params);
  const page = await requireLetterPage(params);
  const { letter } = page;
  const [t, timeline] = await Promise.all([getTranslations("letterPage"), getTranslations("timeline")]);
  const sample = letter.isSample || page.campaignIsSample;
  // A letter to one target reads as it always did; to several, each gets a row of its own.
  const several = letter.targets.length > 1;
  const only = letter.targets[0]!;
  // After "To <addressee>": the targets, unless the addressee line already names its one
  // target ("To the President of the Republic of Korea", not "…, Government of the Republic of Korea").
  const targetNote = several
    ? t("toSeveral", { count: letter.targets.length })
    : addresseeNamesTarget(only.addressee, only.name)
      ? null
      : only.name;
  const collecting = letter.clock.state === "collecting";

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <LetterPageBreadcrumb letter={letter} lang={page.language.shown} />

      <header className="mt-6">
        {sample ? (
          <p className="mb-3">
            <StatusBadge tone="warning">{t("sample")}</StatusBadge>
          </p>
        ) : null}
        <h1 lang={page.language.shown} className="text-3xl font-bold sm:text-4xl">
          {letter.title}
        </h1>
        <LetterLanguages
          language={page.language}
          path={letterPath(letter.campaignSlug, letter.slug)}
          className="mt-3 print:hidden"
        />
        {/* Where the letter stands comes first: its silence or its answer, or the way to sign it. */}
        <div className="mt-4">
          {collecting ? (
            <SignCallToAction letter={letter} className="print:hidden" />
          ) : (
            <LetterStatusBanner letter={letter} responses={page.responses} />
          )}
        </div>
        <p className="mt-4 text-lg">
          {t.rich("to", {
            addressee: several ? letter.addressee : only.addressee,
            strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
          })}
          {targetNote ? <span className="text-ink-muted">, {targetNote}</span> : null}
        </p>
        {sample ? <p className="mt-3 text-sm text-warning">{t("sampleLetter")}</p> : null}
        <LetterTally letter={letter} className="mt-6" />
        {collecting ? null : <SignCallToAction letter={letter} className="mt-4 print:hidden" />}
      </header>

      <div className="mt-6">
        <LetterFacts letter={letter} />
      </div>
      {several ? <LetterTargets targets={letter.targets} responses={page.responses} /> : null}
      <div className="mt-4 print:hidden">
        <LetterStateLegend />
      </div>
      <nav aria-label={t("actions")} className="mt-6 flex flex-wrap gap-3 print:hidden">
        <Link href={letterPrintPath(letter.campaignSlug, letter.slug)} className={buttonClasses("secondary")}>
          {t("print")}
        </Link>
        <a href="#signatories" className={buttonClasses("quiet")}>
          {t("allSignatories")}
        </a>
      </nav>
      <div className="print:hidden">
        <FeedLink
          href={letterFeedPath(letter.campaignSlug, letter.slug)}
          label={timeline("feed.letterLink")}
        />
      </div>
      <div className="mt-4">
        <EmbedDisclosure
          kind="letter"
          embedPath={letterEmbedPath(letter.campaignSlug, letter.slug)}
          title={letter.title}
          letter={{
            campaignSlug: letter.campaignSlug,
            slug: letter.slug,
            path: letterPath(letter.campaignSlug, letter.slug),
          }}
        />
      </div>

      <section aria-labelledby="letter-text-heading" className="mt-12">
        <h2 id="letter-text-heading" className="text-2xl font-bold sm:text-3xl">
          {t("textHeading")}
        </h2>
        <article className="mt-4 rounded-lg border border-line bg-surface px-5 py-6 shadow-[0_1px_2px_rgba(27,31,39,0.05)] sm:px-10 sm:py-10">
          <LetterBody markdown={page.bodyMarkdown} lang={page.language.shown} />
        </article>
      </section>

      <LetterResponses responses={page.responses} targets={letter.targets} sent={letter.sent !== null} />

      <div className="mt-12">
        <FollowForm campaignSlug={letter.campaignSlug} letterSlug={letter.slug} />
      </div>

      <LetterSignatories page={page} />
      <ContentLanguageNote notice={page.contentNotice} className="mt-8" />
    </div>
  );
}
