import type { Locale } from "@/lib/domain/locales";
import { YOUR_DATA_PATH } from "@/lib/domain/urls";
import { catalogTranslator, siteNameIn } from "@/lib/i18n/catalogs";
import { dataLink } from "@/lib/server/data-link";

/*
 * How the app's e-mails are laid out: plain text is the message; the HTML part only
 * makes the link a button-sized target. Every message ends with the same footer
 * (withDataFooter), added where messages enter the outbox.
 */

export type Mail = { subject: string; text: string; html: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as HTML paragraphs, escaped. */
export function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** A message around one link: the intro, the link (a button in HTML), the outro. */
export function mailWithLink({
  subject,
  intro,
  button,
  link,
  outro,
}: {
  subject: string;
  intro: string;
  button: string;
  link: string;
  outro: string;
}): Mail {
  const text = `${intro}\n\n${link}\n\n${outro}\n`;
  const html = `${paragraphs(intro)}\n<p><a href="${escapeHtml(link)}">${escapeHtml(button)}</a></p>\n<p>${escapeHtml(link)}</p>\n${paragraphs(outro)}`;
  return { subject, text, html };
}

/**
 * The message as it goes to `to`, with what every e-mail the site sends ends with: a link
 * to what the site holds about that address, where its owner can see it, withdraw a
 * signature and ask for it to be erased (lib/server/data-link.ts), in the language of the
 * message. A message that is itself such a link (the one the "your data" page sends)
 * gets no second one.
 */
export function withDataFooter<M extends { to: string; text: string; html?: string | null }>(
  mail: M,
  { siteUrl, now = new Date(), locale }: { siteUrl: string; now?: Date; locale: Locale },
): M {
  if (mail.text.includes(`${YOUR_DATA_PATH}/`)) return mail;
  const link = dataLink(mail.to, { siteUrl, now, locale });
  const footer = catalogTranslator({ locale, namespace: "privacy.mail" });
  const note = footer("footer", { site: siteNameIn(locale) });
  const text = `${mail.text.trimEnd()}\n\n--\n${note}\n${link}\n`;
  const html =
    mail.html == null
      ? mail.html
      : `${mail.html}\n<hr>\n<p><small>${escapeHtml(note)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></small></p>`;
  return { ...mail, text, html } as M;
}
