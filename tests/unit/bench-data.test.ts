import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadResolutionMatrix, type ResolutionMatrixData } from "@/db/queries/resolutions";
import { resolutionMatrix } from "@/lib/domain/un/positions";
import { BENCH_RESOLUTION, BENCH_RESOLUTION_SESSIONS, buildBenchData } from "../../scripts/bench/data";
import { createTestDb, type TestDb } from "../helpers/test-db";

/*
 * The bench database builds (`npm run bench` measures pages over it), and its resolution
 * line is what the bench claims: every member state on every one of 20 texts, with states
 * joining, dropping and returning, some recorded votes whose counts match the votes, and
 * nothing but sample data. Built here with few signatures; the resolution line is full size.
 */

let t: TestDb;
let data: ResolutionMatrixData;

beforeAll(async () => {
  t = await createTestDb();
  await buildBenchData(t.db, { signatures: 500, events: 20 });
  const loaded = await loadResolutionMatrix(t.db, { slug: BENCH_RESOLUTION });
  if (!loaded) throw new Error("bench resolution line not found");
  data = loaded;
});

afterAll(async () => {
  await t?.close();
});

describe("bench resolution line", () => {
  it("has 20 texts and a co-sponsorship record for all 193 member states on each", () => {
    expect(data.texts).toHaveLength(BENCH_RESOLUTION_SESSIONS);
    const members = data.states.filter((s) => s.status === "member");
    expect(members).toHaveLength(193);
    const matrix = resolutionMatrix({
      sessions: data.texts.map((text) => ({
        textId: text.id,
        sessionLabel: text.session.label,
        order: text.order,
      })),
      records: data.records,
      states: members,
    });
    expect(matrix.rows).toHaveLength(193);
    for (const row of matrix.rows) {
      expect(row.cells.every((cell) => cell.sponsorship !== null)).toBe(true);
    }
    const changes = matrix.rows.flatMap((row) => row.cells.map((cell) => cell.change));
    for (const change of ["joined", "dropped", "returned"] as const) {
      expect(changes.filter((c) => c === change).length).toBeGreaterThan(5);
    }
    const withdrawals = data.records.filter((r) => r.kind === "withdrew_cosponsorship");
    expect(withdrawals.length).toBeGreaterThan(5);
    // Co-sponsor lists of a realistic size, not everyone and not no one.
    for (const total of matrix.totals) {
      expect(total.cosponsors).toBeGreaterThan(30);
      expect(total.cosponsors).toBeLessThan(120);
    }
  });

  it("records votes at some sessions, with counts that match every member's vote", () => {
    const recorded = data.texts.filter((text) => text.adoption === "recorded_vote");
    expect(recorded.length).toBeGreaterThanOrEqual(3);
    expect(recorded.length).toBeLessThan(BENCH_RESOLUTION_SESSIONS);
    for (const text of recorded) {
      const votes = data.records.filter((r) => r.textId === text.id && r.kind.startsWith("vote_"));
      expect(votes).toHaveLength(193);
      const count = (kind: string) => votes.filter((r) => r.kind === kind).length;
      expect(text.votes).toEqual({
        yes: count("vote_yes"),
        no: count("vote_no"),
        abstain: count("vote_abstain"),
      });
      expect(text.votes!.yes).toBeGreaterThan(text.votes!.no);
    }
  });

  it("marks the line, its body, sessions, texts and positions as sample data", async () => {
    expect(data.resolution.isSample).toBe(true);
    expect(data.texts.every((text) => text.isSample)).toBe(true);
    expect(data.records.every((r) => r.isSample)).toBe(true);
    const [{ notSample }] = (
      await t.db.execute<{ notSample: number }>(sql`
        SELECT (SELECT count(*) FROM un_bodies WHERE slug LIKE 'bench-%' AND NOT is_sample)
             + (SELECT count(*) FROM un_sessions s JOIN un_bodies b ON b.id = s.body_id
                WHERE b.slug LIKE 'bench-%' AND NOT s.is_sample) AS "notSample"`)
    ).rows;
    expect(Number(notSample)).toBe(0);
  });
});
