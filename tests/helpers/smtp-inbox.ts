import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/*
 * A real SMTP server on loopback that keeps what it receives, for tests that follow an
 * e-mail's link as a person would: the app sends over SMTP (SMTP_URL), the test reads
 * the message's text and finds the link in it.
 */

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** The loopback port the browser tests' app server sends mail to (playwright.config.ts). */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 2525);

export class SmtpInbox {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | null = null;

  /** Starts listening on 127.0.0.1:port (0: any free port) and returns the port. */
  async start(port: number): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      secure: false,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Waits for the first message to `address` (mail goes out just after the response),
   * or the first whose subject matches `subject`.
   */
  async waitFor(
    address: string,
    { timeout = 15_000, subject }: { timeout?: number; subject?: RegExp } = {},
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeout;
    const wanted = address.toLowerCase();
    while (Date.now() < deadline) {
      const found = this.messages.find(
        (m) => m.to.some((to) => to.toLowerCase() === wanted) && (!subject || subject.test(subjectOf(m.raw))),
      );
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No e-mail to ${address} arrived within ${timeout} ms`);
  }
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** The text/plain body of a received message, decoded, as a mail client would show it. */
export function plainText(raw: string): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  const part = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) ?? raw;
  const split = part.search(/\r?\n\r?\n/);
  const head = part.slice(0, split);
  const body = part.slice(split).trim();
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) return decodeQuotedPrintable(body);
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, "base64").toString("utf8");
  return body;
}

/** The subject line, decoded when it is an RFC 2047 encoded word. */
export function subjectOf(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  // Adjacent encoded words are one text, split anywhere (even inside a character): join their bytes.
  return line
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/(?:=\?utf-8\?[BQ]\?[^?]*\?=)+/gi, (run) =>
      Buffer.concat(
        [...run.matchAll(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi)].map(([, enc, text]) =>
          enc!.toUpperCase() === "B"
            ? Buffer.from(text!, "base64")
            : Buffer.from(decodeQuotedPrintable(text!.replace(/_/g, " ")), "utf8"),
        ),
      ).toString("utf8"),
    );
}
