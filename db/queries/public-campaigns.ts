import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
import { type AskSession, type LinkedAskOutcome, loadCampaignAsks } from "@/db/queries/ask-outcomes";
import { listCampaignTargets } from "@/db/queries/campaign-targets";
import { fromCampaignsWithMainTarget } from "@/db/queries/joins";
import { type LetterSummary, loadLetterSummaries } from "@/db/queries/letter-summaries";
import { possibleSlugs, publicCampaign } from "@/db/queries/public-visibility";
import { loadCampaignPositionNews } from "@/db/queries/un-public";
import {
  asks,
  type CampaignStatus,
  campaignLeads,
  campaigns,
  events,
  organisations,
  responses,
  targets,
} from "@/db/schema";
import { type AskStatus, askStatus, nextDecisionAsk } from "@/lib/domain/ask-status";
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import { type TargetWording, targetWording } from "@/lib/domain/campaigns";
import type { ContentLanguageNotice, contentReader } from "@/lib/domain/content-languages";
import { type PreciseDate, preciseDate, precisePeriodStart } from "@/lib/domain/dates";
import { type LetterClock, todayIn } from "@/lib/domain/deadlines";
import { DEFAULT_LOCALE, type Locale, toLocale } from "@/lib/domain/locales";
import {
  type AskOutcome,
  buildTimeline,
  type Retraction,
  type TimelineAskInput,
  type TimelineEntry,
  type TimelineEventInput,
  type TimelinePositionInput,
  type TimelineResponseInput,
} from "@/lib/domain/timeline";
import {
  campaignLanguages,
  campaignReader,
  campaignWordingReader,
  localiseLetters,
  readContentTranslations,
} from "./translations";

/*
 * What the public home and campaign pages show, as plain JSON-safe data (strings,
 * numbers, booleans): the cached wrappers below store it with unstable_cache, which
 * serialises to JSON. Letter state and tallies come from loadLetterSummaries and the
 * timeline from buildTimeline; nothing here recomputes them.
 */

/** A campaign status the public may see: drafts never leave the database layer. */
export type PublicCampaignStatus = Exclude<CampaignStatus, "draft">;

/** A letter past its deadline: its clock's days without a response (approximate or not) and its deadline. */
export type OverdueLetter = Pick<LetterSummary, "slug" | "title"> &
  Pick<Extract<LetterClock, { state: "overdue" }>, "daysWithoutResponse" | "approximate" | "deadline">;

/** A letter taking signatures, with what its signing window needs and how many have signed. */
export type CollectingLetter = Pick<
  LetterSummary,
  "slug" | "title" | "status" | "whoCanSign" | "signingOpensAt" | "signingClosesAt"
> & { signed: number };

/** The campaign's next decision point, as the status strip names it. */
export type NextDecision = {
  title: string;
  decision: PreciseDate;
  session: AskSession | null;
  countdownDays: number | null;
};

/**
 * Where a campaign stands, in the order a visitor needs it: its state, the letters left
 * unanswered past their deadline, the next decision point and the letters open for
 * signing. Built once per campaign, in the cached loaders, by campaignStatusStrip.
 */
export type CampaignStatusStrip = {
  status: PublicCampaignStatus;
  overdueLetters: OverdueLetter[];
  nextDecision: NextDecision | null;
  collectingLetters: CollectingLetter[];
};

/** A campaign as the home page's card shows it. */
export type HomeCampaign = {
  slug: string;
  title: string;
  summary: string;
  status: PublicCampaignStatus;
  isSample: boolean;
  targetName: string;
  /** Asks on the record (retracted ones excluded) and how many of them were met in full. */
  asks: { met: number; total: number };
  /** The most recent timeline entry that has happened (not retracted), if any. */
  latestEntry: TimelineEntry | null;
  strip: CampaignStatusStrip;
  /** Set when some of the card's wording is in the campaign's original language, not the one asked for. */
  contentNotice: ContentLanguageNotice | null;
};

export type CampaignAsk = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  decision: PreciseDate | null;
  /** Decided at this session: the page names it with its dates instead of the bare date. */
  session: AskSession | null;
  /** True while the decision's period is not yet past; `countdownDays` then counts to its start. */
  upcoming: boolean;
  countdownDays: number | null;
  /** For a linked ask, derived from its states' outcomes; the typed outcome fields are then null. */
  outcome: AskOutcome;
  /** What the page says of it: the outcome, or "awaiting_outcome" once its decision passed with none recorded. */
  status: AskStatus;
  outcomeOn: string | null;
  outcomeSourceUrl: string | null;
  outcomeNote: string | null;
  /** For an ask linked to a resolution text: what it wants there, and each targeted state's outcome. */
  derived: LinkedAskOutcome | null;
  /** Kept on the public record, struck through, with the reason. */
  retracted: Retraction | null;
};

