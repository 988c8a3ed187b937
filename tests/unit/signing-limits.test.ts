import { randomUUID } from "node:crypto";
import { asc, count, eq, like, or, sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { emailOutbox, emailTokens, type Letter, rateLimits, signatures } from "@/db/schema";
import { respondToSignatureRequest, submitIndividualSignature } from "@/lib/actions/signing/route";
import { pseudonym } from "@/lib/server/secrets";
import { createLetter, createOpenLetter, individualInput } from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * Rate limits and the JSON endpoint, through the route handler's own function. The
 * clock is fixed (Date only: the database driver's timers keep running) so that no test
 * straddles a rate-limit window.
 */

const LIMIT_ENV = [
  "SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE",
  "SIGNING_LIMIT_PER_IP_PER_5_MINUTES",
  "SIGNING_LIMIT_PER_EMAIL_PER_HOUR",
] as const;

const t = setupTestDb();
let campaign: { id: string; slug: string };
let letter: Letter;
let clock = new Date("2031-05-05T10:00:05Z").getTime();

function post(
  letterId: string,
  body: unknown,
  { ip = "203.0.113.7", raw }: { ip?: string; raw?: string } = {},
) {
  const request = new Request(`http://localhost/api/letters/${letterId}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: raw ?? JSON.stringify(body),
  });
  return respondToSignatureRequest(request, letterId, { db: t.db });
}

const person = (email: string, extra: Record<string, unknown> = {}) =>
  individualInput(letter.id, { email, startedAt: clock - 30_000, ...extra });

async function rows() {
  const [[s], [tok], [mail]] = await Promise.all([
    t.db.select({ n: count() }).from(signatures),
    t.db.select({ n: count() }).from(emailTokens),
    t.db.select({ n: count() }).from(emailOutbox),
  ]);
  return { signatures: s.n, tokens: tok.n, mails: mail.n };
}

beforeAll(async () => {
  ({ campaign, letter } = await createOpenLetter(t.db));
});
beforeEach(() => {
  for (const name of LIMIT_ENV) delete process.env[name];
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ["Date"] });
  // A fresh ten minutes for each test, five seconds into a minute.
  clock += 10 * 60_000;
  vi.setSystemTime(clock);
});
afterEach(() => {
  vi.useRealTimers();
  for (const name of LIMIT_ENV) delete process.env[name];
});

describe("signing limits", () => {
  it("lets people on one shared connection sign one after the other; past the limit they wait for approval, past ten times it they are refused with the wait", async () => {
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "2";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "0";
    const flagsOf = async (email: string) =>
      (
        await t.db.select({ flags: signatures.flags }).from(signatures).where(like(signatures.email, email))
      )[0]?.flags;
    // Two people at one conference's Wi-Fi: both signed, neither held back.
    expect((await post(letter.id, person("wifi-1@example.org"))).status).toBe(202);
    expect((await post(letter.id, person("wifi-2@example.org"))).status).toBe(202);
    expect(await flagsOf("wifi-2@example.org")).toEqual([]);
    // Beyond the limit: accepted, and sent to the approval queue.
    for (let i = 3; i <= 20; i++) {
      expect((await post(letter.id, person(`wifi-${i}@example.org`))).status).toBe(202);
    }
    expect(await flagsOf("wifi-3@example.org")).toEqual(["busy_connection"]);
    expect(await flagsOf("wifi-20@example.org")).toEqual(["busy_connection"]);
    const before = await rows();

    // Past ten times the limit: refused with nothing saved, saying when to try again.
    const refused = await post(letter.id, person("wifi-21@example.org"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toEqual({ error: "errors.signing.rateLimited" });
    expect(await rows()).toEqual(before);
    const action = await submitIndividualSignature(person("wifi-22@example.org"), {
      ip: "203.0.113.7",
      db: t.db,
    });
    expect(action).toMatchObject({
      ok: false,
      error: "errors.signing.rateLimited",
      errorValues: { minutes: 1 },
    });

    // Another address is not held back; nor is this one a minute later.
    expect((await post(letter.id, person("third@example.org"), { ip: "203.0.113.8" })).status).toBe(202);
    vi.setSystemTime(clock + 60_000);
    expect((await post(letter.id, person("wifi-21@example.org", { startedAt: clock }))).status).toBe(202);
  });

  it("counts no hit for a refused attempt: over a limit, or on an unknown letter", async () => {
    const ip = "203.0.113.40";
    const stranger = "203.0.113.41";
    const counters = () =>
      t.db
        .select({ key: rateLimits.key, count: rateLimits.count })
        .from(rateLimits)
        // Keys hold keyed hashes of the addresses, never the addresses themselves.
        .where(
          or(like(rateLimits.key, `%:${pseudonym(ip)}%`), like(rateLimits.key, `%:${pseudonym(stranger)}%`)),
        )
        .orderBy(asc(rateLimits.key));
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "1";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "1";
    // The first within the limit, nine more to the approval queue: ten times the limit.
    for (let i = 0; i < 10; i++) {
      expect((await post(letter.id, person(`counted-${i}@example.org`), { ip })).status).toBe(202);
    }
    const before = await counters();
    expect(before.map((c) => c.count)).toEqual([10, 10]); // per letter, per five minutes

    for (let i = 0; i < 3; i++) {
      expect((await post(letter.id, person(`refused-${i}@example.org`), { ip })).status).toBe(429);
    }
    const nowhere = randomUUID();
    const unknown = await post(
      nowhere,
      { ...person("nowhere@example.org"), letterId: nowhere },
      { ip: stranger },
    );
    expect(unknown.status).toBe(404);
    expect(await counters()).toEqual(before);
  });

  it("counts an address's signatures across letters over five minutes: past the limit they wait for approval", async () => {
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "0";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "5";
    const ip = "203.0.113.20";
    for (let i = 0; i < 5; i++) {
      expect((await post(letter.id, person(`five-${i}@example.org`), { ip })).status).toBe(202);
    }
    const other = await createLetter(t.db, campaign.id);
    const sixth = await post(other.id, { ...person("five-6@example.org"), letterId: other.id }, { ip });
    expect(sixth.status).toBe(202);
    const [row] = await t.db
      .select({ flags: signatures.flags })
      .from(signatures)
      .where(like(signatures.email, "five-6@example.org"));
    expect(row!.flags).toEqual(["busy_connection"]);
  });

  it("limits attempts per e-mail address (so resends too), whatever the spelling, beside the field", async () => {
    process.env.SIGNING_LIMIT_PER_EMAIL_PER_HOUR = "2";
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "0";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "0";
    expect((await post(letter.id, person("resend.me@gmail.com"))).status).toBe(202);
    expect((await post(letter.id, person("resendme+again@gmail.com"))).status).toBe(202);
    const before = await rows();
    const third = await post(letter.id, person("Resend.Me@googlemail.com"));
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      error: "errors.signing.emailRateLimited",
      fieldErrors: { email: ["errors.signing.emailRateLimited"] },
    });
    expect(await rows()).toEqual(before);
  });

  it("holds every limit exactly when signings arrive at once and are written together", async () => {
    // One address, one letter, one minute, a limit of one: of twelve at once, ten are
    // let through (nine of them to the approval queue) and two refused.
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "1";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "0";
    const ip = "203.0.113.60";
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(letter.id, person(`together-${i}@example.org`), { ip })),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([...Array(10).fill(202), 429, 429]);
    const counted = await t.db
      .select({ key: rateLimits.key, count: rateLimits.count })
      .from(rateLimits)
      .where(like(rateLimits.key, `%:${pseudonym(ip)}%`));
    expect(counted.map((c) => c.count)).toEqual([10]);
    const queued = await t.db
      .select({ n: count() })
      .from(signatures)
      .where(sql`${signatures.email} like 'together-%' and ${signatures.flags} ? 'busy_connection'`);
    expect(queued[0]!.n).toBe(9);

    // One mailbox from seven addresses at once: five attempts an hour; the first signs,
    // the next four are sent a fresh link, the last two are refused; one row.
    process.env.SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE = "0";
    process.env.SIGNING_LIMIT_PER_IP_PER_5_MINUTES = "0";
    const before = await rows();
    const same = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        post(letter.id, person(i % 2 ? "Same.Mailbox@example.org" : "same.mailbox@example.org"), {
          ip: `203.0.113.${70 + i}`,
        }),
      ),
    );
    expect(same.map((r) => r.status).sort()).toEqual([202, 202, 202, 202, 202, 429, 429]);
    expect(await rows()).toEqual({
      signatures: before.signatures + 1,
      tokens: before.tokens + 5,
      mails: before.mails + 5,
    });
  });

  it("turns a limit off with 0", async () => {
    for (const name of LIMIT_ENV) process.env[name] = "0";
    for (let i = 0; i < 8; i++) {
      expect((await post(letter.id, person(`unlimited-${i}@example.org`))).status).toBe(202);
    }
  });
});

describe("the JSON endpoint", () => {
  beforeEach(() => {
    for (const name of LIMIT_ENV) process.env[name] = "0";
  });

  it("answers 202 check_email, and never names the outbox message or the token", async () => {
    const response = await post(letter.id, person("json@example.org"));
    expect(response.status).toBe(202);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(await response.json()).toEqual({ status: "check_email" });
    const [row] = await t.db
      .select()
      .from(signatures)
      .where(eq(signatures.emailNormalised, "json@example.org"));
    expect(row.status).toBe("pending");
  });

  it("answers bad input with 4xx and message keys, never 500", async () => {
    const missingName = await post(letter.id, person("x@example.org", { name: "" }));
    expect(missingName.status).toBe(400);
    expect(await missingName.json()).toEqual({
      error: "errors.checkFields",
      fieldErrors: { name: ["errors.name.required"] },
    });
    expect((await post(letter.id, null, { raw: "{not json" })).status).toBe(400);
    expect((await post(letter.id, null, { raw: "[1,2]" })).status).toBe(400);
    expect((await post(letter.id, null, { raw: "" })).status).toBe(400);
    expect((await post(letter.id, person("big@example.org", { name: "x".repeat(20_000) }))).status).toBe(413);
    expect((await post(letter.id, person("y@example.org", { email: "y@" }))).status).toBe(400);
    expect((await post("not-a-uuid", person("z@example.org"))).status).toBe(404);
    expect((await post("00000000-0000-4000-8000-00000000beef", person("z@example.org"))).status).toBe(404);
    const closed = await createLetter(t.db, campaign.id, { signingClosesAt: new Date(clock - 1000) });
    const late = await post(closed.id, person("z@example.org"));
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({
      error: "errors.signing.closed",
      fieldErrors: { letterId: ["errors.signing.closed"] },
    });
  });
});
