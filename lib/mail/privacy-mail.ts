import type { Locale } from "@/lib/domain/locales";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { formatDay } from "@/lib/i18n/dates";
import { type Mail, mailWithLink } from "./mail-text";

/*
 * The e-mail the "your data" page sends on request, in the catalog's words
 * (privacy.mail.link) in the language of the page: the link to what the site holds about
 * the address.
 */

/** The link to what is held about the address, and until when it works. */
export function dataLinkMail({
  link,
  expiresAt,
  siteUrl,
  locale,
}: {
  link: string;
  expiresAt: Date;
  siteUrl: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "privacy.mail.link" });
  const values = {
    site: siteNameIn(locale),
    host: new URL(siteUrl).host,
    expires: formatDay(expiresAt, locale),
  };
  return mailWithLink({
    subject: t("subject", values),
    intro: t("intro", values),
    button: t("button"),
    link,
    outro: t("outro", values),
  });
}
