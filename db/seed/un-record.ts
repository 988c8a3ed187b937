import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  asks,
  bodyMemberships,
  campaignTargets,
  letterTargets,
  positions,
  resolutions,
  resolutionTexts,
  targets,
  unBodies,
  unSessions,
} from "@/db/schema";
import { SOURCE } from "./story";

/** "63rd", "71st", "74th": how the UN numbers its sessions in English. */
function englishOrdinal(n: number): string {
  const suffix = new Intl.PluralRules("en", { type: "ordinal" }).select(n);
  return `${n}${{ one: "st", two: "nd", few: "rd" }[suffix as "one" | "two" | "few"] ?? "th"}`;
}

/*
 * The UN record of the demo story. As fact, only what the release states: the two
 * resolution lines it names (the General Assembly's on North Korea, which the Republic
 * of Korea co-sponsored for "over a decade" and withdrew from in November 2019; the
 * Human Rights Council's at its March 2020 session) and the Republic of Korea's
 * positions on the first. Everything else (other sessions, symbols and adoption details,
 * other states' positions, the Council's membership) is generated and marked is_sample.
 */

const ROK = "KOR";

/** Sessions of the Third Committee, by GA session number: 63rd (2008) to 75th (2020). */
const GA_SESSIONS = Array.from({ length: 13 }, (_, i) => 63 + i);
const yearOfGa = (n: number) => 1945 + n;

/** Sample co-sponsors of every GA text (none of this comes from the release). */
const SAMPLE_GA_COSPONSORS = (
  "ALB AND AUS AUT BEL BGR CAN CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV " +
  "HUN IRL ISL ISR ITA JPN LIE LTU LUX LVA MCO MLT MNE NLD NOR NZL POL PRT ROU SMR " +
  "SVK SVN SWE UKR USA"
).split(" ");

/** Sample changes, so the matrix shows a state joining, dropping and returning. */
const SAMPLE_GA_VARIATIONS: Record<string, (session: number) => "cosponsor" | "not_cosponsor" | null> = {
  // Joins at the 66th session.
  BIH: (n) => (n >= 66 ? "cosponsor" : null),
  // Co-sponsors, stops at the 69th and 70th, returns at the 71st.
  MDA: (n) => (n === 69 || n === 70 ? "not_cosponsor" : "cosponsor"),
  MKD: (n) => (n >= 64 ? "cosponsor" : null),
};

/** Sample members of the Council in 2020. */
const SAMPLE_HRC_MEMBERS_2020 = (
  "AFG AGO ARG ARM AUS AUT BFA BGD BGR BHR BHS BRA CHL CMR COD CZE DEU DNK ERI FJI " +
  "IDN IND ITA JPN KOR LBY MEX MHL MRT NAM NGA NLD NPL PAK PER PHL POL QAT ESP SEN " +
  "SOM SVK SDN TGO UKR URY VEN"
).split(" ");

/** Sample co-sponsors of the Council's text at its 43rd session. */
const SAMPLE_HRC_COSPONSORS =
  "AUS AUT BEL CAN CZE DEU DNK ESP FIN FRA GBR ITA JPN NLD NOR NZL POL SWE USA".split(" ");

export type UnRecordIds = {
  /** The staff account the records are attributed to. */
  recordedBy: string | null;
  campaignId: string;
  /** The Government of the Republic of Korea. */
  targetId: string;
  /** The ask to co-sponsor the Council resolution in March 2020. */
  hrcAskId: string;
  /** The ask to re-join the sponsors of the General Assembly resolution in November 2020. */
  gaAskId: string;
  /** The campaign's letters, each addressed to the target by its addressee line. */
  letters: ReadonlyArray<{ id: string; addressee: string }>;
};

/**
 * Writes the demo story's UN record and links the story to it: the target to its state,
 * the asks to the texts and positions they want, the campaign and letters to the target
 * (campaign_targets, letter_targets). Not idempotent: call it once, in the transaction
 * that writes the story, after the states are synced (db/migrate.ts does that).
 */
