/*
 * How the app's e-mails are laid out: plain text is the message; the HTML part only
 * makes the link a button-sized target.
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
