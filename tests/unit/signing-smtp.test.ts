import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emailOutbox, type Letter, signatures } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition, submitIndividualSignature } from "@/lib/actions/signing";
import { deliverPendingMail } from "@/lib/mail";
import { createCampaign, createLetter, individualInput } from "../helpers/signing-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * The whole e-mail path against a real SMTP server on loopback: sign, let the app send
 * the confirmation over SMTP, read the message the server received, follow its link.
 */

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  updateTag: vi.fn(),
}));

type Received = { from: string; to: string[]; raw: string };

let t: TestDb;
let letter: Letter;
let server: SMTPServer;
let port: number;
const inbox: Received[] = [];

function startSmtp(): Promise<{ server: SMTPServer; port: number }> {
  const smtp = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    smtp.listen(0, "127.0.0.1", () => {
      resolve({ server: smtp, port: (smtp.server.address() as AddressInfo).port });
    });
  });
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** The text/plain body of a received message, decoded, as a mail client would show it. */
function plainText(raw: string): string {
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

beforeAll(async () => {
  t = await createTestDb();
  letter = await createLetter(t.db, (await createCampaign(t.db)).id);
  ({ server, port } = await startSmtp());
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SITE_URL = "https://answerable.example";
  process.env.MAIL_FROM = "Answerable <signatures@answerable.example>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
  delete process.env.MAIL_FROM;
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await t?.close();
});

describe("confirmation e-mail over SMTP", () => {
  it("sends the link by SMTP; following it confirms the signature", async () => {
    const result = await submitIndividualSignature(
      individualInput(letter.id, { email: "Rosa.Parks@Example.org" }),
      {
        ip: "192.0.2.50",
        db: t.db,
      },
    );
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });

    expect(inbox).toHaveLength(1);
    const [message] = inbox;
    expect(message.to).toEqual(["rosa.parks@example.org"]);
    expect(message.from).toBe("signatures@answerable.example");
    expect(message.raw).toMatch(/^Subject: Confirm your signature: Open letter on testing/m);
    const text = plainText(message.raw);
    expect(text).toContain("Hello Ada Lovelace,");
    const link = /https:\/\/answerable\.example\/confirm\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link).toBeDefined();

    // Sent: the outbox keeps the message, but no longer a working link.
    const [row] = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "rosa.parks@example.org"));
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(row.textBody).not.toContain(link!);
    expect(row.textBody).toContain("/confirm/[removed once sent]");

    const token = new URL(link!).pathname.split("/").at(-1)!;
    const confirmed = await executeAction(
      confirmSignatureDefinition,
      { token },
      { actor: null, ip: "192.0.2.51", db: t.db },
    );
    expect(confirmed).toMatchObject({ ok: true, data: { status: "confirmed" } });
    const [signature] = await t.db
      .select()
      .from(signatures)
      .where(eq(signatures.emailNormalised, "rosa.parks@example.org"));
    expect(signature.status).toBe("confirmed");
  });

  it("keeps the signature when the mail server is down, records the failure, and a retry sends it", async () => {
    const down = await startSmtp();
    await new Promise<void>((resolve) => down.server.close(() => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${down.port}`;
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await submitIndividualSignature(
        individualInput(letter.id, { email: "offline@example.org" }),
        {
          ip: "192.0.2.52",
          db: t.db,
        },
      );
      expect(result).toEqual({ ok: true, data: { status: "check_email" } });
    } finally {
      consoleError.mockRestore();
    }
    const [failed] = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "offline@example.org"));
    // Due again after a backoff, with the reason on record.
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toBeTruthy();
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    const [signature] = await t.db
      .select()
      .from(signatures)
      .where(eq(signatures.emailNormalised, "offline@example.org"));
    expect(signature.status).toBe("pending");

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect(await deliverPendingMail({ db: t.db, now: failed.nextAttemptAt! })).toMatchObject({
      sent: 1,
      failed: 0,
    });
    expect(inbox.at(-1)?.to).toEqual(["offline@example.org"]);
    const [sent] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, failed.id));
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null, nextAttemptAt: null });
  });

  it("without SMTP_URL, logs the message with its link and leaves it pending in the outbox", async () => {
    delete process.env.SMTP_URL;
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await submitIndividualSignature(individualInput(letter.id, { email: "no-server@example.org" }), {
        ip: "192.0.2.53",
        db: t.db,
      });
      const logged = info.mock.calls.map((c) => String(c[0])).join("\n");
      expect(logged).toMatch(/^\[mail\] to no-server@example\.org subject "Confirm your signature/m);
      expect(logged).toMatch(/https:\/\/answerable\.example\/confirm\/[A-Za-z0-9_-]{43}/);
    } finally {
      info.mockRestore();
    }
    const [row] = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "no-server@example.org"));
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row.textBody).toMatch(/\/confirm\/[A-Za-z0-9_-]{43}/);
  });
});
