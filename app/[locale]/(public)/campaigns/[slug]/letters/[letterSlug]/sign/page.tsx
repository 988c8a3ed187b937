import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterBody } from "@/components/letter/letter-body";
import { LetterPageBreadcrumb } from "@/components/letter/letter-breadcrumb";
import { countryOptions } from "@/components/signing/countries";
import { IndividualSignForm } from "@/components/signing/individual-sign-form";
import { letterShare } from "@/components/signing/letter-share";
import { OrganisationSigning, type SigningOrganisation } from "@/components/signing/organisation-signing";
import { retentionSentence } from "@/components/signing/retention-note";
import { SignInNote } from "@/components/signing/sign-in-note";
import {
  acceptedKinds,
  formatWindowInstant,
  signingWindow,
  windowClosedText,
} from "@/components/signing/signing-window";
import { LetterLanguages } from "@/components/translations/content-languages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { sharedPageMetadata } from "@/components/ui/page-metadata";
import { StatusBadge } from "@/components/ui/status-badge";
import { run } from "@/db/queries/run";
import { getSignPageLetter, listLiveOrganisationSignatures } from "@/db/queries/signing";
import { type LocaleParams, routeLocale } from "@/i18n/route-locale";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/domain/locales";
import { can, organisationsWhere } from "@/lib/domain/permissions";
import { letterRetentionPlan } from "@/lib/domain/personal-data";
import { signatoriesFrozen } from "@/lib/domain/signing-rules";
import { letterCardPath, letterPath, letterSignPath } from "@/lib/domain/urls";

/*
 * The sign page: rendered for each request, because what it offers depends on who is
 * signed in (the organisations they may sign for) and on the clock (the signing window,
 * the time the form was shown). The letter page links here and stays cached.
 */

type Params = { slug: string; letterSlug: string };

async function loadLetter(params: LocaleParams<Params>) {
  const { slug, letterSlug, locale } = await params;
  return run(getSignPageLetter, { campaignSlug: slug, letterSlug, locale: toLocale(locale) });
}

export async function generateMetadata({ params }: { params: LocaleParams<Params> }): Promise<Metadata> {
  await routeLocale(params);
  await connection();
  const letter = await loadLetter(params);
  if (!letter) return {};
  const t = await getTranslations("signing.page");
  return sharedPageMetadata({
    title: t("metaTitle", { letter: letter.title }),
    description: t("metaDescription", { letter: letter.title, addressee: letter.addressee }),
    canonical: letterSignPath(letter.campaignSlug, letter.slug),
    card: { path: letterCardPath(letter.campaignSlug, letter.slug), kind: "letter" },
  });
}

