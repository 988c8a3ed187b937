import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listOutbox } from "@/db/queries/outbox";
import { getConfirmationPreview } from "@/db/queries/signing";
import { emailOutbox } from "@/db/schema";
import { executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { individualInput, setupOpenLetter, signaturesOn } from "../helpers/signing-fixtures";

/*
 * Anyone can type anyone's address into the sign form. The owner of the address is the
 * one who decides what is published: the confirmation page shows it and takes their
 * corrections; a later signing with the address replaces what a stranger typed; the
 * e-mail carries nothing the stranger typed but an inert name; and staff never see a
 * working link in the outbox.
 */

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupOpenLetter();
let ipCounter = 0;
const nextIp = () => `198.51.100.${++ipCounter}`;

const sign = (input: Record<string, unknown>) => submitIndividualSignature(input, { ip: nextIp(), db: t.db });
const confirm = (input: Record<string, unknown>) =>
  executeAction(confirmSignatureDefinition, input, { actor: null, ip: nextIp(), db: t.db });

async function mailsTo(to: string) {
  return t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(emailOutbox.createdAt);
}

async function tokenFor(to: string): Promise<string> {
  const match = /\/confirm\/([A-Za-z0-9_-]{43})/.exec((await mailsTo(to)).at(-1)?.textBody ?? "");
  if (!match) throw new Error(`no confirmation link for ${to}`);
  return match[1];
}

const stranger = (email: string, extra: Record<string, unknown> = {}) =>
  individualInput(t.letter.id, {
    email,
    name: "Mallory Impostor",
    titleAffiliation: "Paid troll",
    country: "RU",
    visibility: "public",
    ...extra,
  });

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describe("the owner of the address decides what is published", () => {
  it("shows exactly what will be published, and publishes the owner's corrections on confirming", async () => {
    await sign(stranger("owner1@example.org"));
    const token = await tokenFor("owner1@example.org");
    expect(await getConfirmationPreview(t.db, { token })).toMatchObject({
      state: "ready",
      displayName: "Mallory Impostor",
      titleAffiliation: "Paid troll",
      country: "RU",
      visibility: "public",
    });

    const confirmed = await confirm({
      token,
      name: "Olive Owner",
      titleAffiliation: "",
      country: "nz",
      visibility: "name_withheld",
    });
    expect(confirmed).toMatchObject({
      ok: true,
      data: {
        status: "confirmed",
        signature: {
          displayName: "Olive Owner",
          titleAffiliation: null,
          country: "NZ",
          visibility: "name_withheld",
        },
      },
    });
    const [row] = await signaturesOn(t.db, t.letter.id, { emailNormalised: "owner1@example.org" });
    expect(row).toMatchObject({
      status: "confirmed",
      displayName: "Olive Owner",
      titleAffiliation: null,
      country: "NZ",
      visibility: "name_withheld",
    });
  });

  it("checks the corrections by the sign form's rules, beside their fields, confirming nothing", async () => {
    await sign(stranger("owner2@example.org"));
    const token = await tokenFor("owner2@example.org");
    const refused = await confirm({
      token,
      name: "\u202e\u0007",
      country: "Narnia",
      titleAffiliation: "x".repeat(201),
      visibility: "everyone",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "errors.checkFields",
      fieldErrors: {
        name: ["errors.name.required"],
        country: ["errors.country.invalid"],
        titleAffiliation: ["errors.field.tooLong"],
        visibility: ["errors.visibility.required"],
      },
    });
    expect((await getConfirmationPreview(t.db, { token })).state).toBe("ready");
    // The link still works, and a control character is cleaned as when signing.
    expect(await confirm({ token, name: "Olive\u0007 Owner\u202e", visibility: "public" })).toMatchObject({
      ok: true,
      data: { signature: { displayName: "Olive Owner", visibility: "public" } },
    });
  });

  it("lets a later signing with the address replace a pending signature's details, not a confirmed one's", async () => {
    await sign(stranger("owner3@example.org"));
    await sign(
      individualInput(t.letter.id, {
        email: "Owner3@Example.org",
        name: "Olive Owner",
        titleAffiliation: "",
        country: "",
        visibility: "name_withheld",
      }),
    );
    const rows = await signaturesOn(t.db, t.letter.id, { emailNormalised: "owner3@example.org" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "pending",
      displayName: "Olive Owner",
      titleAffiliation: null,
      country: null,
      visibility: "name_withheld",
    });
    // The fresh e-mail greets the latest name; either link shows the latest details.
    const mails = await mailsTo("owner3@example.org");
    expect(mails).toHaveLength(2);
    expect(mails[1].textBody).toContain("Hello Olive Owner,");
    expect(await getConfirmationPreview(t.db, { token: await tokenFor("owner3@example.org") })).toMatchObject(
      {
        displayName: "Olive Owner",
        visibility: "name_withheld",
      },
    );

    expect(await confirm({ token: await tokenFor("owner3@example.org") })).toMatchObject({ ok: true });
    await sign(stranger("owner3@example.org"));
    const [after] = await signaturesOn(t.db, t.letter.id, { emailNormalised: "owner3@example.org" });
    expect(after).toMatchObject({ status: "confirmed", displayName: "Olive Owner" });
  });
});

describe("the confirmation e-mail", () => {
  it("carries nothing the signer typed but the name, made inert, and says who asked and that ignoring it publishes nothing", async () => {
    await sign(
      stranger("owner4@example.org", {
        name: "Win a prize at https://evil.example/claim or www.evil.example, mail prize@evil.example",
        titleAffiliation: "Visit http://phish.example now",
        country: "RU",
      }),
    );
    const [mail] = await mailsTo("owner4@example.org");
    for (const body of [mail.textBody, mail.htmlBody ?? ""]) {
      expect(body).not.toContain("evil.example");
      expect(body).not.toContain("https://evil");
      expect(body).not.toContain("phish");
      expect(body).not.toContain("Paid troll");
      expect(body).not.toMatch(/Russia|\bRU\b/);
      expect(body).toContain("Win a prize at");
    }
    // The only links are the site's own: the confirmation, and what the site holds about the address.
    expect(mail.textBody.match(/https?:\/\/\S+/g)).toEqual([
      expect.stringMatching(/^http:\/\/localhost:\d+\/confirm\/[A-Za-z0-9_-]{43}$/),
      expect.stringMatching(/^http:\/\/localhost:\d+\/your-data\/[A-Za-z0-9_-]+$/),
    ]);
    expect(mail.textBody).toContain("Answerable (localhost");
    expect(mail.textBody).toContain(`“${t.letter.title}”`);
    expect(mail.textBody).toContain(
      "ignore this e-mail: nothing will be signed and nothing will be published",
    );
  });
});

describe("the staff outbox", () => {
  it("shows confirmation e-mails with their link masked", async () => {
    await sign(stranger("owner5@example.org"));
    const token = await tokenFor("owner5@example.org");
    const { entries } = await listOutbox(t.db, { limit: 1000 });
    const entry = entries.find((e) => e.to === "owner5@example.org");
    expect(entry?.text).toContain("/confirm/•••");
    expect(JSON.stringify(entries)).not.toContain(token);
  });
});
