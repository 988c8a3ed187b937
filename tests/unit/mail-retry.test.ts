import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listOutbox } from "@/db/queries/outbox";
import { emailOutbox } from "@/db/schema";
import {
  deliverAfterResponse,
  deliverPendingMail,
  drainDueMail,
  enqueueMail,
  type QueuedMail,
} from "@/lib/mail";
import { retryDelayMs } from "@/lib/mail/retry-policy";
import { setupTestDb } from "../helpers/test-db";

/*
 * Retrying the outbox against a real SMTP server on loopback: a message the server could
 * not take (it was down) is sent once it is back, at the time its backoff says; two
 * drainers at once never send one message twice; after the last attempt it is failed.
 */

type Received = { to: string[]; raw: string };

const t = setupTestDb();

/** A port nothing listens on (until a server is started on it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

type Smtp = { inbox: Received[]; close: () => Promise<void> };

/** A loopback SMTP server that keeps what it receives; `delayMs` slows each message down. */
function startSmtp(port: number, { delayMs = 0 } = {}): Promise<Smtp> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        setTimeout(() => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        }, delayMs);
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({ inbox, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

async function enqueue(to: string, text = `Hello ${to}\n`): Promise<QueuedMail> {
  const queued = await t.db.transaction((tx) =>
    enqueueMail(tx, { to, subject: `Test message for ${to}`, text, kind: "test", locale: "en-GB" }),
  );
  if (!queued) throw new Error("not enqueued");
  return queued;
}

const row = async (id: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

let smtp: Smtp | null = null;
let port: number;

beforeEach(async () => {
  port = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Answerable <mail@answerable.example>";
  // Failures are logged on purpose here.
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await smtp?.close();
  smtp = null;
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  delete process.env.MAIL_MAX_ATTEMPTS;
  // Leave no message due for the next test's drainers.
  await t.db.delete(emailOutbox);
});

describe("retrying e-mail the mail server did not take", () => {
  it("retries a message after its backoff once the server is up, and sends it once", async () => {
    const link = "https://answerable.example/confirm/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
    const mail = await enqueue("down@example.org", `Confirm here:\n${link}\n`);
    const t0 = new Date();

    // The server is down: the first attempt fails and is recorded, due again a minute on.
    await deliverAfterResponse([mail], { db: t.db });
    const failed = await row(mail.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(t0.getTime() + retryDelayMs(1));
    expect(failed.nextAttemptAt!.getTime()).toBeLessThan(Date.now() + retryDelayMs(1) + 1000);

    smtp = await startSmtp(port);
    // Not due yet: a drain now leaves it alone.
    expect(await drainDueMail({ db: t.db })).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.inbox).toHaveLength(0);

    const later = new Date(failed.nextAttemptAt!.getTime() + 1000);
    expect(await drainDueMail({ db: t.db, now: later })).toMatchObject({ sent: 1, failed: 0, gaveUp: 0 });
    expect(smtp.inbox.map((m) => m.to)).toEqual([["down@example.org"]]);
    // Quoted-printable wraps long lines with "=" at the break.
    expect(smtp.inbox[0].raw.replace(/=\r?\n/g, "")).toContain(link);
    const sent = await row(mail.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null, nextAttemptAt: null });
    expect(sent.textBody).not.toContain(link);

    // Sent is sent: later drains do not send it again.
    const muchLater = new Date(later.getTime() + 24 * 3600_000);
    expect(await drainDueMail({ db: t.db, now: muchLater })).toMatchObject({ sent: 0 });
    expect(smtp.inbox).toHaveLength(1);
  });

  it("waits longer after each failure, and gives up after the last attempt, showing it failed", async () => {
    process.env.MAIL_MAX_ATTEMPTS = "3";
    const mail = await enqueue("never@example.org");
    let now = new Date();
    expect(await deliverPendingMail({ ids: [mail.id], db: t.db, now })).toMatchObject({ failed: 1 });
    const first = await row(mail.id);
    expect(first.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(1)));

    now = first.nextAttemptAt!;
    expect(await drainDueMail({ db: t.db, now })).toMatchObject({ sent: 0, failed: 1, gaveUp: 0 });
    const second = await row(mail.id);
    expect(second).toMatchObject({ status: "pending", attempts: 2 });
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
    expect(second.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(2)));

    // One minute before it is due, nothing happens.
    expect(
      await drainDueMail({ db: t.db, now: new Date(second.nextAttemptAt!.getTime() - 60_000) }),
    ).toMatchObject({
      failed: 0,
    });
    expect((await row(mail.id)).attempts).toBe(2);

    now = second.nextAttemptAt!;
    expect(await drainDueMail({ db: t.db, now })).toMatchObject({ sent: 0, failed: 0, gaveUp: 1 });
    const given = await row(mail.id);
    expect(given).toMatchObject({ status: "failed", attempts: 3, nextAttemptAt: null });
    expect(given.lastError).toMatch(/ECONNREFUSED/);

    // Given up means given up, even once the server is back.
    smtp = await startSmtp(port);
    expect(await drainDueMail({ db: t.db, now: new Date(now.getTime() + 7 * 24 * 3600_000) })).toMatchObject({
      sent: 0,
    });
    expect(smtp.inbox).toHaveLength(0);

    // The staff outbox shows it as failed, with the error and the attempts made.
    const { entries } = await listOutbox(t.db);
    expect(entries.find((e) => e.id === mail.id)).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it("never sends a message twice when several drainers and the request's own delivery run at once", async () => {
    smtp = await startSmtp(port, { delayMs: 15 });
    const count = 40;
    const mails: QueuedMail[] = [];
    for (let i = 0; i < count; i++) mails.push(await enqueue(`rush${i}@example.org`));

    const now = new Date();
    const reports = await Promise.all([
      drainDueMail({ db: t.db, now, batchSize: 4 }),
      drainDueMail({ db: t.db, now, batchSize: 4 }),
      drainDueMail({ db: t.db, now, batchSize: 4 }),
      // The requests that wrote some of them deliver those themselves meanwhile.
      deliverPendingMail({ ids: mails.slice(0, 10).map((m) => m.id), db: t.db, now }),
      deliverPendingMail({ ids: mails.slice(30).map((m) => m.id), db: t.db, now }),
    ]);

    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(count);
    const recipients = smtp.inbox.flatMap((m) => m.to).sort();
    expect(recipients).toHaveLength(count);
    expect(new Set(recipients).size).toBe(count);
    const rows = await Promise.all(mails.map((m) => row(m.id)));
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("without a mail server, leaves messages pending and counts no attempt", async () => {
    delete process.env.SMTP_URL;
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const mail = await enqueue("offline@example.org");
    await deliverAfterResponse([mail], { db: t.db });
    expect(await drainDueMail({ db: t.db, now: new Date(Date.now() + 3600_000) })).toEqual({
      sent: 0,
      failed: 0,
      gaveUp: 0,
      logged: 0,
    });
    // Logged with the recipient masked: the log names no address.
    const logged = info.mock.calls.map((c) => String(c[0])).join("\n");
    expect(logged).toContain("to o…@example.org");
    expect(logged).not.toContain("offline@example.org");
    expect(await row(mail.id)).toMatchObject({ status: "pending", attempts: 0, lastError: null });
  });
});
