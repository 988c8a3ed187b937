import type { NewsFacts } from "@/db/queries/notifications";
import type { DeliverySource } from "@/lib/domain/following";
import { type Locale, localePath } from "@/lib/domain/locales";
import { campaignPath, letterPath } from "@/lib/domain/urls";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { formatPreciseDate } from "@/lib/i18n/dates";
import { type Mail, mailWithLink } from "./mail-text";

/*
 * The e-mails of following, in the catalog's words (following.mail), in the language the
 * person used (the locale stored with each follow and signature, or the request's): the
 * link that confirms a follow, the note to an address that already follows, the link to
 * manage one's subscriptions, and the digest of a campaign's news. Their links open the
 * pages in the same language. The digest is plain text: mail clients make its links
 * clickable, and at 50,000 copies a second body would double the outbox.
 */

/** What is followed, as an e-mail names it. */
export type FollowedThing = { campaignTitle: string; letterTitle: string | null };

const followedValues = (thing: FollowedThing) => ({
  campaign: thing.campaignTitle,
  letter: thing.letterTitle ?? "",
  isLetter: thing.letterTitle ? "yes" : "no",
});

/** The link that confirms a follow, saying what is followed and at which level. */
export function followConfirmationMail({
  thing,
  level,
  link,
  siteUrl,
  locale,
}: {
  thing: FollowedThing;
  level: "responses" | "all";
  link: string;
  siteUrl: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "following.mail" });
  const values = { ...followedValues(thing), site: siteNameIn(locale), host: new URL(siteUrl).host, level };
  return mailWithLink({
    subject: t("confirm.subject", values),
    intro: t("confirm.intro", values),
    button: t("confirm.button"),
    link,
    outro: t("confirm.outro", values),
  });
}

/** To an address that already follows: nothing changed; here is how to change it. */
export function alreadyFollowingMail({
  thing,
  manageLink,
  siteUrl,
  locale,
}: {
  thing: FollowedThing;
  manageLink: string;
  siteUrl: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "following.mail" });
  const values = { ...followedValues(thing), site: siteNameIn(locale), host: new URL(siteUrl).host };
  return mailWithLink({
    subject: t("already.subject", values),
    intro: t("already.intro", values),
    button: t("manage.button"),
    link: manageLink,
    outro: t("already.outro", values),
  });
}

/** The link to see and change every subscription of an address. */
export function manageLinkMail({
  link,
  siteUrl,
  locale,
}: {
  link: string;
  siteUrl: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "following.mail" });
  const values = { site: siteNameIn(locale), host: new URL(siteUrl).host };
  return mailWithLink({
    subject: t("manage.subject", values),
    intro: t("manage.intro", values),
    button: t("manage.button"),
    link,
    outro: t("manage.outro", values),
  });
}

// ── The digest ───────────────────────────────────────────────────────────────

/** The part of a digest that is the same for everyone who hears one piece of news: its paragraph. */
export function newsParagraph(
  facts: NewsFacts,
  { siteUrl, locale }: { siteUrl: string; locale: Locale },
): string {
  const t = catalogTranslator({ locale, namespace: "following.mail" });
  const timeline = catalogTranslator({ locale, namespace: "timeline" });
  const date = facts.on ? formatPreciseDate(facts.on, locale) : "";
  const values = {
    campaign: facts.campaign.title,
    letter: facts.letter?.title ?? "",
    addressee: facts.letter?.addressee ?? "",
    who: facts.who ?? "",
    ask: facts.ask ?? "",
    title: facts.title ?? "",
    date,
    hasDate: date ? "yes" : "no",
    about: facts.letter ? "letter" : facts.ask ? "ask" : "none",
    responseKind: facts.what.responseKind
      ? timeline(`responseKind.${facts.what.responseKind}` as "responseKind.vote")
      : "",
    stance: facts.what.stance
      ? timeline(`stances.${facts.what.stance}` as "stances.positive").toLowerCase()
      : "",
    outcome: facts.what.outcome
      ? timeline(`outcomes.${facts.what.outcome}` as "outcomes.met").toLowerCase()
      : "",
    eventKind: facts.what.eventKind ? timeline(`eventKind.${facts.what.eventKind}` as "eventKind.other") : "",
  };
  const headline = facts.retraction ? t(`retracted.${facts.kind}`, values) : t(`news.${facts.kind}`, values);
  const lines = [`— ${headline}`];
  if (facts.retraction) {
    if (facts.retractionReason) lines.push(t("retracted.reason", { reason: facts.retractionReason }));
  } else {
    if (facts.summary) lines.push(`“${facts.summary.trim()}”`);
    lines.push(facts.source ? t("source", { url: facts.source }) : t("noSource"));
  }
  const page = facts.letter
    ? letterPath(facts.campaign.slug, facts.letter.slug)
    : `${campaignPath(facts.campaign.slug)}${facts.anchor ? `#${facts.anchor}` : ""}`;
  lines.push(t("more", { url: `${siteUrl}${localePath(locale, page)}` }));
  return lines.join("\n");
}

/** Why the person hears the campaign, for the digest's footer. */
export type DigestReason = { source: DeliverySource; letterTitle: string | null };

/**
 * One person's digest of a campaign's news: the paragraphs (made once per piece of news,
 * by newsParagraph), why they get it, and the two ways out.
 */
export function digestMail({
  campaignTitle,
  paragraphs,
  headline,
  reason,
  unsubscribeUrl,
  manageUrl,
  locale,
}: {
  campaignTitle: string;
  paragraphs: readonly string[];
  /** The single piece of news' headline kind, for the subject of a one-item digest. */
  headline: { kind: string; retraction: boolean } | null;
  reason: DigestReason;
  unsubscribeUrl: string;
  manageUrl: string;
  /** The recipient's language: the follow's or the signature's. */
  locale: Locale;
}): Pick<Mail, "subject" | "text"> {
  const t = catalogTranslator({ locale, namespace: "following.mail" });
  const subject =
    paragraphs.length === 1 && headline
      ? t("digest.subjectOne", {
          campaign: campaignTitle,
          kind: headline.retraction ? "retraction" : headline.kind,
        })
      : t("digest.subjectMany", { campaign: campaignTitle, count: paragraphs.length });
  const why = t("digest.why", {
    source: reason.source,
    campaign: campaignTitle,
    letter: reason.letterTitle ?? "",
  });
  const text = [
    t("digest.intro", { campaign: campaignTitle, site: siteNameIn(locale), count: paragraphs.length }),
    ...paragraphs,
    [why, t("digest.stop", { url: unsubscribeUrl }), t("digest.manage", { url: manageUrl })].join("\n"),
  ].join("\n\n");
  return { subject, text: `${text}\n` };
}
