import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { letters, organisations, signatures } from "@/db/schema";
import { analyseImport, importSignaturesDefinition } from "@/lib/actions/import/definitions";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { actionRunner, auditEntries } from "../helpers/actions";
import { demoActor } from "../helpers/demo";
import { updatedTags } from "../helpers/next-cache";
import { setupTestDb } from "../helpers/test-db";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const t = setupTestDb();
let staff: ActorDto;
let member: ActorDto;
const letterIds: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(t.db);
  staff = await demoActor(t.db, "staff@answerable.example");
  member = await demoActor(t.db, "member@answerable.example");
  for (const letter of await t.db.select().from(letters)) letterIds[letter.slug] = letter.id;
});

const PEOPLE_MAPPING = {
  nameColumn: "0",
  emailColumn: "1",
  titleAffiliationColumn: "2",
  countryColumn: "3",
  organisationColumn: "",
  kind: "fixed:individual",
  visibility: "fixed:public",
  isSample: "",
};

/** A sheet of organisations: their names in the first column, nothing about people. */
const ORGANISATIONS_MAPPING = {
  ...PEOPLE_MAPPING,
  nameColumn: "",
  emailColumn: "",
  titleAffiliationColumn: "",
  countryColumn: "",
  organisationColumn: "0",
  kind: "fixed:organisation",
};

const run = actionRunner(t, () => staff);
const importInto = (slug: string, csv: string, actor: ActorDto | null = staff, mapping = PEOPLE_MAPPING) =>
  run(importSignaturesDefinition, { letterId: letterIds[slug], csv, ...mapping, confirm: "yes" }, actor);

const liveCount = async (slug: string) => {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(signatures)
    .where(
      and(eq(signatures.letterId, letterIds[slug]!), sql`${signatures.status} in ('pending', 'confirmed')`),
    );
  return row!.n;
};

const THREE_GOOD_TWO_BAD = [
  "Name,Email,Title,Country",
  "Ingrid Castillo,ingrid.castillo@example.com,Journalist,SE",
  ",no-name@example.com,Researcher,JP",
  "Kwame Rossi,kwame.rossi@,Lawyer,KE",
  "Leila Novak,,Professor,France",
  "Tomas Abara,tomas.abara@example.com,,",
].join("\r\n");

