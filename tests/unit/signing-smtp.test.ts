import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emailOutbox, type Letter, signatures } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { deliverPendingMail } from "@/lib/mail";
import { createOpenLetter, individualInput } from "../helpers/signing-fixtures";
import { plainText, SmtpInbox } from "../helpers/smtp-inbox";
import { setupTestDb } from "../helpers/test-db";

/*
 * The whole e-mail path against a real SMTP server on loopback: sign, let the app send
 * the confirmation over SMTP, read the message the server received, follow its link.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let letter: Letter;
let port: number;
const inbox = new SmtpInbox();

beforeAll(async () => {
  ({ letter } = await createOpenLetter(t.db));
  port = await inbox.start(0);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SITE_URL = "https://answerable.example";
  process.env.MAIL_FROM = "Answerable <signatures@answerable.example>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
  delete process.env.MAIL_FROM;
  await inbox.stop();
});

/** Ada signs the letter from `ip`, giving `email`. */
const signAs = (email: string, ip: string) =>
  submitIndividualSignature(individualInput(letter.id, { email }), { ip, db: t.db });

/** The outbox's message to `address`. */
const outboxTo = async (address: string) =>
  (await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)))[0];

/** The signature given with `address` (normalised). */
const signatureOf = async (address: string) =>
  (await t.db.select().from(signatures).where(eq(signatures.emailNormalised, address)))[0];

describe("confirmation e-mail over SMTP", () => {
  it("sends the link by SMTP; following it confirms the signature", async () => {
    const result = await signAs("Rosa.Parks@Example.org", "192.0.2.50");
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });

    expect(inbox.messages).toHaveLength(1);
    const [message] = inbox.messages;
    expect(message.to).toEqual(["rosa.parks@example.org"]);
    expect(message.from).toBe("signatures@answerable.example");
    expect(message.raw).toMatch(/^Subject: Confirm your signature: Open letter on testing/m);
    const text = plainText(message.raw);
    expect(text).toContain("Hello Ada Lovelace,");
    const link = /https:\/\/answerable\.example\/confirm\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link).toBeDefined();

    // Sent: the outbox keeps the message, but no longer a working link.
    const row = await outboxTo("rosa.parks@example.org");
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
    const signature = await signatureOf("rosa.parks@example.org");
    expect(signature.status).toBe("confirmed");
  });

  it("keeps the signature when the mail server is down, records the failure, and a retry sends it", async () => {
    // A port where a mail server was a moment ago and no longer is.
    const down = new SmtpInbox();
    const downPort = await down.start(0);
    await down.stop();
    process.env.SMTP_URL = `smtp://127.0.0.1:${downPort}`;
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await signAs("offline@example.org", "192.0.2.52");
      expect(result).toEqual({ ok: true, data: { status: "check_email" } });
    } finally {
      consoleError.mockRestore();
    }
    const failed = await outboxTo("offline@example.org");
    // Due again after a backoff, with the reason on record.
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toBeTruthy();
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    const signature = await signatureOf("offline@example.org");
    expect(signature.status).toBe("pending");

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect(await deliverPendingMail({ db: t.db, now: failed.nextAttemptAt! })).toMatchObject({
      sent: 1,
      failed: 0,
    });
    expect(inbox.messages.at(-1)?.to).toEqual(["offline@example.org"]);
    const [sent] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, failed.id));
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null, nextAttemptAt: null });
  });

  it("without SMTP_URL, logs the message with its link and leaves it pending in the outbox", async () => {
    delete process.env.SMTP_URL;
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await signAs("no-server@example.org", "192.0.2.53");
      const logged = info.mock.calls.map((c) => String(c[0])).join("\n");
      expect(logged).toMatch(/^\[mail\] to n…@example\.org subject "Confirm your signature/m);
      expect(logged).not.toContain("no-server@example.org");
      expect(logged).toMatch(/https:\/\/answerable\.example\/confirm\/[A-Za-z0-9_-]{43}/);
    } finally {
      info.mockRestore();
    }
    const row = await outboxTo("no-server@example.org");
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row.textBody).toMatch(/\/confirm\/[A-Za-z0-9_-]{43}/);
  });
});
