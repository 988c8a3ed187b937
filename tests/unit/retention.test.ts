import { and, asc, desc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { loadDashboard } from "@/db/queries/dashboard";
import { loadLetterPage } from "@/db/queries/public-letters";
import type { ActorDto } from "@/db/queries/users";
import {
  auditLog,
  emailOutbox,
  emailTokens,
  letters,
  organisations,
  rateLimits,
  signatures,
} from "@/db/schema";
import { closeLetterDefinition, sendLetterDefinition } from "@/lib/actions/letters/definitions";
import { requestDataLinkDefinition, withdrawOwnSignatureDefinition } from "@/lib/actions/privacy/definitions";
import { type ActionDefinition, executeAction } from "@/lib/actions/safe-action";
import { confirmSignatureDefinition, signOrganisationDefinition } from "@/lib/actions/signing/definitions";
import { submitIndividualSignature } from "@/lib/actions/signing/route";
import { operations } from "@/lib/api/operations";
import * as schemas from "@/lib/api/schemas";
import { addMonths, RETENTION_MONTHS_DEFAULT } from "@/lib/domain/personal-data";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { RETENTION_AUDIT_ACTION } from "@/lib/jobs/retention";
import { dataLinkToken } from "@/lib/server/data-link";
import { whereFound } from "../helpers/personal-data";
import {
  createActor,
  createCampaign,
  createLetter,
  createOrganisation,
  individualInput,
  organisationInput,
} from "../helpers/signing-fixtures";
import { setupTestDb } from "../helpers/test-db";

/*
 * Retention: a closed letter whose retention period has run out keeps its public record
 * (the page, its API resources, the printed list: names as listed, "name withheld", every
 * count) exactly, while no e-mail address of its signers, nor the IP address they signed
 * from, remains in any column of any table; the audit log records the run with counts.
 * A second run changes nothing more. A letter with a longer period of its own, and a
 * signer of both letters, keep what the other letter still needs.
 */

const session = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/db", async (original) => ({
  ...(await original<typeof import("@/db")>()),
  getDb: () => session.db,
}));
// Outside Next there is no data cache: each read reads the database.
vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).noDataCache(original));

const t = setupTestDb();

/** Signers of the letter to be erased; none of them signed anything else. */
const SIGNERS = {
  listed: { name: "Alma Listedname", email: "Alma.Listed@Example.NET", ip: "198.51.100.11" },
  withheld: { name: "Bruno Quietname", email: "bruno.quiet@example.net", ip: "198.51.100.12" },
  unconfirmed: { name: "Cleo Neverconfirmed", email: "cleo.never@example.net", ip: "198.51.100.13" },
  withdrawn: { name: "Dario Changedmind", email: "dario.changed@example.net", ip: "198.51.100.14" },
} as const;
/** Signed both letters: the one erased and the one kept longer. */
const BOTH = { name: "Elif Twoletters", email: "elif.both@example.net", ip: "198.51.100.15" };
/** The organisation's contact address on its signature, and where its member signed from. */
const CONTACT = "press@quiet-org.example";
const MEMBER_IP = "203.0.113.77";

let staff: ActorDto;
let member: ActorDto;
let erased: { id: string; slug: string; closedAt: Date };
let kept: { id: string; slug: string };
let campaignSlug: string;

const asStaff = <S extends z.ZodType, T>(def: ActionDefinition<S, T>, input: unknown) =>
  executeAction(def, input, { actor: staff, ip: "192.0.2.1", db: t.db });

async function signAndConfirm(
  letterId: string,
  who: { name: string; email: string; ip: string },
  { visibility = "public", confirm = true }: { visibility?: string; confirm?: boolean } = {},
) {
  const result = await submitIndividualSignature(
    individualInput(letterId, { name: who.name, email: who.email, visibility }),
    { ip: who.ip, db: t.db },
  );
  expect(result.ok).toBe(true);
  if (!confirm) return;
  const [mail] = await t.db
    .select()
    .from(emailOutbox)
    .where(
      and(
        eq(sql`lower(${emailOutbox.toAddress})`, who.email.toLowerCase()),
        eq(emailOutbox.kind, "signature_confirmation"),
      ),
    )
    .orderBy(desc(emailOutbox.createdAt));
  const token = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1];
  const confirmed = await executeAction(
    confirmSignatureDefinition,
    { token },
    { actor: null, ip: who.ip, db: t.db },
  );
  expect(confirmed.ok).toBe(true);
}

