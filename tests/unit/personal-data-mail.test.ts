import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listOutbox, type QueuedMail } from "@/db/queries/outbox";
import { emailOutbox, letters } from "@/db/schema";
import { requestPasswordResetDefinition, signUpDefinition } from "@/lib/actions/auth/definitions";
import { requestDataLinkDefinition } from "@/lib/actions/privacy/definitions";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { normaliseEmail, redactAddresses } from "@/lib/domain/email";
import { MASKED_TOKEN, redactTokens } from "@/lib/domain/tokens";
import { enqueueReminders } from "@/lib/jobs/reminders";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { logMail } from "@/lib/mail/deliver";
import { readDataLinkToken } from "@/lib/server/data-link";
import { individualInput } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * Every e-mail the site sends ends with a link to what the site holds about the address
 * it goes to (and only that address); staff reading the outbox, and the outbox once a
 * message is sent, never hold a working one; the server log names no address.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
const anyone = (ip: string) => ({ actor: null, ip, db: t.db });

beforeAll(async () => {
  await seedDemo(t.db);
  vi.spyOn(console, "info").mockImplementation(() => {});
  const [letter] = await t.db.select().from(letters).where(eq(letters.status, "collecting"));
  const sign = () =>
    submitIndividualSignature(individualInput(letter!.id, { email: "Footer.Reader@Example.org" }), {
      ip: "198.51.100.61",
      db: t.db,
    });
  await sign();
  const [confirmation] = await t.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.kind, "signature_confirmation"))
    .orderBy(desc(emailOutbox.createdAt));
  const token = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(confirmation!.textBody)![1];
  await executeAction(confirmSignatureDefinition, { token }, anyone("198.51.100.61"));
  await sign(); // Signed already: the note that says so.
  const account = {
    name: "Footer Account",
    email: "footer.account@example.org",
    password: "a long password here",
  };
  await executeAction(signUpDefinition, account, anyone("198.51.100.62"));
  await executeAction(signUpDefinition, account, anyone("198.51.100.63")); // The address has an account.
  await executeAction(
    requestPasswordResetDefinition,
    { email: "staff@answerable.example" },
    anyone("198.51.100.64"),
  );
  await executeAction(
    requestDataLinkDefinition,
    { email: "footer.reader@example.org" },
    anyone("198.51.100.65"),
  );
  await enqueueReminders(t.db, { now: new Date("2026-11-20T03:00:00Z") });
});

describe("the footer of every e-mail", () => {
  it("links each message to what the site holds about its own recipient, once", async () => {
    const rows = await t.db.select().from(emailOutbox);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set([
        "signature_confirmation",
        "signature_already_signed",
        "account_confirm",
        "account_exists",
        "password_reset",
        "data_link",
        "staff_reminder",
      ]),
    );
    for (const row of rows) {
      const tokens = [...row.textBody.matchAll(/\/your-data\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
      expect(tokens, `${row.kind} to ${row.toAddress}`).toHaveLength(1);
      expect(readDataLinkToken(tokens[0]!)?.normalised).toBe(normaliseEmail(row.toAddress));
      if (row.htmlBody !== null) expect(row.htmlBody).toContain(`/your-data/${tokens[0]}`);
    }
  });

  it("is masked for staff reading the outbox, and removed once the message is sent", async () => {
    const { entries } = await listOutbox(t.db);
    for (const entry of entries) {
      expect(entry.text).not.toMatch(/\/your-data\/[A-Za-z0-9_-]{20,}/);
      expect(entry.text).toContain(`/your-data/${MASKED_TOKEN}`);
    }
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "data_link"));
    expect(redactTokens(row!.textBody)).toContain("/your-data/[removed once sent]");
  });
});

describe("the server log", () => {
  it("prints a message's links without its recipient's address", () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const mail: QueuedMail = {
      id: "1",
      to: "private.person@example.org",
      subject: "Confirm",
      text: "Open https://answerable.example/confirm/x\n",
      html: null,
      kind: "signature_confirmation",
      attempts: 0,
    };
    logMail(mail);
    const line = String(info.mock.calls.at(-1)?.[0]);
    expect(line).toContain("https://answerable.example/confirm/x");
    expect(line).toContain("p…@example.org");
    expect(line).not.toContain("private.person");
    info.mockRestore();
  });

  it("masks the addresses a mail server quotes in its errors", () => {
    expect(redactAddresses("550 5.1.1 <private.person@example.org>: Recipient address rejected")).toBe(
      "550 5.1.1 <p…@example.org>: Recipient address rejected",
    );
  });
});
