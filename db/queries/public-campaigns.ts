import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { type Executor, getDb } from "@/db";
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
import { cacheTags, publicCacheOptions } from "@/lib/domain/cache-tags";
import { type PreciseDate, precisePeriodStart } from "@/lib/domain/dates";
import { todayIn } from "@/lib/domain/deadlines";
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

/*
 * What the public home and campaign pages show, as plain JSON-safe data (strings,
 * numbers, booleans): the cached wrappers below store it with unstable_cache, which
 * serialises to JSON. Letter state and tallies come from loadLetterSummaries and the
 * timeline from buildTimeline; nothing here recomputes them.
 */

/** A campaign status the public may see: drafts never leave the database layer. */
export type PublicCampaignStatus = Exclude<CampaignStatus, "draft">;

export type OverdueLetter = { slug: string; title: string; daysWithoutResponse: number };

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
  overdueLetters: OverdueLetter[];
};

export type CampaignAsk = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  decision: PreciseDate | null;
  /** True while the decision's period is not yet past; `countdownDays` then counts to its start. */
  upcoming: boolean;
  countdownDays: number | null;
  outcome: AskOutcome;
  outcomeOn: string | null;
  outcomeSourceUrl: string | null;
  outcomeNote: string | null;
  /** Kept on the public record, struck through, with the reason. */
  retracted: Retraction | null;
};

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
  /** stateIso3: the state a government target is linked to, whose page the campaign links to. */
  target: { slug: string; name: string; timeZone: string; stateIso3: string | null };
  leads: CampaignLead[];
  asks: CampaignAsk[];
  letters: LetterSummary[];
  timeline: TimelineEntry[];
  /** "YYYY-MM-DD" in the target's time zone, the day the timeline was built for. */
  today: string;
  /**
   * Labels the campaign's own records give their source links, by URL, so that an
   * unlabelled link to the same document (a letter's source, say) can be named too.
   */
  sourceLabels: Record<string, string>;
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
  })[];
};

/** Events, responses and asks of the given campaigns, grouped by campaign id. */
async function loadCampaignRecords(
  db: Executor,
  campaignIds: string[],
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
    db
      .select()
      .from(asks)
      .where(inArray(asks.campaignId, campaignIds))
      .orderBy(asc(asks.position), asc(asks.createdAt)),
  ]);

  for (const e of eventRows) {
    records.get(e.campaignId)?.events.push({
      id: e.id,
      kind: e.kind,
      title: e.title,
      description: e.description,
      date: { date: e.occurredOn, precision: e.precision },
      sources: e.sources.map((s) => (s.label ? { url: s.url, label: s.label } : { url: s.url })),
      retracted: retraction(e.retractedAt, e.retractionReason),
    });
  }
  for (const r of responseRows) {
    records.get(r.campaignId)?.responses.push({
      id: r.id,
      kind: r.kind,
      stance: r.stance,
      date: { date: r.respondedOn, precision: r.precision },
      summary: r.summary,
      sourceUrl: r.sourceUrl,
      letterId: r.letterId,
      askId: r.askId,
      retracted: retraction(r.retractedAt, r.retractionReason),
    });
  }
  for (const a of askRows) {
    records.get(a.campaignId)?.asks.push({
      id: a.id,
      title: a.title,
      description: a.description,
      venue: a.venue,
      decision: a.decisionOn ? { date: a.decisionOn, precision: a.decisionPrecision } : null,
      outcome: a.outcome,
      outcomeOn: a.outcomeOn,
      outcomeSourceUrl: a.outcomeSourceUrl,
      outcomeNote: a.outcomeNote,
      retracted: retraction(a.retractedAt, a.retractionReason),
    });
  }
  return records;
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
    })),
  });
}

// ── Home ─────────────────────────────────────────────────────────────────────