/** A target the campaign presses; stateIso3 links a government to its state's page. */
export type CampaignTarget = { slug: string; name: string; stateIso3: string | null };

export type CampaignLead = { name: string; shortName: string | null; slug: string };

export type CampaignPage = {
  campaign: {
    slug: string;
    title: string;
    summary: string;
    status: PublicCampaignStatus;
    isSample: boolean;
    startedOn: string | null;
  };
  /** The main target; stateIso3: the state a government target is linked to. */
  target: { slug: string; name: string; timeZone: string; stateIso3: string | null };
  /** Every target the campaign presses, the main one first, then by name. */
  targets: CampaignTarget[];
  /** How the page names them: "the government", "the UN body", "the targets". */
  targetWording: TargetWording;
  leads: CampaignLead[];
  asks: CampaignAsk[];
  letters: LetterSummary[];
  timeline: TimelineEntry[];
  /** "YYYY-MM-DD" in the target's time zone, the day the timeline was built for. */
  today: string;
  strip: CampaignStatusStrip;
  /**
   * Labels the campaign's own records give their source links, by URL, so that an
   * unlabelled link to the same document (a letter's source, say) can be named too.
   */
  sourceLabels: Record<string, string>;
  /** Set when some of the page's wording is in the campaign's original language, not the one asked for. */
  contentNotice: ContentLanguageNotice | null;
  /**
   * The language of the campaign's own wording as given (the one asked for when its title
   * is translated into it, else its original), its original, and every language its title
   * can be read in.
   */
  languages: { shown: Locale; original: Locale; available: Locale[] };
};

// ── Shared pieces ────────────────────────────────────────────────────────────

function retraction(at: Date | null, reason: string | null): Retraction | null {
  return at ? { at: at.toISOString(), reason: reason ?? "" } : null;
}

type CampaignRecord = {
  events: TimelineEventInput[];
  responses: TimelineResponseInput[];
  asks: (TimelineAskInput & {
    description: string | null;
    outcomeOn: string | null;
    outcomeNote: string | null;
    session: AskSession | null;
    derived: LinkedAskOutcome | null;
  })[];
};

/**
 * Events, responses and asks of the given campaigns, grouped by campaign id. A linked
 * ask's outcome is derived from the positions recorded, judged on the campaign's `today`
 * (its main target's date); what staff may once have typed for it is left out.
 */
async function loadCampaignRecords(
  db: Executor,
  { campaignIds, today }: { campaignIds: string[]; today: (campaignId: string) => string },
): Promise<Map<string, CampaignRecord>> {
  const records = new Map<string, CampaignRecord>(
    campaignIds.map((id) => [id, { events: [], responses: [], asks: [] }]),
  );
  if (campaignIds.length === 0) return records;

  const [eventRows, responseRows, askRows] = await Promise.all([
    db
      .select()
      .from(events)
      .where(inArray(events.campaignId, campaignIds))
      .orderBy(asc(events.occurredOn), asc(events.id)),
    db
      .select()
      .from(responses)
      .where(inArray(responses.campaignId, campaignIds))
      .orderBy(asc(responses.respondedOn), asc(responses.id)),
    loadCampaignAsks(db, { campaignIds, today }),
  ]);

  for (const e of eventRows) {
    records.get(e.campaignId)?.events.push({
      id: e.id,
      kind: e.kind,
      title: e.title,
      description: e.description,
      date: preciseDate(e.occurredOn, e.precision, e.occurredEnd),
      sources: e.sources.map((s) => (s.label ? { url: s.url, label: s.label } : { url: s.url })),
      retracted: retraction(e.retractedAt, e.retractionReason),
    });
  }
  for (const r of responseRows) {
    records.get(r.campaignId)?.responses.push({
      id: r.id,
      kind: r.kind,
      stance: r.stance,
      date: preciseDate(r.respondedOn, r.precision, r.respondedEnd),
      summary: r.summary,
      sourceUrl: r.sourceUrl,
      letterId: r.letterId,
      askId: r.askId,
      retracted: retraction(r.retractedAt, r.retractionReason),
    });
  }
  for (const { ask: a, session, decision, derived: linked } of askRows) {
    records.get(a.campaignId)?.asks.push({
      id: a.id,
      title: a.title,
      description: a.description,
      venue: a.venue,
      decision,
      session,
      outcome: linked ? linked.outcome : a.outcome,
      outcomeOn: linked ? null : a.outcomeOn,
      outcomeSourceUrl: linked ? null : a.outcomeSourceUrl,
      outcomeNote: linked ? null : a.outcomeNote,
      derived: linked,
      retracted: retraction(a.retractedAt, a.retractionReason),
    });
  }
  return records;
}

