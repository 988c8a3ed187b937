import nodemailer, { type Transporter } from "nodemailer";
import { siteUrl } from "@/lib/server/env";

/*
 * SMTP through nodemailer when SMTP_URL is set (smtp://user:pass@host:587, or smtps://
 * for TLS from the start). Without it there is no transport: messages stay in the
 * outbox and the server log (see db/queries/outbox.ts).
 */

/*
 * Defaults SMTP_URL's own parameters override. A dead mail server must not hold a
 * request for nodemailer's default two minutes. Connections are pooled (up to five, a
 * hundred messages each): under a rush of signatures each message would otherwise open
 * its own connection and handshake, and a relay may refuse hundreds of new connections
 * a second.
 */
const DEFAULTS = {
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "30000",
  pool: "true",
};

const KEY = Symbol.for("answerable.mail.transport");
const store = globalThis as unknown as { [KEY]?: { url: string; transporter: Transporter } };

/** The configured SMTP address, or null when mail goes only to the outbox and the log. */
export function smtpUrl(): string | null {
  return process.env.SMTP_URL?.trim() || null;
}

/** One transporter per SMTP_URL, kept across dev reloads. */
export function getTransport(): Transporter | null {
  const url = smtpUrl();
  if (!url) return null;
  const cached = store[KEY];
  if (cached?.url === url) return cached.transporter;
  const withDefaults = new URL(url);
  for (const [name, value] of Object.entries(DEFAULTS)) {
    if (!withDefaults.searchParams.has(name)) withDefaults.searchParams.set(name, value);
  }
  cached?.transporter.close();
  const transporter = nodemailer.createTransport(withDefaults.toString());
  store[KEY] = { url, transporter };
  return transporter;
}

/** The sender: MAIL_FROM, or no-reply at the site's host name. */
export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || `Answerable <no-reply@${new URL(siteUrl()).hostname}>`;
}
