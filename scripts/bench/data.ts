import { sql } from "drizzle-orm";
import type { Db, Executor } from "@/db";
import { campaigns, letters, letterVersions, resolutions, targets, unBodies } from "@/db/schema";
import { BENCH_SIGNING_LETTER_ID } from "./signing";

export const BENCH_CAMPAIGN = "bench-campaign";
export const BENCH_LETTER = "bench-letter";
export const BENCH_RESOLUTION = "bench-resolution";
/** Sessions of the bench resolution line: one text each. */
export const BENCH_RESOLUTION_SESSIONS = 20;

/**
 * Adds a campaign with 500 timeline entries, a letter with 50,000 confirmed signatures
 * (1,000 organisations and 49,000 individuals) and a resolution line with 20 sessions'
 * positions of every member state to the bench database. Built with generate_series so
 * it takes seconds, not minutes.
 */
export async function buildBenchData(db: Db, { signatures = 50_000, events = 460 } = {}) {
  await db.transaction(async (tx) => {
    await buildBenchResolution(tx);
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

/**
 * A General Assembly resolution line with 20 yearly texts (sessions 61 to 80) and a
 * co-sponsorship record for every member state on each, with the churn the page calls
 * out: a core group that co-sponsors from the start, a few of its states dropping for
 * one session and returning; states joining in later years, some of them withdrawing
 * their co-sponsorship before adoption (a second record, as the history keeps it); every
 * fourth text adopted by a recorded vote, with each member's vote and the counts derived
 * from them. All of it is sample data. Needs the states synced (runMigrations does that).
 */
export async function buildBenchResolution(tx: Executor) {
  const [body] = await tx
    .insert(unBodies)
    .values({
      slug: "bench-general-assembly",
      name: "Bench General Assembly",
      shortName: "Bench GA",
      // Every member sits on the plenary, so every member's vote can be recorded.
      kind: "ga_plenary",
      isSample: true,
    })
    .returning({ id: unBodies.id });
  const [line] = await tx
    .insert(resolutions)
    .values({
      slug: BENCH_RESOLUTION,
      title: "Bench resolution on human rights, across twenty sessions",
      bodyId: body.id,
      description:
        "Synthetic resolution line for the benchmark: every member state's positions, 20 sessions.",
      isSample: true,
    })
    .returning({ id: resolutions.id });

  // Session i (1..20) is the Assembly's (60 + i)th, in the autumn of 2005 + i.
  await tx.execute(sql`
    INSERT INTO un_sessions (body_id, kind, number, label, starts_on, ends_on, is_sample)
    SELECT ${body.id}, 'regular', 60 + i,
           (60 + i) || CASE WHEN (60 + i) % 100 IN (11, 12, 13) THEN 'th' WHEN (60 + i) % 10 = 1 THEN 'st' WHEN (60 + i) % 10 = 2 THEN 'nd'
                            WHEN (60 + i) % 10 = 3 THEN 'rd' ELSE 'th' END || ' session',
           make_date(2005 + i, 9, 15), make_date(2005 + i, 12, 22), true
    FROM generate_series(1, ${BENCH_RESOLUTION_SESSIONS}) AS i`);
  // Vote counts start at zero and are filled in from the recorded votes below.
  await tx.execute(sql`
    INSERT INTO resolution_texts (resolution_id, session_id, draft_symbol, adopted_symbol, title, adopted_on,
                                  adoption, yes_count, no_count, abstain_count, core_group, source_url, source_label, is_sample)
    SELECT ${line.id}, s.id, 'A/C.3/' || s.number || '/L.' || (20 + s.number % 17), 'A/RES/' || s.number || '/' || (140 + s.number % 40),
           'Situation of human rights in Benchland', s.ends_on - 4,
           CASE WHEN s.number % 4 = 0 THEN 'recorded_vote' ELSE 'without_vote' END::adoption_method,
           CASE WHEN s.number % 4 = 0 THEN 0 END, CASE WHEN s.number % 4 = 0 THEN 0 END, CASE WHEN s.number % 4 = 0 THEN 0 END,
           'The bench core group', 'https://example.org/bench/' || s.number, 'Bench record, session ' || s.number, true
    FROM un_sessions s WHERE s.body_id = ${body.id}`);

  // One row per member state and text: k numbers the states by code, i the sessions.
  // Core states (k % 4 = 0) co-sponsor from the start and now and then drop for a
  // session; joiners (k % 4 = 1) come in at a session of their own and skip one now and
  // then; the rest never co-sponsor. Co-sponsors vote yes, those who withdrew abstain,
  // the others vote no, abstain, are absent or vote yes by state, shifting over the years.
  const cells = sql`
    WITH member AS (
      SELECT iso3, row_number() OVER (ORDER BY iso3)::int AS k FROM states WHERE un_status = 'member'
    ), text AS (
      SELECT t.id, s.number - 60 AS i, s.starts_on, t.adopted_on, t.adoption = 'recorded_vote' AS recorded
      FROM resolution_texts t JOIN un_sessions s ON s.id = t.session_id WHERE t.resolution_id = ${line.id}
    ), sponsoring AS (
      SELECT m.iso3, m.k, t.id AS text_id, t.i, t.starts_on, t.adopted_on, t.recorded,
             CASE WHEN m.k % 4 = 0 AND (m.k + 3 * t.i) % 13 <> 0 THEN 'original'
                  WHEN m.k % 4 = 1 AND t.i >= 3 + m.k % 17 AND (m.k + t.i) % 9 <> 0 THEN 'additional'
             END AS sponsorship
      FROM member m CROSS JOIN text t
    ), cell AS (
      SELECT *, sponsorship IS NOT NULL AND (k * 7 + i) % 23 = 0 AS withdrew FROM sponsoring
    )`;
  await tx.execute(sql`${cells}
    INSERT INTO positions (text_id, state_iso3, kind, sponsorship, occurred_on, precision, source_url, source_label, is_sample)
    SELECT text_id, iso3,
           CASE WHEN sponsorship IS NULL THEN 'not_cosponsor' ELSE 'cosponsor' END::position_kind,
           sponsorship::sponsorship_type,
           CASE sponsorship WHEN 'original' THEN starts_on + 20 WHEN 'additional' THEN starts_on + 40 + k % 20
                ELSE adopted_on END,
           'day', 'https://example.org/bench/sponsors/' || i, 'Bench sponsor list, session ' || i, true
    FROM cell`);
  // A withdrawal is a later record on the same text: the history keeps both.
  await tx.execute(sql`${cells}
    INSERT INTO positions (text_id, state_iso3, kind, occurred_on, precision, source_url, source_label, note, is_sample)
    SELECT text_id, iso3, 'withdrew_cosponsorship', adopted_on - 10, 'day',
           'https://example.org/bench/withdrawals/' || i, 'Bench withdrawal notice', 'Withdrew before adoption.', true
    FROM cell WHERE withdrew`);
  await tx.execute(sql`${cells}
    INSERT INTO positions (text_id, state_iso3, kind, occurred_on, precision, source_url, source_label, is_sample)
    SELECT text_id, iso3,
           CASE WHEN withdrew THEN 'vote_abstain'
                WHEN sponsorship IS NOT NULL THEN 'vote_yes'
                WHEN (k + i / 8) % 7 IN (0, 1) THEN 'vote_no'
                WHEN (k + i / 8) % 7 IN (2, 3) THEN 'vote_abstain'
                WHEN (k + i / 8) % 7 = 4 THEN 'vote_absent'
                ELSE 'vote_yes' END::position_kind,
           adopted_on, 'day', 'https://example.org/bench/votes/' || i, 'Bench recorded vote, session ' || i, true
    FROM cell WHERE recorded`);
  await tx.execute(sql`
    UPDATE resolution_texts t SET
      yes_count = (SELECT count(*) FROM positions p WHERE p.text_id = t.id AND p.kind = 'vote_yes'),
      no_count = (SELECT count(*) FROM positions p WHERE p.text_id = t.id AND p.kind = 'vote_no'),
      abstain_count = (SELECT count(*) FROM positions p WHERE p.text_id = t.id AND p.kind = 'vote_abstain')
    WHERE t.resolution_id = ${line.id} AND t.adoption = 'recorded_vote'`);
}