export async function seedUnRecord(tx: Executor, ids: UnRecordIds): Promise<void> {
  const [hrc, thirdCommittee] = await tx
    .insert(unBodies)
    .values([
      { slug: "human-rights-council", name: "Human Rights Council", shortName: "HRC", kind: "hrc" },
      {
        slug: "general-assembly-third-committee",
        name: "General Assembly, Third Committee",
        shortName: "Third Committee",
        kind: "ga_third_committee",
      },
      { slug: "general-assembly", name: "General Assembly", shortName: "UNGA", kind: "ga_plenary" },
    ])
    .returning({ id: unBodies.id });

  // The Council's 43rd session: the "March" session the release names.
  const [hrc43] = await tx
    .insert(unSessions)
    .values({
      bodyId: hrc.id,
      kind: "regular",
      number: 43,
      label: "HRC43",
      startsOn: "2020-02-24",
      endsOn: "2020-03-20",
    })
    .returning({ id: unSessions.id });
  // The Third Committee meets in October and November; these dates are approximate.
  const gaSessions = await tx
    .insert(unSessions)
    .values(
      GA_SESSIONS.map((n) => ({
        bodyId: thirdCommittee.id,
        kind: "regular" as const,
        number: n,
        label: `${englishOrdinal(n)} session`,
        startsOn: `${yearOfGa(n)}-10-01`,
        endsOn: `${yearOfGa(n)}-11-30`,
        isSample: true,
      })),
    )
    .returning({ id: unSessions.id, number: unSessions.number });
  const gaSessionId = new Map(gaSessions.map((s) => [s.number!, s.id]));

  const [gaLine, hrcLine] = await tx
    .insert(resolutions)
    .values([
      {
        slug: "dprk-human-rights-general-assembly",
        title: "Situation of human rights in the Democratic People's Republic of Korea (General Assembly)",
        bodyId: thirdCommittee.id,
        description:
          "The General Assembly's yearly resolution condemning the human rights situation in North Korea.",
      },
      {
        slug: "dprk-human-rights-council",
        title:
          "Situation of human rights in the Democratic People's Republic of Korea (Human Rights Council)",
        bodyId: hrc.id,
        description: "The Human Rights Council's resolution on North Korea.",
      },
    ])
    .returning({ id: resolutions.id });

  const GA_TITLE = "Situation of human rights in the Democratic People's Republic of Korea";
  const gaTexts = await tx
    .insert(resolutionTexts)
    .values(
      GA_SESSIONS.map((n) => {
        const base = {
          resolutionId: gaLine.id,
          sessionId: gaSessionId.get(n)!,
          title: GA_TITLE,
          isSample: true,
        };
        if (n === 75) return { ...base, adoption: "pending" as const };
        if (n === 74) {
          return {
            ...base,
            draftSymbol: "A/C.3/74/L.27",
            adoptedSymbol: "A/RES/74/166",
            adoption: "without_vote" as const,
            adoptedOn: "2019-12-18",
          };
        }
        if (n === 69) {
          return {
            ...base,
            adoption: "recorded_vote" as const,
            adoptedOn: `${yearOfGa(n)}-11-18`,
            yesCount: 111,
            noCount: 19,
            abstainCount: 55,
          };
        }
        return { ...base, adoption: "without_vote" as const, adoptedOn: `${yearOfGa(n)}-11-20` };
      }),
    )
    .returning({ id: resolutionTexts.id, sessionId: resolutionTexts.sessionId });
  const gaTextId = new Map(gaTexts.map((t) => [t.sessionId, t.id]));
  const gaText = (n: number) => gaTextId.get(gaSessionId.get(n)!)!;

  const [hrc43Text] = await tx
    .insert(resolutionTexts)
    .values({
      resolutionId: hrcLine.id,
      sessionId: hrc43.id,
      title: "Situation of human rights in the Democratic People's Republic of Korea",
      adoption: "pending",
      isSample: true,
    })
    .returning({ id: resolutionTexts.id });

  const source = { sourceUrl: SOURCE.url, sourceLabel: SOURCE.label ?? null };
  const sample = { isSample: true, recordedBy: ids.recordedBy };
  const rows: (typeof positions.$inferInsert)[] = [];

  // The release: "reversing over a decade of past practice", then the withdrawal in November 2019.
  for (const n of GA_SESSIONS.filter((n) => n <= 73)) {
    rows.push({
      textId: gaText(n),
      stateIso3: ROK,
      kind: "cosponsor",
      occurredOn: `${yearOfGa(n)}-01-01`,
      precision: "year",
      ...source,
      note: "The release: the withdrawal in November 2019 reversed over a decade of past practice.",
      recordedBy: ids.recordedBy,
    });
  }
  rows.push({
    textId: gaText(74),
    stateIso3: ROK,
    kind: "withdrew_cosponsorship",
    occurredOn: "2019-11-01",
    precision: "month",
    ...source,
    recordedBy: ids.recordedBy,
  });

  for (const n of GA_SESSIONS) {
    const occurredOn = `${yearOfGa(n)}-11-01`;
    for (const iso3 of SAMPLE_GA_COSPONSORS) {
      rows.push({
        textId: gaText(n),
        stateIso3: iso3,
        kind: "cosponsor",
        occurredOn,
        precision: "month",
        ...sample,
      });
    }
    for (const [iso3, kindAt] of Object.entries(SAMPLE_GA_VARIATIONS)) {
      const kind = kindAt(n);
      if (kind)
        rows.push({ textId: gaText(n), stateIso3: iso3, kind, occurredOn, precision: "month", ...sample });
    }
  }
  // The recorded vote at the 69th session, for a few states (sample).
  const voteOn = `${yearOfGa(69)}-11-18`;
  for (const iso3 of SAMPLE_GA_COSPONSORS) {
    rows.push({
      textId: gaText(69),
      stateIso3: iso3,
      kind: "vote_yes",
      occurredOn: voteOn,
      precision: "day",
      ...sample,
    });
  }
  for (const iso3 of ["PRK", "CHN", "CUB", "RUS", "SYR", "VEN"]) {
    rows.push({
      textId: gaText(69),
      stateIso3: iso3,
      kind: "vote_no",
      occurredOn: voteOn,
      precision: "day",
      ...sample,
    });
  }
  for (const iso3 of SAMPLE_HRC_COSPONSORS) {
    rows.push({
      textId: hrc43Text.id,
      stateIso3: iso3,
      kind: "cosponsor",
      sponsorship: "original",
      occurredOn: "2020-03-01",
      precision: "month",
      ...sample,
    });
  }
  await tx.insert(positions).values(rows);

  await tx
    .insert(bodyMemberships)
    .values(
      SAMPLE_HRC_MEMBERS_2020.map((stateIso3) => ({ bodyId: hrc.id, stateIso3, year: 2020, isSample: true })),
    );

  // The story, linked to the record.
  await tx.update(targets).set({ stateIso3: ROK }).where(eq(targets.id, ids.targetId));
  await tx
    .insert(campaignTargets)
    .values({ campaignId: ids.campaignId, targetId: ids.targetId })
    .onConflictDoNothing();
  if (ids.letters.length > 0) {
    await tx
      .insert(letterTargets)
      .values(ids.letters.map((l) => ({ letterId: l.id, targetId: ids.targetId, addressee: l.addressee })))
      .onConflictDoNothing();
  }
  await tx
    .update(asks)
    .set({ resolutionTextId: hrc43Text.id, wantedPosition: "cosponsor" })
    .where(eq(asks.id, ids.hrcAskId));
  await tx
    .update(asks)
    .set({ resolutionTextId: gaText(75), wantedPosition: "cosponsor" })
    .where(eq(asks.id, ids.gaAskId));
}
