import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadLetterSummaries } from "@/db/queries/letter-summaries";
import { emailOutbox, type Letter, signatures } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { createOpenLetter, individualInput } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * A rush on one letter: 300 people sign at once, 100 of them twice (in another
 * spelling of their address), all through the function the JSON route uses. On
 * PostgreSQL these run on a pool of 20 connections; on PGlite they queue on its one.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const PEOPLE = 300;
const DUPLICATES = 100;
const LIMIT_ENV = [
  "SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE",
  "SIGNING_LIMIT_PER_IP_PER_5_MINUTES",
  "SIGNING_LIMIT_PER_EMAIL_PER_HOUR",
];

const t = setupTestDb();
let letter: Letter;

beforeAll(async () => {
  ({ letter } = await createOpenLetter(t.db));
  // A rush comes from many addresses; here it all comes from one, so the limits are off.
  for (const name of LIMIT_ENV) process.env[name] = "0";
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(async () => {
  for (const name of LIMIT_ENV) delete process.env[name];
});

/** A fixed interleaving, so duplicates race their originals rather than follow them. */
function interleave<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("a rush of signatures on one letter", () => {
  it("keeps exactly one signature per person, fails nobody, and the tally is exact", async () => {
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      name: `Rush Person ${i}`,
      email: `rush.person.${i}@example.org`,
    }));
    const duplicates = people.slice(0, DUPLICATES).map((p, i) => ({
      name: `${p.name} again`,
      email: i % 2 === 0 ? p.email.toUpperCase() : p.email.replace("@", "+again@"),
    }));
    const attempts = interleave([...people, ...duplicates]);

    const results = await Promise.all(
      attempts.map((p, i) =>
        submitIndividualSignature(individualInput(letter.id, p), {
          ip: `10.0.${i >> 8}.${i & 255}`,
          db: t.db,
        }),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.every((r) => r.ok && r.data.status === "check_email")).toBe(true);

    const [{ rows }] = await t.db
      .select({ rows: count() })
      .from(signatures)
      .where(eq(signatures.letterId, letter.id));
    expect(rows).toBe(PEOPLE);

    // Everyone follows their link (any of them, if they were sent two), all at once.
    const mails = await t.db
      .select({ to: emailOutbox.toAddress, text: emailOutbox.textBody })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "signature_confirmation"));
    const tokenByAddress = new Map<string, string>();
    for (const mail of mails) {
      const token = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
      if (token) tokenByAddress.set(mail.to, token);
    }
    expect(tokenByAddress.size).toBe(PEOPLE);
    const confirmations = await Promise.all(
      [...tokenByAddress.values()].map((token) =>
        executeAction(confirmSignatureDefinition, { token }, { actor: null, ip: "10.1.0.1", db: t.db }),
      ),
    );
    expect(confirmations.filter((c) => !c.ok)).toEqual([]);

    const [{ confirmed }] = await t.db
      .select({ confirmed: count() })
      .from(signatures)
      .where(and(eq(signatures.letterId, letter.id), eq(signatures.status, "confirmed")));
    expect(confirmed).toBe(PEOPLE);
    const [summary] = await loadLetterSummaries(t.db, { filter: { letterIds: [letter.id] } });
    expect(summary.tally.individuals).toBe(PEOPLE);
    expect(summary.tally.organisations).toBe(0);
  });
});
