import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails of signing, in the catalog's words (signing.mail), laid out by ./mail-text.
 */

const t = createTranslator({ locale: "en-GB", messages, namespace: "signing.mail", timeZone: "UTC" });

const expiryFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});

/** The confirmation e-mail with its single-use link. */
export function confirmationMail({
  name,
  letterTitle,
  link,
  expiresAt,
}: {
  name: string;
  letterTitle: string;
  link: string;
  expiresAt: Date;
}): Mail {
  const values = { name, letter: letterTitle, expires: `${expiryFormat.format(expiresAt)} UTC` };
  return mailWithLink({
    subject: t("confirm.subject", values),
    intro: t("confirm.intro", values),
    button: t("confirm.button"),
    link,
    outro: t("confirm.outro", values),
  });
}

/** To a mailbox that has already signed: nothing changed, and nobody else was told. */
export function alreadySignedMail({
  letterTitle,
  awaitingApproval,
}: {
  letterTitle: string;
  awaitingApproval: boolean;
}): Mail {
  const values = { letter: letterTitle };
  const text = `${t(awaitingApproval ? "already.bodyAwaiting" : "already.body", values)}\n`;
  return { subject: t("already.subject", values), text, html: paragraphs(text.trim()) };
}