/** What the public sees of a letter: its page, its API resources and its full list. */
async function publicView(letterSlug: string) {
  const now = new Date("2030-01-01T00:00:00Z");
  const params = { slug: campaignSlug, letterSlug };
  const list = async (kind: "organisations" | "individuals") =>
    schemas.SignatoryPage.parse(await operations.listSignatories.load(params, { kind, page: 1 }));
  return {
    page: await loadLetterPage(t.db, { campaignSlug, letterSlug, now }),
    api: schemas.LetterDetail.parse(await operations.getLetter.load(params)),
    organisations: await list("organisations"),
    individuals: await list("individuals"),
    download: schemas.SignatoryList.parse(await operations.downloadSignatories.load(params)),
  };
}

/** The rows the job changes, as they stand: a second run must leave them so. */
async function snapshot() {
  const [s, o, k, a, l] = await Promise.all([
    t.db.select().from(signatures).orderBy(asc(signatures.id)),
    t.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id)),
    t.db.select().from(emailTokens).orderBy(asc(emailTokens.id)),
    t.db.select().from(auditLog).orderBy(asc(auditLog.id)),
    t.db.select().from(letters).orderBy(asc(letters.id)),
  ]);
  return { s, o, k, a, l };
}

beforeAll(async () => {
  session.db = t.db;
  const campaign = await createCampaign(t.db);
  campaignSlug = campaign.slug;
  staff = await createActor(t.db, { name: "Staff", role: "staff" });
  const organisation = await createOrganisation(t.db, "Quiet Organisation");
  member = await createActor(t.db, { name: "Member", memberships: [{ organisation, role: "signer" }] });
  const first = await createLetter(t.db, campaign.id, { title: "Letter to erase" });
  const second = await createLetter(t.db, campaign.id, { title: "Letter kept longer", retentionMonths: 24 });

  await signAndConfirm(first.id, SIGNERS.listed);
  await signAndConfirm(first.id, SIGNERS.withheld, { visibility: "name_withheld" });
  await signAndConfirm(first.id, SIGNERS.unconfirmed, { confirm: false });
  await signAndConfirm(first.id, SIGNERS.withdrawn);
  await signAndConfirm(first.id, BOTH);
  await signAndConfirm(second.id, BOTH);
  // One signer withdraws through the link in their e-mail, and one asks for a link too.
  const withdrawn = await executeAction(
    withdrawOwnSignatureDefinition,
    {
      token: dataLinkToken(SIGNERS.withdrawn.email),
      signatureId: (
        await t.db
          .select({ id: signatures.id })
          .from(signatures)
          .where(eq(signatures.emailNormalised, SIGNERS.withdrawn.email))
      )[0]!.id,
    },
    { actor: null, ip: SIGNERS.withdrawn.ip, db: t.db },
  );
  expect(withdrawn).toMatchObject({ ok: true, data: { wasConfirmed: true } });
  expect(
    await executeAction(
      requestDataLinkDefinition,
      { email: SIGNERS.listed.email },
      { actor: null, ip: SIGNERS.listed.ip, db: t.db },
    ),
  ).toMatchObject({ ok: true });
  // An organisation signs through its member, and its signature holds a contact address (as an import may give).
  const orgSigned = await executeAction(
    signOrganisationDefinition,
    organisationInput(first.id, organisation.id),
    { actor: member, ip: MEMBER_IP, db: t.db },
  );
  expect(orgSigned.ok).toBe(true);
  await t.db
    .update(signatures)
    .set({ email: CONTACT, emailNormalised: CONTACT })
    .where(eq(signatures.organisationId, organisation.id));

  for (const letter of [first, second]) {
    expect((await asStaff(sendLetterDefinition, { id: letter.id, sentOn: "2026-01-05" })).ok).toBe(true);
    expect((await asStaff(closeLetterDefinition, { id: letter.id })).ok).toBe(true);
  }
  const [row] = await t.db.select().from(letters).where(eq(letters.id, first.id));
  erased = { id: first.id, slug: first.slug, closedAt: row!.closedAt! };
  kept = { id: second.id, slug: second.slug };
}, 120_000);

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

const everyAddress = [...Object.values(SIGNERS).map((s) => s.email), CONTACT];
const everyIp = [...Object.values(SIGNERS).map((s) => s.ip), MEMBER_IP];

