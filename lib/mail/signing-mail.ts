import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";

/*
 * The e-mails of signing, in the catalog's words (signing.mail). Plain text is the
 * message; the HTML part only makes the link a button-sized target.
 */

type Mail = { subject: string; text: string; html: string };

const t = createTranslator({ locale: "en-GB", messages, namespace: "signing.mail", timeZone: "UTC" });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

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
  const intro = t("confirm.intro", values);
  const outro = t("confirm.outro", values);
  const text = `${intro}\n\n${link}\n\n${outro}\n`;
  const html = `${paragraphs(intro)}\n<p><a href="${escapeHtml(link)}">${escapeHtml(t("confirm.button"))}</a></p>\n<p>${escapeHtml(link)}</p>\n${paragraphs(outro)}`;
  return { subject: t("confirm.subject", values), text, html };
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
