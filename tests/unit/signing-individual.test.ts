import { eq } from "drizzle-orm";
import { updateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getConfirmationPreview } from "@/db/queries/signing";
import { emailOutbox, emailTokens, letters, signatures } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { hashToken } from "@/lib/domain/tokens";
import {
  createLetter,
  individualInput,
  setupOpenLetter,
  signaturesOn,
  tallyOf,
} from "../helpers/signing-fixtures";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let ipCounter = 0;
/** Each signing from its own address: rate limits have their own test file. */
const nextIp = () => `198.51.100.${++ipCounter}`;

const sign = (input: Record<string, unknown>, ip = nextIp()) =>
  submitIndividualSignature(input, { ip, db: t.db });
const confirm = (token: string) =>
  executeAction(confirmSignatureDefinition, { token }, { actor: null, ip: nextIp(), db: t.db });

async function outboxFor(to: string) {
  return t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(emailOutbox.createdAt);
}

/** The token in the newest confirmation e-mail to `to`, read as a person would read it. */
async function linkTokenFor(to: string): Promise<string> {
  const mails = (await outboxFor(to)).filter((m) => m.kind === "signature_confirmation");
  const match = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(mails.at(-1)?.textBody ?? "");
  if (!match) throw new Error(`no confirmation link for ${to}`);
  return match[1];
}