/** The ids of a campaign's records, for reading their translations. */
function recordIds(record: CampaignRecord) {
  return {
    ask: record.asks.map((a) => a.id),
    event: record.events.map((e) => e.id),
    response: record.responses.map((r) => r.id),
  };
}

/** A campaign's records with their wording in the reader's language, where translated. */
function translateRecord(record: CampaignRecord, reader: ReturnType<typeof contentReader>): CampaignRecord {
  return {
    asks: record.asks.map((a) => ({
      ...a,
      title: reader.text("ask", a.id, "title", a.title),
      description: reader.text("ask", a.id, "description", a.description),
    })),
    events: record.events.map((e) => ({
      ...e,
      title: reader.text("event", e.id, "title", e.title),
      description: reader.text("event", e.id, "description", e.description ?? null),
    })),
    responses: record.responses.map((r) => ({
      ...r,
      summary: reader.text("response", r.id, "summary", r.summary),
    })),
  };
}

function campaignTimeline(
  today: string,
  record: CampaignRecord,
  letters: LetterSummary[],
  positions: readonly TimelinePositionInput[] = [],
): TimelineEntry[] {
  return buildTimeline({
    today,
    positions,
    events: record.events,
    responses: record.responses,
    asks: record.asks,
    letters: letters.map((l) => ({
      id: l.id,
      slug: l.slug,
      title: l.title,
      addressee: l.addressee,
      openedOn: l.openedOn,
      sent: l.sent,
      sourceUrl: l.sourceUrl,
      clock: l.clock,
      tallySentence: l.tally.sentence,
      tally: l.tally,
    })),
  });
}

/**
 * The status strip of a campaign from its letter summaries (their clocks and tallies) and
 * its asks; the next decision's countdown is the one its timeline entry carries.
 */
function campaignStatusStrip({
  status,
  letters,
  asks,
  timeline,
  today,
}: {
  status: PublicCampaignStatus;
  letters: readonly LetterSummary[];
  asks: CampaignRecord["asks"];
  timeline: readonly TimelineEntry[];
  today: string;
}): CampaignStatusStrip {
  const next = nextDecisionAsk(
    asks.map((ask) => ({ ...ask, retracted: ask.retracted ?? null })),
    today,
  );
  const entry = next ? timeline.find((e) => e.kind === "ask_decision" && e.askId === next.id) : undefined;
  return {
    status,
    overdueLetters: letters.flatMap(({ slug, title, clock }) =>
      clock.state === "overdue"
        ? [
            {
              slug,
              title,
              daysWithoutResponse: clock.daysWithoutResponse,
              approximate: clock.approximate,
              deadline: clock.deadline,
            },
          ]
        : [],
    ),
    nextDecision: next
      ? {
          title: next.title,
          decision: next.decision,
          session: next.session,
          countdownDays: entry?.countdownDays ?? null,
        }
      : null,
    collectingLetters: letters.flatMap((l) =>
      l.clock.state === "collecting"
        ? [
            {
              slug: l.slug,
              title: l.title,
              status: l.status,
              whoCanSign: l.whoCanSign,
              signingOpensAt: l.signingOpensAt,
              signingClosesAt: l.signingClosesAt,
              signed: l.tally.organisations + l.tally.individuals,
            },
          ]
        : [],
    ),
  };
}

/** What the home card and the campaign page both show of a campaign. */
const campaignColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  title: campaigns.title,
  summary: campaigns.summary,
  status: campaigns.status,
  isSample: campaigns.isSample,
  originalLocale: campaigns.originalLocale,
};

// ── Home ─────────────────────────────────────────────────────────────────────

/**
 * Public, published campaigns for the home page: active ones first, then the most
 * recently started; their wording in `locale` where translated.
 */
