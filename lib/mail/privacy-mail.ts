import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";
import { type Mail, mailWithLink } from "./mail-text";

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