const signaturesFor = (letterId: string, emailNormalised: string) =>
  signaturesOn(t.db, letterId, { emailNormalised });

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("signing as an individual", () => {
  it("records a pending signature, a hashed single-use token and the e-mail, and answers only 'check your inbox'", async () => {
    const result = await sign(individualInput(t.letter.id, { email: "Ada.Lovelace@Example.org" }));
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });

    const [signature] = await signaturesFor(t.letter.id, "ada.lovelace@example.org");
    expect(signature).toMatchObject({
      kind: "individual",
      status: "pending",
      confirmedAt: null,
      displayName: "Ada Lovelace",
      country: "GB",
      source: "web",
      letterVersion: 1,
      flags: [],
    });
    const token = await linkTokenFor("ada.lovelace@example.org");
    const [stored] = await t.db.select().from(emailTokens).where(eq(emailTokens.signatureId, signature.id));
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect((await tallyOf(t.db, t.letter.id)).individuals).toBe(0);
  });

  it("writes to a signer who signed in Korean in Korean, links to the Korean pages and keeps their language", async () => {
    const email = "minji@example.org";
    const result = await sign(individualInput(t.letter.id, { email, name: "김민지", locale: "ko" }));
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });
    const [mail] = await outboxFor(email);
    expect(mail!.subject).toBe(`서명을 확인해 주십시오: ${t.letter.title}`);
    const text = mail!.textBody;
    expect(text).toContain("김민지 님, 안녕하십니까.");
    // The link opens the Korean confirmation page; the footer's, the Korean "your data" page.
    expect(text).toMatch(/\/ko\/confirm\/[A-Za-z0-9_-]{43}\n/);
    expect(text).toMatch(/\/ko\/your-data\/[A-Za-z0-9_-]+\n/);
    expect(mail!.htmlBody).toMatch(/href="[^"]*\/ko\/confirm\//);
    // Its expiry the Korean way, and no English word besides the letter's title, the site's name and addresses.
    expect(text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2} UTC까지/);
    const words = text
      .replace(/https?:\/\/\S+/g, "")
      .replaceAll(t.letter.title, "")
      .replace(/Answerable|localhost|UTC/g, "");
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
    // Its language stays with the signature: its later e-mails are Korean too.
    const [signature] = await signaturesFor(t.letter.id, email);
    expect(signature!.locale).toBe("ko");
  });

  it("writes in English, to the unprefixed pages, to a signer who did not say otherwise", async () => {
    const email = "plain@example.org";
    await sign(individualInput(t.letter.id, { email }));
    const [mail] = await outboxFor(email);
    expect(mail!.subject).toBe(`Confirm your signature: ${t.letter.title}`);
    expect(mail!.textBody).not.toContain("/ko/");
    expect((await signaturesFor(t.letter.id, email))[0]!.locale).toBe("en-GB");
  });

  it("changes nothing when the link is opened (GET); the POST confirms once, and it counts", async () => {
    await sign(individualInput(t.letter.id, { email: "grace@example.org", name: "Grace Hopper" }));
    const token = await linkTokenFor("grace@example.org");

    for (let i = 0; i < 2; i++) {
      expect(await getConfirmationPreview(t.db, { token })).toEqual({
        state: "ready",
        letterTitle: t.letter.title,
        // Offered to follow once the signature is confirmed.
        campaignTitle: "Test campaign",
        campaignSlug: t.campaign.slug,
        letterSlug: t.letter.slug,
        displayName: "Grace Hopper",
        titleAffiliation: "Mathematician",
        country: "GB",
        // How the signature will show, for the page after confirming.
        visibility: "public",
      });
    }
    const [unchanged] = await signaturesFor(t.letter.id, "grace@example.org");
    expect(unchanged.status).toBe("pending");
    const before = (await tallyOf(t.db, t.letter.id)).individuals;

    const confirmed = await confirm(token);
    expect(confirmed).toMatchObject({
      ok: true,
      data: { status: "confirmed", letter: { title: t.letter.title } },
    });
    const [signature] = await signaturesFor(t.letter.id, "grace@example.org");
    expect(signature.status).toBe("confirmed");
    expect(signature.confirmedAt).not.toBeNull();
    expect((await tallyOf(t.db, t.letter.id)).individuals).toBe(before + 1);
    expect(updateTag).toHaveBeenCalledWith(`letter:${t.campaign.slug}/${t.letter.slug}`);

    expect(await confirm(token)).toMatchObject({ ok: false, error: "errors.signing.tokenUsed" });
    expect((await getConfirmationPreview(t.db, { token })).state).toBe("confirmed");
    expect((await tallyOf(t.db, t.letter.id)).individuals).toBe(before + 1);
  });

  it("refuses an expired link and leaves the signature pending", async () => {
    await sign(individualInput(t.letter.id, { email: "late@example.org" }));
    const token = await linkTokenFor("late@example.org");
    await t.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.tokenHash, hashToken(token)));
    expect((await getConfirmationPreview(t.db, { token })).state).toBe("expired");
    expect(await confirm(token)).toMatchObject({ ok: false, error: "errors.signing.tokenExpired" });
    const [signature] = await signaturesFor(t.letter.id, "late@example.org");
    expect(signature.status).toBe("pending");
  });

  it("refuses a made-up or malformed token", async () => {
    expect(await confirm("A".repeat(43))).toMatchObject({ ok: false, error: "errors.signing.tokenInvalid" });
    expect(await confirm("short")).toMatchObject({
      ok: false,
      error: "errors.checkFields",
      fieldErrors: { token: ["errors.signing.tokenInvalid"] },
    });
    expect((await getConfirmationPreview(t.db, { token: "B".repeat(43) })).state).toBe("invalid");
  });

  it("counts one person once: the same mailbox in another spelling gets the same answer, the latest details and a fresh link, no new row", async () => {
    const first = await sign(
      individualInput(t.letter.id, { email: "alan.turing@gmail.com", name: "Alan Turing" }),
    );
    const again = await sign(
      individualInput(t.letter.id, { email: "Alan.Turing+letters@googlemail.com", name: "Somebody Else" }),
    );
    expect(again).toEqual(first);
    const rows = await signaturesFor(t.letter.id, "alanturing@gmail.com");
    expect(rows).toHaveLength(1);
    // Not confirmed yet: the latest signing says who the owner is asked to confirm.
    expect(rows[0].displayName).toBe("Somebody Else");
    // The fresh link goes to the address that signed first, and confirms that signature.
    const mails = await outboxFor("alan.turing@gmail.com");
    expect(mails.map((m) => m.kind)).toEqual(["signature_confirmation", "signature_confirmation"]);
    expect(await outboxFor("alan.turing+letters@googlemail.com")).toHaveLength(0);

    expect(await confirm(await linkTokenFor("alan.turing@gmail.com"))).toMatchObject({
      ok: true,
      data: { status: "confirmed" },
    });
    // Signing once more after confirming: same answer, a note to the mailbox, still one row.
    expect(await sign(individualInput(t.letter.id, { email: "ALAN.TURING@gmail.com" }))).toEqual(first);
    expect(await signaturesFor(t.letter.id, "alanturing@gmail.com")).toHaveLength(1);
    expect((await outboxFor("alan.turing@gmail.com")).at(-1)?.kind).toBe("signature_already_signed");
  });

  it("spends a signature's other links once it is confirmed", async () => {
    await sign(individualInput(t.letter.id, { email: "twice@example.org" }));
    const firstToken = await linkTokenFor("twice@example.org");
    await sign(individualInput(t.letter.id, { email: "twice@example.org" }));
    const secondToken = await linkTokenFor("twice@example.org");
    expect(secondToken).not.toBe(firstToken);
    expect(await confirm(secondToken)).toMatchObject({ ok: true });
    expect(await confirm(firstToken)).toMatchObject({ ok: false, error: "errors.signing.tokenUsed" });
  });

  it("puts bad input beside its field, and writes nothing", async () => {
    const before = (await t.db.select().from(signatures)).length;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: "" }, "name", "errors.name.required"],
      [{ email: "nobody" }, "email", "errors.email.invalid"],
      [{ name: "n".repeat(5000) }, "name", "errors.name.tooLong"],
      [{ titleAffiliation: "t".repeat(5000) }, "titleAffiliation", "errors.field.tooLong"],
      [{ visibility: "everyone" }, "visibility", "errors.visibility.required"],
    ];
    for (const [override, field, key] of cases) {
      const result = await sign(
        individualInput(t.letter.id, { email: "bad-input@example.org", ...override }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: "errors.checkFields",
        fieldErrors: { [field]: [key] },
      });
    }
    expect((await t.db.select().from(signatures)).length).toBe(before);
  });

  it("refuses unknown, draft, sent, closed and organisations-only letters, beside the letter", async () => {
    const expectRefusal = async (letterId: string, key: string) =>
      expect(await sign(individualInput(letterId, { email: "refused@example.org" }))).toMatchObject({
        ok: false,
        error: key,
        fieldErrors: { letterId: [key] },
      });
    await expectRefusal("00000000-0000-4000-8000-00000000dead", "errors.signing.letterNotFound");
    await expectRefusal(
      (await createLetter(t.db, t.campaign.id, { status: "draft" })).id,
      "errors.signing.letterNotFound",
    );
    await expectRefusal(
      (await createLetter(t.db, t.campaign.id, { status: "sent", sentOn: "2026-01-01" })).id,
      "errors.signing.letterSent",
    );
    await expectRefusal(
      (await createLetter(t.db, t.campaign.id, { signingClosesAt: new Date(Date.now() - 60_000) })).id,
      "errors.signing.closed",
    );
    await expectRefusal(
      (await createLetter(t.db, t.campaign.id, { signingOpensAt: new Date(Date.now() + 3_600_000) })).id,
      "errors.signing.notYetOpen",
    );
    await expectRefusal(
      (await createLetter(t.db, t.campaign.id, { whoCanSign: "organisations" })).id,
      "errors.signing.organisationsOnly",
    );
    expect(await signaturesFor(t.letter.id, "refused@example.org")).toHaveLength(0);
  });

  it("does not confirm once the letter has been sent: the list is frozen", async () => {
    const soon = await createLetter(t.db, t.campaign.id);
    await sign(individualInput(soon.id, { email: "too-late@example.org" }));
    const token = await linkTokenFor("too-late@example.org");
    await t.db.update(letters).set({ status: "sent", sentOn: "2026-02-01" }).where(eq(letters.id, soon.id));
    expect((await getConfirmationPreview(t.db, { token })).state).toBe("frozen");
    expect(await confirm(token)).toMatchObject({ ok: false, error: "errors.signing.letterFrozen" });
    const [signature] = await signaturesFor(soon.id, "too-late@example.org");
    expect(signature.status).toBe("pending");
  });
});

