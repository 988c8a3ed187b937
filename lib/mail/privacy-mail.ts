import type { Locale } from "@/lib/domain/locales";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { formatDay } from "@/lib/i18n/dates";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails about what the site holds, in the catalog's words (privacy.mail) in the
 * person's language: the link to what the site holds about the address, and the answer
 * to an erasure request staff declined.
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

/**
 * The answer to an erasure request staff declined, in the language the person asked in:
 * the reason as staff wrote it, and that nothing was erased. The footer's link to their
 * data (withDataFooter) lets them ask again.
 */
export function erasureDeclinedMail({ reason, locale }: { reason: string; locale: Locale }): Mail {
  const words = catalogTranslator({ locale, namespace: "privacy.mail.declined" });
  const site = siteNameIn(locale);
  const intro = words("intro", { site });
  const outro = words("outro", { site });
  return {
    subject: words("subject", { site }),
    text: `${intro}\n\n${reason}\n\n${outro}\n`,
    html: `${paragraphs(intro)}\n<blockquote>${paragraphs(reason)}</blockquote>\n${paragraphs(outro)}`,
  };
}