export async function loadHomeCampaigns(
  db: Executor,
  { now, locale = DEFAULT_LOCALE }: { now: Date; locale?: Locale },
): Promise<HomeCampaign[]> {
  const rows = await fromCampaignsWithMainTarget(
    db.select({
      ...campaignColumns,
      targetName: targets.name,
      timeZone: targets.timeZone,
    }),
  )
    .where(publicCampaign)
    .orderBy(
      desc(sql`${campaigns.status} = 'active'`),
      sql`${campaigns.startedOn} desc nulls last`,
      asc(campaigns.title),
    );
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.id);
  const todayOf = new Map(rows.map((r) => [r.id, todayIn(r.timeZone, now)]));
  const [records, summaries] = await Promise.all([
    loadCampaignRecords(db, { campaignIds: ids, today: (id) => todayOf.get(id)! }),
    loadLetterSummaries(db, { filter: { campaignIds: ids }, now }),
  ]);
  const all = [...records.values()];
  const [translations, letters] = await Promise.all([
    readContentTranslations(db, {
      records: {
        campaign: ids,
        ask: all.flatMap((r) => r.asks.map((a) => a.id)),
        event: all.flatMap((r) => r.events.map((e) => e.id)),
        response: all.flatMap((r) => r.responses.map((x) => x.id)),
      },
      locale,
    }),
    localiseLetters(db, { letters: summaries, locale }),
  ]);

  return rows.map((row) => {
    const reader = campaignReader({ campaign: row, translations, locale });
    const record = translateRecord(records.get(row.id)!, reader);
    const campaignLetters = letters.letters.filter((l) => l.campaignId === row.id);
    const untranslated = campaignLetters.find((l) => letters.untranslated.has(l.id));
    if (untranslated) reader.fallBack(toLocale(untranslated.originalLocale));
    const today = todayOf.get(row.id)!;
    const timeline = campaignTimeline(today, record, campaignLetters);
    // What has happened, newest last; a retracted entry is not news.
    const happened = timeline.filter((e) => !e.retracted && precisePeriodStart(e.date) <= today);
    const latest = happened.at(-1);
    const liveAsks = record.asks.filter((a) => !a.retracted);

    return {
      slug: row.slug,
      title: reader.text("campaign", row.id, "title", row.title),
      summary: reader.text("campaign", row.id, "summary", row.summary),
      status: row.status as PublicCampaignStatus,
      isSample: row.isSample,
      targetName: row.targetName,
      asks: { met: liveAsks.filter((a) => a.outcome === "met").length, total: liveAsks.length },
      latestEntry: latest ?? null,
      strip: campaignStatusStrip({
        status: row.status as PublicCampaignStatus,
        letters: campaignLetters,
        asks: record.asks,
        timeline,
        today,
      }),
      contentNotice: reader.notice(),
    };
  });
}

// ── Campaign page ────────────────────────────────────────────────────────────

/**
 * Everything a campaign's public page shows, its wording in `locale` where translated;
 * null when it does not exist, is a draft or is private.
 */
export async function loadCampaignPage(
  db: Executor,
  { slug, now, locale = DEFAULT_LOCALE }: { slug: string; now: Date; locale?: Locale },
): Promise<CampaignPage | null> {
  if (!possibleSlugs(slug)) return null;
  const [row] = await fromCampaignsWithMainTarget(
    db.select({
      campaign: {
        ...campaignColumns,
        startedOn: campaigns.startedOn,
        targetId: campaigns.targetId,
      },
      target: {
        slug: targets.slug,
        name: targets.name,
        timeZone: targets.timeZone,
        stateIso3: targets.stateIso3,
      },
    }),
  )
    .where(and(eq(campaigns.slug, slug), publicCampaign))
    .limit(1);
  if (!row) return null;
  const { campaign, target } = row;
  const today = todayIn(target.timeZone, now);

  const [leads, records, summaries, positionNews, targetRows] = await Promise.all([
    db
      .select({ name: organisations.name, shortName: organisations.shortName, slug: organisations.slug })
      .from(campaignLeads)
      .innerJoin(organisations, eq(organisations.id, campaignLeads.organisationId))
      .where(eq(campaignLeads.campaignId, campaign.id))
      .orderBy(asc(campaignLeads.position), asc(organisations.name)),
    loadCampaignRecords(db, { campaignIds: [campaign.id], today: () => today }),
    loadLetterSummaries(db, { filter: { campaignIds: [campaign.id] }, now }),
    loadCampaignPositionNews(db, { campaignIds: [campaign.id] }),
    listCampaignTargets(db, { campaignId: campaign.id, mainTargetId: campaign.targetId }),
  ]);
  const [reader, localised, available] = await Promise.all([
    campaignWordingReader(db, { campaign, records: recordIds(records.get(campaign.id)!), locale }),
    localiseLetters(db, { letters: summaries, locale }),
    campaignLanguages(db, { campaign }),
  ]);
  const record = translateRecord(records.get(campaign.id)!, reader);
  const { letters } = localised;
  const untranslated = letters.find((l) => localised.untranslated.has(l.id));
  if (untranslated) reader.fallBack(toLocale(untranslated.originalLocale));
  const timeline = campaignTimeline(today, record, letters, positionNews.get(campaign.id));
  const decisionEntries = new Map(
    timeline.flatMap((e) => (e.askId && e.kind === "ask_decision" ? [[e.askId, e]] : [])),
  );

  const sourceLabels: Record<string, string> = {};
  for (const event of record.events) {
    if (event.retracted) continue;
    for (const source of event.sources) {
      if (source.label && !sourceLabels[source.url]) sourceLabels[source.url] = source.label;
    }
  }

  return {
    campaign: {
      slug: campaign.slug,
      title: reader.text("campaign", campaign.id, "title", campaign.title),
      summary: reader.text("campaign", campaign.id, "summary", campaign.summary),
      status: campaign.status as PublicCampaignStatus,
      isSample: campaign.isSample,
      startedOn: campaign.startedOn,
    },
    target,
    targets: targetRows.map(({ slug, name, stateIso3 }) => ({ slug, name, stateIso3 })),
    targetWording: targetWording(targetRows.map((t) => t.kind)),
    leads,
    asks: record.asks.map((ask) => {
      const entry = decisionEntries.get(ask.id);
      return {
        id: ask.id,
        title: ask.title,
        description: ask.description,
        venue: ask.venue,
        decision: ask.decision,
        session: ask.session,
        upcoming: entry?.upcoming ?? false,
        countdownDays: entry?.countdownDays ?? null,
        outcome: ask.outcome,
        status: askStatus(ask, today),
        outcomeOn: ask.outcomeOn,
        outcomeSourceUrl: ask.outcomeSourceUrl,
        outcomeNote: ask.outcomeNote,
        derived: ask.derived,
        retracted: ask.retracted ?? null,
      };
    }),
    letters,
    timeline,
    today,
    strip: campaignStatusStrip({
      status: campaign.status as PublicCampaignStatus,
      letters,
      asks: record.asks,
      timeline,
      today,
    }),
    sourceLabels,
    contentNotice: reader.notice(),
    languages: {
      shown: reader.translated("campaign", campaign.id, "title") ? locale : available[0]!,
      original: available[0]!,
      available,
    },
  };
}

