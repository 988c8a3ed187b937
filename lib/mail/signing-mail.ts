import { createTranslator } from "next-intl";
import { messages } from "@/messages/en";
import { type Mail, mailWithLink, paragraphs } from "./mail-text";

/*
 * The e-mails of signing, in the catalog's words (signing.mail), laid out by ./mail-text.
 * Anyone can type anyone's address into the sign form, so these e-mails carry nothing
 * the signer typed except their name, made inert (inertName), and say which site and
 * which letter asked, and that ignoring the e-mail publishes nothing.
 */

const t = createTranslator({ locale: "en-GB", messages, namespace: "signing.mail", timeZone: "UTC" });
const retention = createTranslator({ locale: "en-GB", messages, namespace: "privacy.retention" });
const siteName = createTranslator({ locale: "en-GB", messages, namespace: "meta" })("siteName");

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
  retentionMonths,
}: {
  name: string;
  letterTitle: string;
  link: string;
  expiresAt: Date;
  /** The site's public address: the e-mail says which site asked. */
  siteUrl: string;
  /** How long after the letter closes the address is kept (retentionMonthsOf). */
  retentionMonths: number;
}): Mail {
  const values = {
    ...siteValues(siteUrl),
    name: inertName(name),
    letter: letterTitle,
    expires: `${expiryFormat.format(expiresAt)} UTC`,
  };
  return mailWithLink({
    subject: t("confirm.subject", values),
    intro: t("confirm.intro", values),
    button: t("confirm.button"),
    link,
    outro: `${t("confirm.outro", values)}\n\n${retention("untilClosed", { months: retentionMonths })}`,
  });
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