export default async function SignLetterPage({ params }: { params: LocaleParams<Params> }) {
  await routeLocale(params);
  await connection();
  const [letter, user] = await Promise.all([loadLetter(params), getCurrentUser()]);
  if (!letter) notFound();

  const now = new Date();
  const kinds = acceptedKinds(letter.whoCanSign);
  const signing = signingWindow(letter, now);
  const open = signing.state === "open";
  const letterHref = letterPath(letter.campaignSlug, letter.slug);
  const signHref = letterSignPath(letter.campaignSlug, letter.slug);
  // What the forms offer once signed: the letter to pass on, and its tally.
  const share = letterShare(letter);
  // The text shown, which a signature records having been read.
  const text = { locale: letter.language.shown, version: letter.language.version };

  const signerOf = new Set(organisationsWhere(user, "org.sign"));
  const ownOrganisations = user?.organisations.filter((o) => signerOf.has(o.organisationId)) ?? [];
  const [t, tCta, signatures] = await Promise.all([
    getTranslations("signing"),
    getTranslations("signing.cta"),
    kinds.organisations
      ? run(listLiveOrganisationSignatures, {
          letterId: letter.id,
          organisationIds: ownOrganisations.map((o) => o.organisationId),
        })
      : Promise.resolve([]),
  ]);

  const frozen = signatoriesFrozen(letter.status);
  const organisations: SigningOrganisation[] = ownOrganisations
    .map((o) => {
      const s = signatures.find((x) => x.organisationId === o.organisationId);
      return {
        id: o.organisationId,
        name: o.name,
        signature: s
          ? {
              id: s.signatureId,
              status: s.status,
              visibility: s.visibility,
              signedBy: s.signedBy,
              signedAt: s.signedAt,
              canWithdraw: !frozen && can(user, "org.withdraw", { organisationId: o.organisationId }),
            }
          : null,
      };
    })
    // Outside the signing window only what was signed is left to show (and to withdraw).
    .filter((o) => open || o.signature);

  const locale = await getLocale();
  const when = (at: Date) => formatWindowInstant(at, letter.timeZone, locale);
  // How long signers' e-mail addresses are kept: every sign page says so.
  const retention = await retentionSentence(letterRetentionPlan(letter));

  const organisationSection =
    kinds.organisations && (open || organisations.length > 0) ? (
      <section aria-labelledby="organisation-heading" className="mt-8" key="organisation">
        <Card>
          <h2 id="organisation-heading" className="text-2xl font-bold">
            {t("form.organisationHeading")}
          </h2>
          {!user ? (
            <SignInNote href={`/sign-in?callbackUrl=${encodeURIComponent(signHref)}`} />
          ) : ownOrganisations.length === 0 ? (
            <p className="mt-3 text-ink-muted">{t("form.notSigner")}</p>
          ) : (
            <>
              {open ? (
                <p className="mt-2 mb-5 text-ink-muted">{t("form.organisationIntro")}</p>
              ) : (
                <div className="mt-4" />
              )}
              <OrganisationSigning
                letterId={letter.id}
                text={text}
                organisations={organisations}
                share={share}
              />
            </>
          )}
        </Card>
      </section>
    ) : null;

  const individualSection =
    kinds.individuals && open ? (
      <section aria-labelledby="individual-heading" className="mt-8" key="individual">
        <Card>
          <h2 id="individual-heading" className="text-2xl font-bold">
            {t("form.individualHeading")}
          </h2>
          <p className="mt-2 mb-5 text-ink-muted">{t("form.individualIntro")}</p>
          <IndividualSignForm
            letterId={letter.id}
            text={text}
            startedAt={now.getTime()}
            countries={countryOptions(locale)}
            share={share}
          />
        </Card>
      </section>
    ) : null;

  // Someone who may sign for an organisation most likely came to do that.
  const sections =
    ownOrganisations.length > 0
      ? [organisationSection, individualSection]
      : [individualSection, organisationSection];

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <LetterPageBreadcrumb letter={letter} current={t("page.crumb")} lang={letter.language.shown} />
      <header className="mt-6">
        {letter.isSample ? <StatusBadge tone="warning">{t("page.sampleBadge")}</StatusBadge> : null}
        <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{t("page.title")}</h1>
        <p className="mt-3 text-lg">
          {t("page.intro", { letter: letter.title, addressee: letter.addressee })}
        </p>
        {letter.isSample ? <p className="mt-3 text-sm text-warning">{t("page.sample")}</p> : null}
        <LetterLanguages language={letter.language} path={signHref} className="mt-3" />
        {open ? (
          <ul className="mt-4 flex flex-col gap-1 border-l-4 border-accent bg-surface px-4 py-3 text-ink">
            <li>{t(`page.who.${letter.whoCanSign}`)}</li>
            {signing.closesAt ? <li>{t("page.closes", { date: when(signing.closesAt) })}</li> : null}
            {letter.requiresApproval ? <li>{t("page.approval")}</li> : null}
            <li>{retention}</li>
          </ul>
        ) : (
          <>
            <Alert tone="info" title={t("page.cannotSign")} className="mt-6">
              {windowClosedText(tCta, signing, letter.timeZone, locale)}
            </Alert>
            <p className="mt-4 text-ink-muted">{retention}</p>
          </>
        )}
      </header>

      {open ? (
        // Closed at first, so the form stays near the top on a phone; a <details> opens without script.
        <details className="group mt-8 rounded-lg border border-line bg-surface">
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-5 py-3 font-semibold text-accent marker:content-none">
            <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            <h2 className="inline text-lg">{t("page.letterText")}</h2>
          </summary>
          <div className="border-t border-line px-5 py-6 sm:px-8">
            <LetterBody markdown={letter.bodyMarkdown} lang={letter.language.shown} />
          </div>
        </details>
      ) : null}

      {sections}

      {!open ? (
        <p className="mt-8">
          <Link href={letterHref}>{t("page.backToLetter")}</Link>
        </p>
      ) : null}
    </div>
  );
}