// ── Cached for the public pages ──────────────────────────────────────────────

/**
 * The home page's cards in a language (the argument keys the entry), cached until a write
 * touches the campaign list (translations included) or day counts roll over.
 */
const cachedHomeCampaigns = unstable_cache(
  (locale: Locale) => loadHomeCampaigns(getDb(), { now: new Date(), locale }),
  ["public-home-campaigns"],
  publicCacheOptions(cacheTags.campaignList),
);

/** The home page's cards, their wording in `locale` where translated. */
export const getHomeCampaigns = (locale: Locale = DEFAULT_LOCALE) => cachedHomeCampaigns(locale);

/** The resolution texts a campaign's asks are linked to (none for a campaign not public). */
export async function loadCampaignLinkedTextIds(db: Executor, { slug }: { slug: string }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: asks.resolutionTextId })
    .from(asks)
    .innerJoin(campaigns, eq(campaigns.id, asks.campaignId))
    .where(and(eq(campaigns.slug, slug), publicCampaign, isNotNull(asks.resolutionTextId)));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

/**
 * One campaign's public page, cached until a write touches it (or day counts roll over).
 * Its asks' outcomes follow the positions on the texts they are linked to, so the page is
 * also tagged with each text (cacheTags.resolutionText), which position writes expire.
 * Its wording is in `locale` where translated, else the original's (contentNotice says so).
 * The texts are read first, under the campaign's own tag: only an ask's write changes
 * them, and it expires that tag. React's cache() lets the page and its metadata share
 * one lookup per request.
 */
export const getCampaignPage = cache(
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<CampaignPage | null> => {
    // An address no campaign can have is not found: no cache entry, no tag of its own.
    if (!possibleSlugs(slug)) return null;
    // One entry per language; a translation's write expires the campaign's tag, so all of them.
    return unstable_cache(
      () => loadCampaignPage(getDb(), { slug, now: new Date(), locale }),
      ["public-campaign-page", slug, locale],
      publicCacheOptions(...(await getCampaignPageTags(slug))),
    )();
  },
);

/**
 * The tags the campaign page's data is cached under: the campaign's own, and each text its
 * asks are linked to. The public API's campaign is stored under the same ones.
 */
export const getCampaignPageTags = cache(async (slug: string): Promise<string[]> => {
  const textIds = await unstable_cache(
    () => loadCampaignLinkedTextIds(getDb(), { slug }),
    ["public-campaign-texts", slug],
    publicCacheOptions(cacheTags.campaign(slug)),
  )();
  return [cacheTags.campaign(slug), ...textIds.map(cacheTags.resolutionText)];
});