describe("the retention job", () => {
  it("holds the signers' data before the period runs out, with rate-limit keys that name no address", async () => {
    expect(await whereFound(t.db, SIGNERS.listed.email)).toEqual(
      expect.arrayContaining(["signatures.email", "email_outbox.to_address"]),
    );
    expect(await whereFound(t.db, MEMBER_IP)).toEqual(["audit_log.ip"]);
    // The counters were hit by every signing, but hold keyed hashes only.
    expect((await t.db.select().from(rateLimits)).length).toBeGreaterThan(0);
    for (const needle of [...everyAddress, ...everyIp, "example.net"])
      expect(await whereFound(t.db, needle)).not.toContain("rate_limits.key");
  });

  it("shows the letters coming on the dashboard within 30 days of the date, and erases nothing early", async () => {
    const due = addMonths(erased.closedAt, RETENTION_MONTHS_DEFAULT);
    const early = new Date(due.getTime() - 40 * 24 * 3600 * 1000);
    expect((await loadDashboard(t.db, { now: early, siteMonths: 12 })).erasures).toEqual([]);
    const soon = new Date(due.getTime() - 10 * 24 * 3600 * 1000);
    const { erasures } = await loadDashboard(t.db, { now: soon, siteMonths: 12 });
    expect(erasures.map((e) => [e.id, e.dueAt.toISOString(), e.months])).toEqual([
      [erased.id, due.toISOString(), 12],
    ]);
    const report = await runMaintenance({ db: t.db, now: soon });
    expect(report.retention.letters).toEqual([]);
    expect(await whereFound(t.db, SIGNERS.withheld.email)).toContain("signatures.email");
  });

  it("erases the signers' data once due, and the public record stays exactly as it was", async () => {
    const before = await publicView(erased.slug);
    const keptBefore = await publicView(kept.slug);
    // What the public sees: two individuals (one named, one withheld) and the organisation.
    expect(before.api.letter.tally).toMatchObject({ organisations: 1, individuals: 3, withheld: 1 });
    expect(before.individuals.rows.map((r) => r.displayName)).toEqual([SIGNERS.listed.name, BOTH.name]);

    const due = addMonths(erased.closedAt, RETENTION_MONTHS_DEFAULT);
    const now = new Date(due.getTime() + 60_000);
    const report = await runMaintenance({ db: t.db, now });
    expect(report.retention.letters).toEqual([
      {
        letterId: erased.id,
        title: "Letter to erase",
        removed: expect.objectContaining({ signaturesDeleted: 2, signaturesAnonymised: 4 }),
      },
    ]);

    expect(await publicView(erased.slug)).toEqual(before);
    expect(await publicView(kept.slug)).toEqual(keptBefore);
    for (const needle of [...everyAddress, ...everyIp, SIGNERS.withheld.name, SIGNERS.unconfirmed.name])
      expect(await whereFound(t.db, needle), needle).toEqual([]);
    // The signer of both keeps what the letter kept longer needs, and only that.
    const stillHeld = await t.db
      .select({ letterId: signatures.letterId })
      .from(signatures)
      .where(eq(signatures.emailNormalised, BOTH.email));
    expect(stillHeld).toEqual([{ letterId: kept.id }]);
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, BOTH.email));
    expect(mails.map((m) => m.textBody.includes("Letter kept longer"))).toEqual([true]);

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, RETENTION_AUDIT_ACTION), eq(auditLog.entityId, erased.id)));
    expect(entry).toMatchObject({
      actorUserId: null,
      ip: null,
      entityType: "letter",
      after: expect.objectContaining({ retentionMonths: 12, signaturesDeleted: 2, signaturesAnonymised: 4 }),
    });
    const [letter] = await t.db.select().from(letters).where(eq(letters.id, erased.id));
    expect(letter!.personalDataErasedAt?.toISOString()).toBe(now.toISOString());
  });

  it("changes nothing when it runs again, later, or twice at once", async () => {
    const before = await snapshot();
    const later = addMonths(erased.closedAt, RETENTION_MONTHS_DEFAULT + 1);
    const [a, b] = await Promise.all([
      runMaintenance({ db: t.db, now: later }),
      runMaintenance({ db: t.db, now: later }),
    ]);
    expect([a.retention.letters, b.retention.letters]).toEqual([[], []]);
    expect(await snapshot()).toEqual(before);
    expect(
      await t.db.select().from(auditLog).where(eq(auditLog.action, RETENTION_AUDIT_ACTION)),
    ).toHaveLength(1);
  });

  it("erases the letter kept longer at its own period, once", async () => {
    const now = addMonths(erased.closedAt, 24 + 1);
    const report = await runMaintenance({ db: t.db, now });
    expect(report.retention.letters.map((l) => l.letterId)).toEqual([kept.id]);
    expect(await whereFound(t.db, BOTH.email)).toEqual([]);
    expect(await whereFound(t.db, BOTH.ip)).toEqual([]);
    // The organisation is still listed on the first letter: only its contact and signer went.
    const [org] = await t.db
      .select({ signedBy: signatures.signedByUserId, email: signatures.email, name: organisations.name })
      .from(signatures)
      .innerJoin(organisations, eq(organisations.id, signatures.organisationId));
    expect(org).toEqual({ signedBy: null, email: null, name: "Quiet Organisation" });
  });
});
