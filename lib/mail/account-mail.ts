import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails about an account, in the catalog's words (auth.mail), laid out by ./mail-text.
 */

const t = createTranslator({ locale: "en-GB", messages, namespace: "auth.mail", timeZone: "UTC" });

/** To the address a new account was made with: the link that confirms it. */
export function confirmAccountMail({ name, link }: { name: string; link: string }): Mail {
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
}: {
  signInLink: string;
  resetLink: string;
}): Mail {
  const text = `${t("exists.intro")}\n\n${t("exists.signIn")}\n${signInLink}\n\n${t("exists.reset")}\n${resetLink}\n\n${t("exists.outro")}\n`;
  return { subject: t("exists.subject"), text, html: paragraphs(text.trim()) };
}

/** The single-use link that sets a new password. */
export function resetPasswordMail({ link, minutes }: { link: string; minutes: number }): Mail {
  return mailWithLink({
    subject: t("reset.subject"),
    intro: t("reset.intro", { minutes }),
    button: t("reset.button"),
    link,
    outro: t("reset.outro"),
  });
}