/** Public, published campaigns for the home page: active ones first, then the most recently started. */
export async function loadHomeCampaigns(db: Executor, { now }: { now: Date }): Promise<HomeCampaign[]> {
  const rows = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      status: campaigns.status,
      isSample: campaigns.isSample,
      targetName: targets.name,
      timeZone: targets.timeZone,
    })
    .from(campaigns)
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .where(publicCampaign)
    .orderBy(
      desc(sql`${campaigns.status} = 'active'`),
      sql`${campaigns.startedOn} desc nulls last`,
      asc(campaigns.title),
    );
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.id);
  const [records, letters] = await Promise.all([
    loadCampaignRecords(db, ids),
    loadLetterSummaries(db, { filter: { campaignIds: ids }, now }),
  ]);

  return rows.map((row) => {
    const record = records.get(row.id)!;
    const campaignLetters = letters.filter((l) => l.campaignId === row.id);
    const today = todayIn(row.timeZone, now);
    const timeline = campaignTimeline(today, record, campaignLetters);
    // What has happened, newest last; a retracted entry is not news.
    const happened = timeline.filter((e) => !e.retracted && precisePeriodStart(e.date) <= today);
    const latest = happened.at(-1);
    const liveAsks = record.asks.filter((a) => !a.retracted);

    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      status: row.status as PublicCampaignStatus,
      isSample: row.isSample,
      targetName: row.targetName,
      asks: { met: liveAsks.filter((a) => a.outcome === "met").length, total: liveAsks.length },
      latestEntry: latest ?? null,
      overdueLetters: campaignLetters.flatMap((l) =>
        l.clock.state === "overdue"
          ? [{ slug: l.slug, title: l.title, daysWithoutResponse: l.clock.daysWithoutResponse }]
          : [],
      ),
    };
  });
}

// ── Campaign page ────────────────────────────────────────────────────────────

/** Everything a campaign's public page shows; null when it does not exist, is a draft or is private. */
export async function loadCampaignPage(
  db: Executor,
  { slug, now }: { slug: string; now: Date },
): Promise<CampaignPage | null> {
  if (!possibleSlugs(slug)) return null;
  const [row] = await db
    .select({
      campaign: {
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
        summary: campaigns.summary,
        status: campaigns.status,
        isSample: campaigns.isSample,
        startedOn: campaigns.startedOn,
      },
      target: {
        slug: targets.slug,
        name: targets.name,
        timeZone: targets.timeZone,
        stateIso3: targets.stateIso3,
      },
    })
    .from(campaigns)
    .innerJoin(targets, eq(targets.id, campaigns.targetId))
    .where(and(eq(campaigns.slug, slug), publicCampaign))
    .limit(1);
  if (!row) return null;
  const { campaign, target } = row;

  const [leads, records, letters, positionNews] = await Promise.all([
    db
      .select({ name: organisations.name, shortName: organisations.shortName, slug: organisations.slug })
      .from(campaignLeads)
      .innerJoin(organisations, eq(organisations.id, campaignLeads.organisationId))
      .where(eq(campaignLeads.campaignId, campaign.id))
      .orderBy(asc(campaignLeads.position), asc(organisations.name)),
    loadCampaignRecords(db, [campaign.id]),
    loadLetterSummaries(db, { filter: { campaignIds: [campaign.id] }, now }),
    loadCampaignPositionNews(db, { campaignIds: [campaign.id] }),
  ]);
  const record = records.get(campaign.id)!;
  const today = todayIn(target.timeZone, now);
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
      title: campaign.title,
      summary: campaign.summary,
      status: campaign.status as PublicCampaignStatus,
      isSample: campaign.isSample,
      startedOn: campaign.startedOn,
    },
    target,
    leads,
    asks: record.asks.map((ask) => {
      const entry = decisionEntries.get(ask.id);
      return {
        id: ask.id,
        title: ask.title,
        description: ask.description,
        venue: ask.venue,
        decision: ask.decision,
        upcoming: entry?.upcoming ?? false,
        countdownDays: entry?.countdownDays ?? null,
        outcome: ask.outcome,
        outcomeOn: ask.outcomeOn,
        outcomeSourceUrl: ask.outcomeSourceUrl,
        outcomeNote: ask.outcomeNote,
        retracted: ask.retracted ?? null,
      };
    }),
    letters,
    timeline,
    today,
    sourceLabels,
  };
}

// ── Cached for the public pages ──────────────────────────────────────────────

/** The home page's cards, cached until a write touches the campaign list (or day counts roll over). */
export const getHomeCampaigns = unstable_cache(
  () => loadHomeCampaigns(getDb(), { now: new Date() }),
  ["public-home-campaigns"],
  publicCacheOptions(cacheTags.campaignList),
);

/**
 * One campaign's public page, cached until a write touches it (or day counts roll over).
 * React's cache() lets the page and its metadata share one lookup per request.
 */
export const getCampaignPage = cache(async (slug: string): Promise<CampaignPage | null> => {
  // An address no campaign can have is not found: no cache entry, no tag of its own.
  if (!possibleSlugs(slug)) return null;
  return unstable_cache(
    () => loadCampaignPage(getDb(), { slug, now: new Date() }),
    ["public-campaign-page", slug],
    publicCacheOptions(cacheTags.campaign(slug)),
  )();
});
