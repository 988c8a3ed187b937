import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActorDto } from "@/db/queries/users";
import { organisations, signatures } from "@/db/schema";
import { importSignaturesDefinition } from "@/lib/actions/import/definitions";
import { toCsv } from "@/lib/domain/csv";
import { seedDemo } from "@/lib/jobs/seed-demo";
import { actionRunner, auditEntries } from "../helpers/actions";
import { demoActor, demoLetterId } from "../helpers/demo";
import { updatedTags } from "../helpers/next-cache";
import { setupTestDb } from "../helpers/test-db";

vi.mock("next/cache", async (original) => (await import("../helpers/next-cache")).outsideActions(original));

const ROWS = 10_000;
const ORGANISATIONS = 1_500;

const t = setupTestDb();
let staff: ActorDto;
let letterId: string;
const run = actionRunner(t, () => staff);

beforeAll(async () => {
  await seedDemo(t.db);
  staff = await demoActor(t.db, "staff@answerable.example");
  letterId = await demoLetterId(t.db, "follow-up-letter-2026");
});

/** A sign-on sheet as a coalition might send it: people and organisations, one kind column. */
function generatedSheet(): string {
  const rows: string[][] = [["Name", "Email", "Organisation", "Title", "Country", "Type", "Public?"]];
  for (let i = 0; i < ROWS; i++) {
    if (i < ORGANISATIONS) {
      rows.push([
        "",
        `office${i}@speed-org-${i}.example`,
        `Speed Test Network ${i}`,
        "",
        "KR",
        "organisation",
        "yes",
      ]);
    } else {
      rows.push([
        `Person ${i}`,
        `person.${i}@example.net`,
        "Han River Forum",
        "Researcher",
        i % 2 ? "Japan" : "DE",
        "individual",
        i % 10 === 0 ? "no" : "yes",
      ]);
    }
  }
  return toCsv(rows);
}

describe(`importing ${ROWS.toLocaleString("en")} rows`, () => {
  it("imports every row in one transaction, in under 10 seconds", async () => {
    const csv = generatedSheet();
    const [{ before }] = await t.db
      .select({ before: sql<number>`count(*)::int` })
      .from(signatures)
      .where(eq(signatures.letterId, letterId));

    const started = performance.now();
    const result = await run(importSignaturesDefinition, {
      letterId,
      csv,
      nameColumn: "0",
      emailColumn: "1",
      organisationColumn: "2",
      titleAffiliationColumn: "3",
      countryColumn: "4",
      kind: "column:5",
      visibility: "column:6",
      confirm: "yes",
    });
    const elapsed = performance.now() - started;
    console.log(`[import-speed] ${ROWS} rows imported on ${t.kind} in ${Math.round(elapsed)} ms`);

    expect(result).toMatchObject({
      ok: true,
      data: { imported: ROWS, organisations: ORGANISATIONS, organisationsCreated: ORGANISATIONS, skipped: 0 },
    });
    const [{ after, imported }] = await t.db
      .select({
        after: sql<number>`count(*)::int`,
        imported: sql<number>`(count(*) filter (where ${signatures.source} = 'import' and ${signatures.status} = 'confirmed'))::int`,
      })
      .from(signatures)
      .where(eq(signatures.letterId, letterId));
    expect(after - before).toBe(ROWS);
    expect(imported).toBeGreaterThanOrEqual(ROWS);

    const created = await t.db
      .select({ isSample: organisations.isSample })
      .from(organisations)
      .where(sql`${organisations.name} like 'Speed Test Network %'`);
    expect(created).toHaveLength(ORGANISATIONS);
    expect(created.every((o) => o.isSample === false)).toBe(true);

    const [entry] = await auditEntries(t.db, "signature.import", letterId);
    expect(entry).toMatchObject({
      actorUserId: staff.id,
      entityType: "letter",
      before: { liveSignatures: before },
      after: { liveSignatures: before + ROWS, imported: ROWS, skipped: 0 },
    });
    // The letter's public pages, and the page of every organisation that now lists it.
    expect(updatedTags).toContain("letter:south-korea-north-korea-human-rights/follow-up-letter-2026");
    expect(updatedTags).toContain("organisation:speed-test-network-0");

    expect(elapsed).toBeLessThan(10_000);
  });
});
