import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { campaigns, letters, letterVersions, targets } from "@/db/schema";
import { BENCH_SIGNING_LETTER_ID } from "./signing";

export const BENCH_CAMPAIGN = "bench-campaign";
export const BENCH_LETTER = "bench-letter";

/**
 * Adds a campaign with 500 timeline entries and a letter with 50,000 confirmed
 * signatures (1,000 organisations and 49,000 individuals) to the bench database.
 * Built with generate_series so it takes seconds, not minutes.
 */
export async function buildBenchData(db: Db, { signatures = 50_000, events = 460 } = {}) {
  await db.transaction(async (tx) => {
    const [target] = await tx
      .insert(targets)
      .values({ slug: "bench-target", name: "Government of Benchland", timeZone: "Europe/Paris" })
      .returning();
    const [campaign] = await tx
      .insert(campaigns)
      .values({
        slug: BENCH_CAMPAIGN,
        title: "Bench campaign with a long record",
        summary: "Synthetic campaign for the benchmark: hundreds of timeline entries.",
        status: "active",
        targetId: target.id,
        isSample: true,
      })
      .returning();
    await tx.execute(sql`
      INSERT INTO events (campaign_id, kind, title, occurred_on, precision, sources)
      SELECT ${campaign.id}, (ARRAY['coalition_action','government_action','un_action','media','other'])[1 + i % 5]::event_kind,
             'Bench event ' || i, DATE '2015-01-01' + i * 7, 'day',
             jsonb_build_array(jsonb_build_object('url', 'https://example.org/source/' || i, 'label', 'Source ' || i))
      FROM generate_series(1, ${events}) AS i`);
    await tx.execute(sql`
      INSERT INTO asks (campaign_id, position, title, venue, decision_on, decision_precision, outcome)
      SELECT ${campaign.id}, i, 'Bench ask ' || i, 'Bench venue', DATE '2016-01-01' + i * 60, 'month', 'pending'
      FROM generate_series(1, 20) AS i`);
    const letterRows = await tx
      .insert(letters)
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          campaignId: campaign.id,
          slug: i === 0 ? BENCH_LETTER : `bench-letter-${i}`,
          title: i === 0 ? "Bench letter with 50,000 signatures" : `Bench letter ${i}`,
          addressee: "The Prime Minister of Benchland",
          bodyMarkdown: "We, the undersigned, write to you about **the benchmark**.\n\n".repeat(20),
          status: "sent" as const,
          sentOn: `2024-0${1 + (i % 9)}-15`,
          deadlineRule: "working_days" as const,
          deadlineDays: 20,
          isSample: true,
        })),
      )
      .returning({ id: letters.id, slug: letters.slug });
    // One letter still collecting, for the signing burst (scripts/bench/signing.ts).
    letterRows.push(
      ...(await tx
        .insert(letters)
        .values({
          id: BENCH_SIGNING_LETTER_ID,
          campaignId: campaign.id,
          slug: "bench-signing-letter",
          title: "Bench letter open for signing",
          addressee: "The Prime Minister of Benchland",
          bodyMarkdown: "We, the undersigned, sign **the benchmark**.",
          status: "collecting",
          whoCanSign: "both",
          isSample: true,
        })
        .returning({ id: letters.id, slug: letters.slug })),
    );
    await tx
      .insert(letterVersions)
      .values(letterRows.map((l) => ({ letterId: l.id, version: 1, bodyMarkdown: "Bench" })));
    const benchLetter = letterRows.find((l) => l.slug === BENCH_LETTER)!;
    const orgCount = Math.min(1_000, Math.floor(signatures / 50));
    await tx.execute(sql`
      INSERT INTO organisations (slug, name, kind, country, is_sample)
      SELECT 'bench-org-' || i, 'Bench Organisation ' || lpad(i::text, 5, '0'), 'ngo', 'FR', true
      FROM generate_series(1, ${orgCount}) AS i`);
    await tx.execute(sql`
      INSERT INTO signatures (letter_id, kind, organisation_id, display_name, country, visibility, status, source, is_sample, confirmed_at)
      SELECT ${benchLetter.id}, 'organisation', o.id, o.name, o.country,
             CASE WHEN row_number() OVER () % 40 = 0 THEN 'name_withheld' ELSE 'public' END::signature_visibility,
             'confirmed', 'import', true, now()
      FROM organisations o WHERE o.slug LIKE 'bench-org-%'`);
    await tx.execute(sql`
      INSERT INTO signatures (letter_id, kind, display_name, title_affiliation, country, email, email_normalised,
                              visibility, status, source, is_sample, confirmed_at)
      SELECT ${benchLetter.id}, 'individual', 'Bench Person ' || lpad(i::text, 6, '0'), 'Volunteer', 'FR',
             'bench' || i || '@example.org', 'bench' || i || '@example.org',
             CASE WHEN i % 25 = 0 THEN 'name_withheld' ELSE 'public' END::signature_visibility,
             'confirmed', 'import', true, now()
      FROM generate_series(1, ${signatures - orgCount}) AS i`);
  });
}
