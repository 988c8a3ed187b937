import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";

/*
 * The e-mails of signing, in the catalog's words (signing.mail). Plain text is the
 * message; the HTML part only makes the link a button-sized target.
 * Anyone can type anyone's address into the sign form, so these e-mails carry nothing
 * the signer typed except their name, made inert (inertName), and say which site and
 * which letter asked, and that ignoring the e-mail publishes nothing.
 */

type Mail = { subject: string; text: string; html: string };

const t = createTranslator({ locale: "en-GB", messages, namespace: "signing.mail", timeZone: "UTC" });
const siteName = createTranslator({ locale: "en-GB", messages, namespace: "meta" })("siteName");

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
function siteValues(siteUrl: string) {
  return { site: siteName, host: new URL(siteUrl).host };
}

/** The confirmation e-mail with its single-use link. */
export function confirmationMail({
  name,
  letterTitle,
  link,
  expiresAt,
  siteUrl,
}: {
  name: string;
  letterTitle: string;
  link: string;
  expiresAt: Date;
  /** The site's public address: the e-mail says which site asked. */
  siteUrl: string;
}): Mail {
  const values = {
    ...siteValues(siteUrl),
    name: inertName(name),
    letter: letterTitle,
    expires: `${expiryFormat.format(expiresAt)} UTC`,
  };
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
  siteUrl,
}: {
  letterTitle: string;
  awaitingApproval: boolean;
  siteUrl: string;
}): Mail {
  const values = { ...siteValues(siteUrl), letter: letterTitle };
  const text = `${t(awaitingApproval ? "already.bodyAwaiting" : "already.body", values)}\n`;
  return { subject: t("already.subject", values), text, html: paragraphs(text.trim()) };
}