describe("signatures that wait for staff", () => {
  it("sends a filled honeypot to the approval queue after confirmation, not to the count, and says nothing different", async () => {
    const result = await sign(
      individualInput(t.letter.id, { email: "bot@example.org", website: "http://spam.example" }),
    );
    expect(result).toEqual({ ok: true, data: { status: "check_email" } });
    const before = (await tallyOf(t.db, t.letter.id)).individuals;
    expect(await confirm(await linkTokenFor("bot@example.org"))).toMatchObject({
      ok: true,
      data: { status: "awaiting_approval" },
    });
    const [signature] = await signaturesFor(t.letter.id, "bot@example.org");
    expect(signature).toMatchObject({ status: "pending", flags: ["honeypot"] });
    expect(signature.confirmedAt).not.toBeNull();
    expect((await tallyOf(t.db, t.letter.id)).individuals).toBe(before);
  });

  it("flags a form sent faster than a person fills it", async () => {
    await sign(
      individualInput(t.letter.id, { email: "fast@example.org", startedAt: String(Date.now() - 200) }),
    );
    const [signature] = await signaturesFor(t.letter.id, "fast@example.org");
    expect(signature.flags).toEqual(["too_fast"]);
  });

  it("holds every signature of a letter that requires approval", async () => {
    const moderated = await createLetter(t.db, t.campaign.id, { requiresApproval: true });
    await sign(individualInput(moderated.id, { email: "held@example.org" }));
    expect(await confirm(await linkTokenFor("held@example.org"))).toMatchObject({
      ok: true,
      data: { status: "awaiting_approval" },
    });
    expect(updateTag).not.toHaveBeenCalled();
  });
});
