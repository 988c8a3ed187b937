import { createTranslator } from "next-intl";
import { type Locale, toLocale } from "@/lib/domain/locales";
import { messages } from "@/messages/en";
import { messages as korean } from "@/messages/ko";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mail the "your data" page sends on request, in the catalog's words
 * (privacy.mail.link): the link to what the site holds about the address.
 */

const t = createTranslator({ locale: "en-GB", messages, namespace: "privacy.mail.link", timeZone: "UTC" });
const siteName = createTranslator({ locale: "en-GB", messages, namespace: "meta" })("siteName");

const expiryFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** The link to what is held about the address, and until when it works. */
export function dataLinkMail({
  link,
  expiresAt,
  siteUrl,
}: {
  link: string;
  expiresAt: Date;
  siteUrl: string;
}): Mail {
  const values = { site: siteName, host: new URL(siteUrl).host, expires: expiryFormat.format(expiresAt) };
  return mailWithLink({
    subject: t("subject", values),
    intro: t("intro", values),
    button: t("button"),
    link,
    outro: t("outro", values),
  });
}

const CATALOGS: Record<Locale, typeof messages> = { "en-GB": messages, ko: korean };

/**
 * The answer to an erasure request staff declined, in the language the person asked in:
 * the reason as staff wrote it, and that nothing was erased. The footer's link to their
 * data (withDataFooter) lets them ask again.
 */
export function erasureDeclinedMail({ reason, locale }: { reason: string; locale: string }): Mail {
  const language = toLocale(locale);
  const catalog = CATALOGS[language];
  const words = createTranslator({ locale: language, messages: catalog, namespace: "privacy.mail.declined" });
  const site = createTranslator({ locale: language, messages: catalog, namespace: "meta" })("siteName");
  const intro = words("intro", { site });
  const outro = words("outro", { site });
  return {
    subject: words("subject", { site }),
    text: `${intro}\n\n${reason}\n\n${outro}\n`,
    html: `${paragraphs(intro)}\n<blockquote>${paragraphs(reason)}</blockquote>\n${paragraphs(outro)}`,
  };
}
