import type { Locale } from "@/lib/domain/locales";
import { catalogTranslator } from "@/lib/i18n/catalogs";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails about an account, in the catalog's words (auth.mail) in the language of the
 * request that asked for them, laid out by ./mail-text.
 */

/** To the address a new account was made with: the link that confirms it. */
export function confirmAccountMail({
  name,
  link,
  locale,
}: {
  name: string;
  link: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "auth.mail" });
  return mailWithLink({
    subject: t("confirm.subject"),
    intro: t("confirm.intro", { name }),
    button: t("confirm.button"),
    link,
    outro: t("confirm.outro"),
  });
}

/** To the owner of an address someone tried to sign up with again. */
export function accountExistsMail({
  signInLink,
  resetLink,
  locale,
}: {
  signInLink: string;
  resetLink: string;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "auth.mail" });
  const text = `${t("exists.intro")}\n\n${t("exists.signIn")}\n${signInLink}\n\n${t("exists.reset")}\n${resetLink}\n\n${t("exists.outro")}\n`;
  return { subject: t("exists.subject"), text, html: paragraphs(text.trim()) };
}

/** The single-use link that sets a new password. */
export function resetPasswordMail({
  link,
  minutes,
  locale,
}: {
  link: string;
  minutes: number;
  locale: Locale;
}): Mail {
  const t = catalogTranslator({ locale, namespace: "auth.mail" });
  return mailWithLink({
    subject: t("reset.subject"),
    intro: t("reset.intro", { minutes }),
    button: t("reset.button"),
    link,
    outro: t("reset.outro"),
  });
}