describe("importing a sign-on file", () => {
  it("previews the two bad rows, then adds the three good ones as confirmed imports", async () => {
    const analysis = await analyseImport(t.db, {
      letterId: letterIds["follow-up-letter-2026"]!,
      csv: THREE_GOOD_TWO_BAD,
      mapping: {
        name: 0,
        email: 1,
        titleAffiliation: 2,
        country: 3,
        organisation: null,
        kind: { fixed: "individual" },
        visibility: { fixed: "public" },
      },
    });
    expect(analysis.check.problemRows.map((r) => [r.line, r.problems[0]!.code])).toEqual([
      [3, "missingName"],
      [4, "badEmail"],
    ]);

    const before = await liveCount("follow-up-letter-2026");
    const result = await importInto("follow-up-letter-2026", THREE_GOOD_TWO_BAD);
    expect(result).toMatchObject({ ok: true, data: { imported: 3, skipped: 2, individuals: 3 } });
    expect(await liveCount("follow-up-letter-2026")).toBe(before + 3);

    const [leila] = await t.db.select().from(signatures).where(eq(signatures.displayName, "Leila Novak"));
    expect(leila).toMatchObject({
      source: "import",
      status: "confirmed",
      kind: "individual",
      country: "FR",
      email: null,
      visibility: "public",
      isSample: false,
    });
    expect(leila!.confirmedAt).not.toBeNull();
    expect(updatedTags).toEqual(
      expect.arrayContaining([
        "letter:south-korea-north-korea-human-rights/follow-up-letter-2026",
        "campaign:south-korea-north-korea-human-rights",
        "campaign-list",
      ]),
    );
  });

  it("refuses the same file again: every good row has now signed", async () => {
    const before = await liveCount("follow-up-letter-2026");
    // Leila has no e-mail address: she is known by her name and affiliation.
    expect(await importInto("follow-up-letter-2026", THREE_GOOD_TWO_BAD)).toMatchObject({
      ok: false,
      error: "errors.import.nothingToImport",
    });
    const result = await importInto(
      "follow-up-letter-2026",
      THREE_GOOD_TWO_BAD.replace("Leila Novak,,", "Leila Novak,leila@example.com,"),
    );
    // An address identifies a person first: with one, Leila's row is a new signature.
    expect(result).toMatchObject({ ok: true, data: { imported: 1, skipped: 4 } });
    expect(await liveCount("follow-up-letter-2026")).toBe(before + 1);
    const again = await importInto(
      "follow-up-letter-2026",
      "Name,Email,Title,Country\nIngrid,Ingrid.Castillo+x@example.com,,\n",
    );
    expect(again).toEqual({ ok: false, error: "errors.import.nothingToImport", fieldErrors: undefined });
  });

  it("matches organisations by name whatever the case, and registers the unknown ones as real", async () => {
    const csv = "Organisation,Country\nhuman rights watch,US\nNew Sign-On Group,KR\n";
    const result = await importInto("follow-up-letter-2026", csv, staff, {
      ...ORGANISATIONS_MAPPING,
      countryColumn: "1",
    });
    expect(result).toMatchObject({ ok: true, data: { imported: 2, organisationsCreated: 1 } });
    const rows = await t.db
      .select({ name: signatures.displayName, slug: organisations.slug, isSample: organisations.isSample })
      .from(signatures)
      .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(
        and(eq(signatures.letterId, letterIds["follow-up-letter-2026"]!), eq(signatures.source, "import")),
      )
      .orderBy(signatures.displayName);
    expect(rows).toEqual(
      expect.arrayContaining([
        // Listed under its registered name, not as the file spelled it.
        { name: "Human Rights Watch", slug: "human-rights-watch", isSample: false },
        { name: "New Sign-On Group", slug: "new-sign-on-group", isSample: false },
      ]),
    );
    expect(updatedTags).toEqual(
      expect.arrayContaining(["organisation:human-rights-watch", "organisation:new-sign-on-group"]),
    );
  });

  it("gives a new organisation a free address when its name's is taken", async () => {
    const csv = "Organisation\nHuman Rights Watch!\nA & B Network\nA B Network\n";
    const result = await importInto("march-2020-joint-letter", csv, staff, ORGANISATIONS_MAPPING);
    expect(result).toMatchObject({ ok: true, data: { imported: 3, organisationsCreated: 3 } });
    const slugs = await t.db
      .select({ name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .where(sql`${organisations.name} in ('Human Rights Watch!', 'A & B Network', 'A B Network')`)
      .orderBy(organisations.name);
    expect(slugs).toEqual([
      { name: "A & B Network", slug: "a-b-network" },
      { name: "A B Network", slug: "a-b-network-2" },
      { name: "Human Rights Watch!", slug: "human-rights-watch-2" },
    ]);
  });

  it("marks a sample import's signatures and the organisations it registers as sample data", async () => {
    const csv =
      "Organisation or individual,Type\nTraining Day Network,organisation\nMina Trainee,individual\n";
    const result = await importInto("march-2020-joint-letter", csv, staff, {
      ...PEOPLE_MAPPING,
      nameColumn: "0",
      emailColumn: "",
      titleAffiliationColumn: "",
      countryColumn: "",
      kind: "column:1",
      isSample: "on",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { imported: 2, organisationsCreated: 1, isSample: true },
    });
    const rows = await t.db
      .select({
        name: signatures.displayName,
        isSample: signatures.isSample,
        orgSample: organisations.isSample,
      })
      .from(signatures)
      .leftJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(sql`${signatures.displayName} in ('Training Day Network', 'Mina Trainee')`)
      .orderBy(signatures.displayName);
    expect(rows).toEqual([
      { name: "Mina Trainee", isSample: true, orgSample: null },
      { name: "Training Day Network", isSample: true, orgSample: true },
    ]);
  });

  it("writes one audit entry with the counts", async () => {
    const entries = await auditEntries(t.db, "signature.import", letterIds["follow-up-letter-2026"]!);
    expect(entries[0]).toMatchObject({
      actorUserId: staff.id,
      entityType: "letter",
      after: { imported: 3, skipped: 2, problems: { missingName: 1, badEmail: 1 } },
    });
    expect((entries[0]!.after as { liveSignatures: number }).liveSignatures).toBe(
      (entries[0]!.before as { liveSignatures: number }).liveSignatures + 3,
    );
  });

  it("refuses members, unknown letters, bad mappings and unconfirmed posts, writing nothing", async () => {
    const before = await liveCount("follow-up-letter-2026");
    expect(await importInto("follow-up-letter-2026", THREE_GOOD_TWO_BAD, member)).toEqual({
      ok: false,
      error: "errors.notAllowed",
    });
    expect(
      await run(importSignaturesDefinition, {
        letterId: "00000000-0000-4000-8000-000000000000",
        csv: THREE_GOOD_TWO_BAD,
        ...PEOPLE_MAPPING,
        confirm: "yes",
      }),
    ).toMatchObject({ ok: false, error: "errors.import.letterNotFound" });
    expect(
      await importInto("follow-up-letter-2026", THREE_GOOD_TWO_BAD, staff, {
        ...PEOPLE_MAPPING,
        emailColumn: "9",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { emailColumn: ["errors.import.unknownColumn"] } });
    expect(
      await run(importSignaturesDefinition, {
        letterId: letterIds["follow-up-letter-2026"],
        csv: THREE_GOOD_TWO_BAD,
        ...PEOPLE_MAPPING,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { confirm: ["errors.import.confirmRequired"] } });
    expect(await importInto("follow-up-letter-2026", 'Name\n"never closed\n')).toMatchObject({
      ok: false,
      error: "errors.import.unclosedQuote",
    });
    expect(await liveCount("follow-up-letter-2026")).toBe(before);
  });

  it("respects who a letter accepts", async () => {
    await t.db
      .update(letters)
      .set({ whoCanSign: "organisations" })
      .where(eq(letters.id, letterIds["follow-up-letter-2026"]!));
    const result = await importInto(
      "follow-up-letter-2026",
      "Name,Email,Title,Country\nSolo Person,solo@example.com,,\n",
    );
    expect(result).toMatchObject({ ok: false, error: "errors.import.nothingToImport" });
    await t.db
      .update(letters)
      .set({ whoCanSign: "both" })
      .where(eq(letters.id, letterIds["follow-up-letter-2026"]!));
  });
});
