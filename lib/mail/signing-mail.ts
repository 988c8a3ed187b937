import type { Locale } from "@/lib/domain/locales";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails of signing, in the catalog's words (signing.mail) in the language the signer
 * used, laid out by ./mail-text.
 * Anyone can type anyone's address into the sign form, so these e-mails carry nothing
 * the signer typed except their name, made inert (inertName), and say which site and
 * which letter asked, and that ignoring the e-mail publishes nothing.
 */

const expiryFormats = new Map<Locale, Intl.DateTimeFormat>();

/** When a link stops working, to the minute, in UTC: "3 March 2020 at 14:05", "2020년 3월 3일 14:05". */
function expiryText(at: Date, locale: Locale): string {
  let format = expiryFormats.get(locale);
  if (!format) {
    // A 24-hour clock in every language: unambiguous, and what en-GB writes anyway.
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
      hourCycle: "h23",
    });
    expiryFormats.set(locale, format);
  }
  return format.format(at);
}

/**
 * A name as an e-mail may show it: nothing a mail client would turn into a link. A dot
 * between characters ("evil.example", "a@b.example") becomes a one-dot leader (U+2024),
 * "://" loses its slashes to division slashes, and "@" is the full-width one; line
 * breaks are spaces. A person's name reads the same.
 */
export function inertName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/\.(?=\S)/g, "\u2024")
    .replace(/:\/\//g, ":\u2215\u2215")
    .replace(/@/g, "\uff20");
}

/** Who asked: the site's name and host. */
function siteValues(siteUrl: string, locale: Locale) {
  return { site: siteNameIn(locale), host: new URL(siteUrl).host };
}

/** The confirmation e-mail with its single-use link. */
export function confirmationMail({
  name,
  letterTitle,
  link,
  expiresAt,
  siteUrl,
  retentionMonths,
  locale,
}: {
  name: string;
  letterTitle: string;
  link: string;
  expiresAt: Date;
  /** The site's public address: the e-mail says which site asked. */
  siteUrl: string;
  /** How long after the letter closes the address is kept (retentionMonthsOf). */
  retentionMonths: number;
  /** The language the signer used: the e-mail's, and its link's page's. */
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "signing.mail" });
  const retention = catalogTranslator({ locale, namespace: "privacy.retention" });
  const values = {
    ...siteValues(siteUrl, locale),
    name: inertName(name),
    letter: letterTitle,
    expires: `${expiryText(expiresAt, locale)} UTC`,
  };
  return mailWithLink({
    subject: t("confirm.subject", values),
    intro: t("confirm.intro", values),
    button: t("confirm.button"),
    link,
    outro: `${t("confirm.outro", values)}\n\n${retention("untilClosed", { months: retentionMonths })}`,
  });
}

/** To a mailbox that has already signed: nothing changed, and nobody else was told. */
export function alreadySignedMail({
  letterTitle,
  awaitingApproval,
  siteUrl,
  locale,
}: {
  letterTitle: string;
  awaitingApproval: boolean;
  siteUrl: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "signing.mail" });
  const values = { ...siteValues(siteUrl, locale), letter: letterTitle };
  const text = `${t(awaitingApproval ? "already.bodyAwaiting" : "already.body", values)}\n`;
  return { subject: t("already.subject", values), text, html: paragraphs(text.trim()) };
}
